// TEMPORARY on branch issue4: replaced by issue 3's generated validators at merge.
import type { ValidationIssue } from "./errors.ts";
import type { OperationInfo } from "./operation-info.ts";
export function validateRequest(
  _operation: OperationInfo,
  _params: { path: Record<string, unknown> },
  _body: unknown,
): ValidationIssue[] {
  return [];
}
