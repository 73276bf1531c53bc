import type { ResponseTooLarge } from "./response-limit.ts";

/** response-limit.ts's error class, passed in, so that this chunk imports nothing of the entry. */
type TooLarge = typeof ResponseTooLarge;

/**
 * response-limit.ts's counting body, loaded (load-bounded-response.ts) on the first answer whose length is not
 * what fetch reads: compressed, chunked, or with no Content-Length.
 */
/** The same answer with a body that fails once more than `limit` bytes have come in. */
export function boundedResponse(response: Response, limit: number, ResponseTooLarge: TooLarge): Response {
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
