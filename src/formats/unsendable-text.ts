/**
 * Text a body format cannot carry to ASP.NET Web API: the framework would bind something else, with no error.
 * Proven against the framework itself (test/conformance). The writers refuse such text, naming the field.
 */
import type { ValidationIssue } from "../errors.ts";

/** A UTF-16 surrogate without its other half: UTF-8 (JSON, form) has no way to write it. */
const loneSurrogate = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
/** Empty, or only whitespace as .NET's Char.IsWhiteSpace counts it (and U+180E, whitespace before Unicode 6.3). */
const blank = /^[\t-\r \u0085\u00a0\u1680\u180e\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]*$/;

export const loneSurrogateMessage =
  "holds a lone surrogate (half of a UTF-16 pair), which JSON and form bodies cannot carry: ASP.NET would read U+FFFD";
export const blankMessage =
  "is empty or only whitespace, which a form body cannot carry: ASP.NET's model binder reads it as null (use JSON or XML)";

export const hasLoneSurrogate = (text: string): boolean => loneSurrogate.test(text);
export const isBlank = (text: string): boolean => blank.test(text);

/** An issue for every string in `value` (nested too; a cycle is visited once) that `check` refuses, at its path. */
export function textIssues(
  value: unknown,
  check: (text: string) => string | undefined,
  path = "body",
  seen = new WeakSet<object>(),
): ValidationIssue[] {
  if (typeof value === "string") {
    const message = check(value);
    return message === undefined ? [] : [{ path, message }];
  }
  if (typeof value !== "object" || value === null || seen.has(value)) return [];
  seen.add(value);
  return Object.entries(value).flatMap(([key, item]) => textIssues(item, check, `${path}.${key}`, seen));
}
