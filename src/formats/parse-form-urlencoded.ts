import { CaliberValidationError, type ValidationIssue } from "../errors.ts";
import { operationLabel, type OperationInfo } from "../operation-info.ts";

/** Reads a form body back into the body object, typing numbers and booleans by the spec. */
export function parseFormUrlEncoded(text: string, operation: OperationInfo): Record<string, unknown> {
  const fields = operation.bodyFields ?? {};
  const body: Record<string, unknown> = {};
  const issues: ValidationIssue[] = [];
  for (const [name, value] of new URLSearchParams(text)) {
    if (name in body) {
      issues.push({ path: `body.${name}`, message: "appears more than once" });
      continue;
    }
    const type = fields[name]?.type;
    if ((type === "integer" || type === "number") && value.trim() !== "" && Number.isFinite(Number(value))) {
      body[name] = Number(value);
    } else if (type === "boolean" && (value === "true" || value === "false")) {
      body[name] = value === "true";
    } else {
      body[name] = value;
    }
  }
  if (issues.length > 0) {
    throw new CaliberValidationError(operationLabel(operation), issues);
  }
  return body;
}
