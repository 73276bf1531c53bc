import type { ValidationIssue } from "../errors.ts";
import type { OperationInfo } from "../operation-info.ts";
import type { ParsedBody } from "./parse-body.ts";
import { valueFromText } from "./text-values.ts";
import { formTextProblem, textIssues } from "./unsendable-text.ts";

/**
 * `key=value` pairs of the fields given, as ASP.NET's form model binder reads them: enums as their numbers,
 * booleans as `true`/`false`, every byte outside `A-Za-z0-9*-._` percent-encoded (`+` too) except a space, which
 * is `+`. Only top-level scalar fields exist in the spec's bodies today. Refused, with the issues: what a form
 * cannot carry (empty or whitespace-only text, which binds as null; lone surrogates) and a body with no field
 * (an empty form binds no object at all).
 */
export function serializeFormUrlEncoded(body: Record<string, unknown>): string | ValidationIssue[] {
  const issues = textIssues(body, formTextProblem);
  const form = new URLSearchParams();
  let fieldCount = 0;
  for (const [name, value] of Object.entries(body)) {
    if (value === undefined) continue;
    form.append(name, String(value));
    fieldCount++;
  }
  if (fieldCount === 0) {
    issues.push({
      path: "body",
      message: "has no fields, and ASP.NET binds an empty form body as no object at all: send one, or use JSON",
    });
  }
  return issues.length > 0 ? issues : form.toString();
}

/** Reads a form body back into the body object, typing numbers and booleans by the spec. */
export function parseFormUrlEncoded(text: string, operation: OperationInfo): ParsedBody {
  const fields = operation.bodyFields ?? {};
  const body: Record<string, unknown> = {};
  const issues: ValidationIssue[] = [];
  for (const [name, value] of new URLSearchParams(text)) {
    if (name in body) issues.push({ path: `body.${name}`, message: "appears more than once" });
    else body[name] = valueFromText(value, fields[name]?.type);
  }
  return issues.length > 0 ? { issues } : { body, issues };
}
