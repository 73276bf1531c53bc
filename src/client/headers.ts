import { mergeHeaders, type HeadersOptions } from "openapi-fetch";
import { CaliberValidationError } from "../errors.ts";
import { headerIssues } from "./header-check.ts";

/** Headers computed for each request, for example from a token provider. */
export type HeadersProvider = () => HeadersOptions | Promise<HeadersOptions>;

/**
 * The client's `headers` option: an object sent as is, or a function called for each request. The function's
 * headers come first, so a header given in the call (`headers` or `params.header`) overrides them.
 */
export async function withProvidedHeaders(
  provider: HeadersProvider,
  callHeaders: HeadersOptions | undefined,
  operation: string,
): Promise<Headers> {
  const provided = await provider();
  const issues = headerIssues(provided, "headers()");
  if (issues.length > 0) throw new CaliberValidationError(operation, issues);
  return mergeHeaders(provided, callHeaders);
}

/** Header names and values fetch would refuse, refused first with the header named; nothing is sent. */
export function checkCallHeaders(
  operation: string,
  headers: HeadersOptions | undefined,
  paramHeaders: HeadersOptions | undefined,
): void {
  const issues = [...headerIssues(headers, "headers"), ...headerIssues(paramHeaders, "params.header")];
  if (issues.length > 0) throw new CaliberValidationError(operation, issues);
}
