/**
 * Text a body format cannot carry to ASP.NET Web API: the framework would bind something else, with no error
 * (shown against the framework itself in test/conformance). The JSON and form writers refuse it, naming the field.
 */
import type { ValidationIssue } from "../errors.ts";

/** A UTF-16 surrogate without its other half: UTF-8 has no way to write it. */
export const loneSurrogate = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
/** Empty, or only whitespace as .NET's Char.IsWhiteSpace counts it (and U+180E, whitespace before Unicode 6.3). */
export const blank = /^[\t-\r \u0085\u00a0\u1680\u180e\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]*$/;

/** Why `text` cannot arrive in a JSON body (Json.NET reads the `\ud800` JSON.stringify writes as U+FFFD). */
export const jsonTextProblem = (text: string): string | undefined =>
  loneSurrogate.test(text) ? "holds a lone surrogate, which ASP.NET would read as U+FFFD" : undefined;

/** Why `text` cannot arrive in a form body: what JSON cannot carry, and blank text (the binder reads null). */
export const formTextProblem = (text: string): string | undefined =>
  jsonTextProblem(text) ??
  (blank.test(text) ? "is empty or only whitespace, which ASP.NET's form binder would read as null" : undefined);

/** The issues of the text in a form body: the form writer (a lazily loaded chunk) is handed this. */
export const formTextIssues = (body: unknown): ValidationIssue[] => textIssues(body, formTextProblem);

/**
 * An issue for each string in the body (itself, its members, items, at any depth) that `problem` refuses, and for
 * each member name with a lone surrogate (which arrives as U+FFFD in every format).
 */
export function textIssues(body: unknown, problem: (text: string) => string | undefined): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  collect({ body }, "", problem, issues, new Set());
  return issues;
}

function collect(
  container: object,
  path: string,
  problem: (text: string) => string | undefined,
  issues: ValidationIssue[],
  within: Set<object>,
): void {
  // A cycle is not followed: the writer that meets it refuses the body.
  if (within.has(container)) return;
  within.add(container);
  for (const [name, value] of Object.entries(container)) {
    const where = path ? `${path}.${name}` : name;
    // A member's name is text on the wire too (validate: false lets any name through).
    if (loneSurrogate.test(name))
      issues.push({ path: where, message: "is a name holding a lone surrogate, which ASP.NET would read as U+FFFD" });
    if (typeof value === "string") {
      const message = problem(value);
      if (message !== undefined) issues.push({ path: where, message });
    } else if (typeof value === "object" && value !== null) {
      collect(value as object, where, problem, issues, within);
    }
  }
  within.delete(container);
}
