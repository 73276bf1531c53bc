/**
 * The same validation as the client's, thrown at once and worded in full: for code that runs on a server (the
 * mock), where loading the words with the rest costs nothing. The client finds issues first (validation.ts) and
 * loads the words only when there are some.
 */
import { CaliberValidationError } from "./errors.ts";
import { findIssues, generally, type ValidatedInit } from "./validation.ts";
import { describe } from "./validation-messages.ts";
import type { OperationValidators } from "./validation-types.ts";
import type { HeadersOptions } from "openapi-fetch";

/** Throws CaliberValidationError listing every issue the call's params and body have (see findIssues). */
export function validateRequest(
  validators: OperationValidators | undefined,
  operation: string,
  init: ValidatedInit | undefined,
  clientHeaders: HeadersOptions | undefined,
): void {
  const issues = findIssues(validators, init, clientHeaders);
  if (issues === undefined) return;
  throw new CaliberValidationError(
    operation,
    issues.map((issue) => ({ path: issue.path, message: describe(issue) ?? generally(issue) })),
  );
}
