import type { HeadersOptions } from "openapi-fetch";
import { CaliberValidationError, type ValidationIssue } from "../errors.ts";
import { contentTypeOf } from "../formats/content-type-of.ts";
import { callIssues, requestIssues as issuesOf, type ValidatedInit } from "./request-issues.ts";
import type { OperationValidators } from "./validator-types.ts";

export { contentTypeIssues, type ValidatedInit } from "./request-issues.ts";

/** The Content-Type of a call, from the client's static headers and the call's own. */
export function callContentType(
  init: ValidatedInit | undefined,
  clientHeaders: HeadersOptions | undefined,
): () => string | undefined {
  return () => contentTypeOf(clientHeaders, init?.headers, init?.params?.header as HeadersOptions);
}

/**
 * Checks a call's params and body against its operation's generated validators (`requestValidators[path][method]`,
 * undefined when the spec has no such operation), before anything is serialized or sent.
 * Throws CaliberValidationError listing every issue: `found` first (issues found before validation, such as an
 * invalid Date), then the validators' at other paths.
 */
export function validateRequest(
  validators: OperationValidators | undefined,
  operation: string,
  init: ValidatedInit | undefined,
  clientHeaders: HeadersOptions | undefined,
  found: readonly ValidationIssue[] = [],
): void {
  const issues = callIssues(validators, init, callContentType(init, clientHeaders), found);
  if (issues.length > 0) throw new CaliberValidationError(operation, issues);
}

/**
 * Every issue of a request (the client's call, or what the mock server received), none when it is valid. The
 * Content-Type (from the client's static headers and the call's) is looked at only when there is a body.
 */
export function requestIssues(
  validators: OperationValidators | undefined,
  init: ValidatedInit | undefined,
  clientHeaders: HeadersOptions | undefined,
): ValidationIssue[] {
  return issuesOf(validators, init, callContentType(init, clientHeaders));
}
