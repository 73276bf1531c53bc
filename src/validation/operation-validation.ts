import type { OperationValidators } from "./validator-types.ts";

/** An operation's validators (undefined: the spec has no such operation) and the checks that word their issues. */
export interface OperationValidation {
  validators: OperationValidators | undefined;
  checks: Pick<typeof import("./request-issues.ts"), "callIssues" | "contentTypeIssues">;
}
