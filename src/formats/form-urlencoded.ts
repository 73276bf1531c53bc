import type { ValidationIssue } from "../errors.ts";
import type { OperationInfo } from "../operation-info.ts";
import type { ParsedBody } from "./parse-body.ts";
import { valueFromText } from "./text-values.ts";

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
