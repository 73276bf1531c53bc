/**
 * `key=value` pairs of the fields given, as ASP.NET's form model binder reads them: enums as their numbers,
 * booleans as `true`/`false`. Only top-level scalar fields exist in the spec's bodies today.
 */
export function serializeFormUrlEncoded(body: Record<string, unknown>): string {
  const form = new URLSearchParams();
  for (const [name, value] of Object.entries(body)) {
    if (value !== undefined) form.append(name, String(value));
  }
  return form.toString();
}
