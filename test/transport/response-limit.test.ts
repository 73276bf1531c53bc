// When withResponseLimit trusts a declared length and when it counts, with answers made by hand: a server on
// 127.0.0.1 (node:http) cannot send a Content-Length beside a Transfer-Encoding, nor a Content-Length that is no
// number, and a fetch of the caller's may return any Response. End to end: test/client/response-size.e2e.test.ts.
import { describe, expect, it } from "vitest";
import { PassThroughRequest } from "../../src/transport/pass-through-request.ts";
import { ResponseTooLarge, withResponseLimit } from "../../src/transport/response-limit.ts";

const request = new PassThroughRequest("http://127.0.0.1:1/x", {});

/** `chunks` chunks of 100 bytes; `cancelled` says whether the reader gave up on it. */
function source(chunks: number) {
  const state = { cancelled: false };
  let sent = 0;
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (sent++ < chunks) controller.enqueue(new Uint8Array(100));
      else controller.close();
    },
    cancel() {
      state.cancelled = true;
    },
  });
  return { stream, state };
}

const read = (response: Response) =>
  response.text().then(
    (text) => text.length,
    (error: unknown) => error,
  );

describe("withResponseLimit", () => {
  it.each([
    ["Transfer-Encoding beside it", { "Content-Length": "10", "Transfer-Encoding": "chunked" }],
    ["Content-Encoding beside it", { "Content-Length": "10", "Content-Encoding": "gzip" }],
    ["a Content-Length that is no number", { "Content-Length": "10, 10" }],
    ["no Content-Length", {}],
  ])("counts the bytes when the length is not what fetch reads (%s)", async (_case, headers) => {
    const { stream, state } = source(5);
    const fetch = withResponseLimit(async () => new Response(stream, { headers }), 300);
    const error = await read(await fetch(request));
    expect(error).toBeInstanceOf(ResponseTooLarge);
    expect(error).toMatchObject({ status: 200, limit: 300 });
    expect(state.cancelled).toBe(true);
    // Within the limit, however odd its headers, the answer is read whole.
    const within = withResponseLimit(async () => new Response(source(3).stream, { headers }), 300);
    expect(await read(await within(request))).toBe(300);
  });

  it("trusts a plain Content-Length: within the limit the Response is fetch's own; over it, nothing is read", async () => {
    const within = new Response("abc", { headers: { "Content-Length": "3" } });
    expect(await withResponseLimit(async () => within, 3)(request)).toBe(within);
    const { stream, state } = source(1);
    const over = withResponseLimit(async () => new Response(stream, { headers: { "Content-Length": "4" } }), 3);
    await expect(over(request)).rejects.toBeInstanceOf(ResponseTooLarge);
    expect(state.cancelled).toBe(true);
  });

  it("a body read to its end within the limit is all there; cancelling the bounded body cancels fetch's", async () => {
    const fetch = withResponseLimit(async () => new Response(source(3).stream, { status: 201 }), 300);
    const response = await fetch(request);
    expect(response.status).toBe(201);
    expect(await read(response)).toBe(300);

    const { stream, state } = source(3);
    const cancelled = await withResponseLimit(async () => new Response(stream), 300)(request);
    await cancelled.body!.cancel();
    expect(state.cancelled).toBe(true);
  });
});

describe("ResponseTooLarge", () => {
  it("says what went over, and keeps the status and the limit", () => {
    const error = new ResponseTooLarge(502, 10);
    expect([error.message, error.status, error.limit]).toEqual([
      "the body is over maxResponseBytes (10 bytes)",
      502,
      10,
    ]);
  });
});
