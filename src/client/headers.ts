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

/** The Content-Type a call will be sent with, as openapi-fetch merges it (the call's headers win). */
export function contentTypeOf(...headers: (HeadersOptions | undefined)[]): string | undefined {
  return mergeHeaders(...headers).get("content-type") ?? undefined;
}
