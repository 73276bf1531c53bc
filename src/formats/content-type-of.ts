import { mergeHeaders, type HeadersOptions } from "openapi-fetch";

/**
 * The Content-Type a call will be sent with, as openapi-fetch merges it (the call's headers win). A module of its
 * own, so that the request checks (loaded with an operation's validators) can use media-types.ts without openapi-fetch.
 */
export function contentTypeOf(...headers: (HeadersOptions | undefined)[]): string | undefined {
  return mergeHeaders(...headers).get("content-type") ?? undefined;
}
