/**
 * The values a format cannot carry to ASP.NET Web API, as the framework was seen to bind them (README, "Proven
 * against ASP.NET Web API"). The client must refuse exactly these, naming the field; everything else must arrive.
 * Written from the framework's behaviour, apart from the client's own checks, so that the suite holds one
 * against the other.
 */
import type { PhoneField } from "./phone-arbitraries.ts";

export type BodyFormat = "json" | "xml" | "form";

/** A UTF-16 code unit of a surrogate pair without its other half. */
const loneSurrogate = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
/**
 * Empty or only .NET whitespace (Char.IsWhiteSpace; U+180E too, whitespace before Unicode 6.3): the form model
 * binder binds such a value as null.
 */
const blank = /^[\t-\r \u0085\u00a0\u1680\u180e\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]*$/;

/** Why `value` cannot reach the framework in `format`, or undefined when it can. */
function reason(value: string, format: BodyFormat): string | undefined {
  // JSON: Json.NET reads an escaped lone surrogate as U+FFFD. Form: URL encoding has no way to write one.
  if (format !== "xml" && loneSurrogate.test(value)) return "lone surrogate";
  if (format === "form" && blank.test(value)) return "empty or whitespace only";
  return undefined;
}

/**
 * The issue paths of what `format` cannot carry in `body`, with why: string fields by name (`body.Number`), and
 * `body` itself for a form with no field (the framework binds an empty form body as no Phone at all: null).
 */
export function uncarriable(
  body: Record<string, unknown>,
  fields: Record<string, PhoneField>,
  format: BodyFormat,
): Record<string, string> {
  const found: Record<string, string> = {};
  if (format === "form" && Object.keys(body).length === 0) found.body = "no field";
  for (const [name, value] of Object.entries(body)) {
    if (fields[name]?.kind !== "string") continue;
    const why = reason(value as string, format);
    if (why) found[`body.${name}`] = why;
  }
  return found;
}
