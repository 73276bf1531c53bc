import { mergeHeaders, type HeadersOptions } from "openapi-fetch";

/** Headers computed for each request, for example from a token provider. */
export type HeadersProvider = () => HeadersOptions | Promise<HeadersOptions>;

/**
 * The client's `headers` option: an object sent as is, or a function called for each request. The function's
 * headers come first, so a header given in the call (`headers` or `params.header`) overrides them.
 */
export async function withProvidedHeaders(
  provider: HeadersProvider,
  callHeaders: HeadersOptions | undefined,
): Promise<Headers> {
  return mergeHeaders(await provider(), callHeaders);
}

/** The Content-Type a call will be sent with, as openapi-fetch merges it (the call's headers win). */
export function contentTypeOf(...headers: (HeadersOptions | undefined)[]): string | undefined {
  return mergeHeaders(...headers).get("content-type") ?? undefined;
}
