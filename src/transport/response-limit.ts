import type { Fetch } from "./fetch.ts";
import { loadBoundedResponse } from "./load-bounded-response.ts";
import { PartNotLoaded } from "./part-not-loaded.ts";

/**
 * The answer's body went over `maxResponseBytes`: how the bounded body (or the transport, for a declared length)
 * fails. client/response.ts turns it into CaliberResponseTooLargeError, which names the operation.
 */
export class ResponseTooLarge extends Error {
  constructor(
    readonly status: number,
    readonly limit: number,
  ) {
    super(`the body is over maxResponseBytes (${limit} bytes)`);
  }
}

/**
 * A fetch whose answers can be read only up to `limit` bytes, counted as the body streams in and after
 * decompression, so reading one (openapi-fetch's `text()`) never holds more than about the limit. Past it the
 * body is cancelled (the connection is dropped) and reading fails with ResponseTooLarge. The counting body
 * (bounded-response.ts) loads on the first answer that needs it; a failed load cancels the answer (PartNotLoaded).
 * `errorsOnly` leaves 2xx bodies alone: with `parseAs: "stream"` the caller reads them.
 */
export function withResponseLimit(fetch: Fetch, limit: number, errorsOnly = false): Fetch {
  return async (request, init) => {
    const response = await fetch(request, init);
    const { body } = response;
    // fetch gives a 204, 304 or HEAD answer a null body: nothing to bound.
    if (body === null || (errorsOnly && response.ok)) return response;
    const declared = declaredLength(response.headers);
    if (declared !== undefined && declared <= limit) return response;
    if (declared !== undefined) {
      await body.cancel().catch(() => undefined);
      throw new ResponseTooLarge(response.status, limit);
    }
    const bounded = await loadBoundedResponse().catch(async (error: unknown) => {
      await body.cancel().catch(() => undefined);
      throw new PartNotLoaded(boundedNotLoaded, error);
    });
    return bounded.boundedResponse(response, limit, ResponseTooLarge);
  };
}

const boundedNotLoaded = "the code that holds the answer to maxResponseBytes could not be loaded, so it was not read";

/**
 * The body's length as the network delivers it: a Content-Length with no Content-Encoding (then fetch reads exactly
 * that many bytes and no more) and no Transfer-Encoding (which would override it). Undefined otherwise.
 */
function declaredLength(headers: Headers): number | undefined {
  const length = headers.get("content-length");
  if (length === null || headers.has("content-encoding") || headers.has("transfer-encoding")) return undefined;
  return /^\d+$/.test(length) ? Number(length) : undefined;
}
