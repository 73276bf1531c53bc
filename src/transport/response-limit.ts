import type { Fetch } from "./fetch.ts";

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
 * body is cancelled (the connection is dropped) and reading fails with ResponseTooLarge. `errorsOnly` leaves 2xx
 * bodies alone: with `parseAs: "stream"` the caller reads them.
 */
export function withResponseLimit(fetch: Fetch, limit: number, errorsOnly = false): Fetch {
  return async (request, init) => {
    const response = await fetch(request, init);
    // fetch gives a 204, 304 or HEAD answer a null body: nothing to bound.
    if (response.body === null || (errorsOnly && response.ok)) return response;
    const declared = declaredLength(response.headers);
    if (declared !== undefined && declared <= limit) return response;
    if (declared !== undefined) {
      await response.body.cancel().catch(() => undefined);
      throw new ResponseTooLarge(response.status, limit);
    }
    return boundedResponse(response, limit);
  };
}

/**
 * The body's length as the network delivers it: a Content-Length with no Content-Encoding (then fetch reads exactly
 * that many bytes and no more) and no Transfer-Encoding (which would override it). Undefined otherwise.
 */
function declaredLength(headers: Headers): number | undefined {
  const length = headers.get("content-length");
  if (length === null || headers.has("content-encoding") || headers.has("transfer-encoding")) return undefined;
  return /^\d+$/.test(length) ? Number(length) : undefined;
}

/** The same answer with a body that fails once more than `limit` bytes have come in. */
function boundedResponse(response: Response, limit: number): Response {
  const reader = response.body!.getReader();
  let received = 0;
  const body = new ReadableStream<Uint8Array>({
    async pull(controller) {
      const { done, value } = await reader.read();
      if (done) return controller.close();
      received += value.byteLength;
      if (received > limit) {
        await reader.cancel().catch(() => undefined);
        return controller.error(new ResponseTooLarge(response.status, limit));
      }
      controller.enqueue(value);
    },
    cancel: (reason) => reader.cancel(reason),
  });
  const bounded = new Response(body, response);
  // A new Response starts with an empty url and redirected: false; the caller reads what fetch reported.
  Object.defineProperties(bounded, {
    url: { value: response.url },
    redirected: { value: response.redirected },
  });
  return bounded;
}
