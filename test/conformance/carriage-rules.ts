/**
 * The values a format cannot carry to ASP.NET Web API, as the framework was seen to bind them (README, "Proven
 * against ASP.NET Web API"). The client must refuse exactly these, naming the field; everything else must arrive.
 * Written from the framework's behaviour, apart from the client's own checks, so that the suite holds one
 * against the other.
 */
import type { BodyModel, DataContracts } from "../../src/model/body-model.ts";

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

/** Whether a form writes any key for `value`: null writes none, nor does an empty object or collection. */
function formWritesKey(value: unknown, model: BodyModel, types: DataContracts): boolean {
  if (value === null || value === undefined) return false;
  if (model.kind === "collection") return (value as unknown[]).some((item) => formWritesKey(item, model.items, types));
  if (model.kind !== "object") return true;
  const members = new Map(types[model.type]!.members);
  return Object.entries(value as Record<string, unknown>).some(
    ([name, member]) => members.has(name) && formWritesKey(member, members.get(name)!, types),
  );
}

/**
 * The issue paths (`body.Phones.0.Number`) of what `format` cannot carry in `body`, with why. Strings anywhere, by
 * the rules above. A form carries neither an empty collection nor an object without a key (the binder makes them
 * null), nor an item without a key (the binder stops at the first missing index); an empty form body binds no
 * body at all (null), named `body`.
 */
export function uncarriable(
  body: unknown,
  model: BodyModel,
  types: DataContracts,
  format: BodyFormat,
): Record<string, string> {
  const found: Record<string, string> = {};
  const walk = (value: unknown, at: BodyModel, path: string): void => {
    if (value === null || value === undefined) return;
    if (at.kind === "string" || at.kind === "any") {
      const why = typeof value === "string" ? reason(value, format) : undefined;
      if (why) found[path] = why;
      return;
    }
    if (at.kind === "collection") {
      const items = value as unknown[];
      if (format === "form" && items.length === 0) found[path] = "empty collection";
      items.forEach((item, i) => {
        if (format === "form" && !formWritesKey(item, at.items, types)) found[`${path}.${i}`] = "item without a key";
        walk(item, at.items, `${path}.${i}`);
      });
      return;
    }
    if (at.kind !== "object") return;
    // and its members are still walked: an empty collection in it is named too
    if (format === "form" && !formWritesKey(value, at, types))
      found[path] = path === "body" ? "no field" : "object without a key";
    const members = new Map(types[at.type]!.members);
    for (const [name, member] of Object.entries(value as Record<string, unknown>)) {
      if (members.has(name)) walk(member, members.get(name)!, `${path}.${name}`);
    }
  };
  walk(body, model, "body");
  return found;
}
