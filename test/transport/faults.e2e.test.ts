// A misbehaving server, one fault per test, over a real loopback server: every call settles, as a result or as
// a named error, and nothing hangs.
import { getEventListeners } from "node:events";
import { describe, expect, it } from "vitest";
import {
  createCaliberClient,
  isCaliberHttpError,
  isCaliberNetworkError,
  isCaliberResponseParseError,
  isCaliberTimeoutError,
  type CaliberClientOptions,
} from "../../src/index.ts";
import { startRecordingServer, useRecordingServer, type Responder } from "../helpers/recording-server.ts";

const server = await useRecordingServer();

const path = "/api/v2/clientcontact/{clientContactId}/phone";
const patch = (options: Partial<CaliberClientOptions> = {}, init: { signal?: AbortSignal } = {}) =>
  createCaliberClient({ baseUrl: server.origin, ...options }).PATCH(path, {
    params: { path: { clientContactId: 42 } },
    body: { Number: "555-0100" },
    ...init,
  });
const settled = (promise: Promise<unknown>): Promise<unknown> =>
  promise.then(
    (value) => value,
    (error: unknown) => error,
  );

/** Answers with `status` the first `times` requests, then 200. */
function failing(times: number, status: number, headers: Record<string, string> = {}): Responder {
  let count = 0;
  return (_request, response) => {
    count += 1;
    if (count <= times) response.writeHead(status, headers).end(`failure ${count}`);
    else response.writeHead(200, { "Content-Type": "application/json" }).end('{"ok":true}');
  };
}

const html = "<!DOCTYPE html><html><body><h1>Server Error in '/CAPI2_Vision' Application.</h1></body></html>";

describe("responses", () => {
  it("500 with an HTML body: returned as the error text; with throwOnError, a CaliberHttpError", async () => {
    server.respondWith((_request, response) =>
      response.writeHead(500, { "Content-Type": "text/html", "X-Request-Id": "req-500" }).end(html),
    );
    const { error, response } = await patch();
    expect(response.status).toBe(500);
    expect(error).toBe(html);

    const thrown = await settled(patch({ throwOnError: true }));
    if (!isCaliberHttpError(thrown)) throw new Error(`expected a CaliberHttpError, got ${String(thrown)}`);
    expect(thrown).toMatchObject({ name: "CaliberHttpError", status: 500, body: html, requestId: "req-500" });
    expect(thrown.bodyTruncated).toBe(false);
    expect(thrown.message).toBe(`PATCH ${path} answered 500 Internal Server Error (request id req-500)`);
    expect(thrown.response.status).toBe(500);
  });

  it("404 with a JSON body: returned parsed; with throwOnError, thrown parsed", async () => {
    const problem = { Message: "No HTTP resource was found that matches the request URI." };
    server.respondWith((_request, response) =>
      response.writeHead(404, { "Content-Type": "application/json" }).end(JSON.stringify(problem)),
    );
    const { error, response } = await patch();
    expect(response.status).toBe(404);
    expect(error).toEqual(problem);
    await expect(patch({ throwOnError: true })).rejects.toMatchObject({ status: 404, body: problem });
  });

  it("an error body larger than the cap is cut, and says so", async () => {
    server.respondWith((_request, response) => response.writeHead(502).end("x".repeat(100_000)));
    const thrown = await settled(patch({ throwOnError: true }));
    expect(thrown).toMatchObject({ name: "CaliberHttpError", status: 502, bodyTruncated: true });
    expect((thrown as { body: string }).body).toHaveLength(8192);
  });

  it("a JSON error body longer than the cap is cut as text; one of exactly the cap is kept whole", async () => {
    const problem = { Message: "x".repeat(10_000) };
    server.respondWith((_request, response) =>
      response.writeHead(500, { "Content-Type": "application/json" }).end(JSON.stringify(problem)),
    );
    const json = await settled(patch({ throwOnError: true }));
    expect(json).toMatchObject({ bodyTruncated: true, body: JSON.stringify(problem).slice(0, 8192) });

    const atTheCap = "y".repeat(8192);
    server.respondWith((_request, response) => response.writeHead(500).end(atTheCap));
    expect(await settled(patch({ throwOnError: true }))).toMatchObject({ bodyTruncated: false, body: atTheCap });
  });

  it("an empty error body (Content-Length: 0): thrown with no body", async () => {
    server.respondWith((_request, response) => response.writeHead(503, { "Content-Length": "0" }).end());
    const thrown = await settled(patch({ throwOnError: true }));
    expect(thrown).toMatchObject({ name: "CaliberHttpError", status: 503, body: undefined, bodyTruncated: false });
  });

  it("204: no data, no error", async () => {
    server.respondWith((_request, response) => response.writeHead(204).end());
    const result = await patch({ throwOnError: true });
    expect(result.response.status).toBe(204);
    expect(result.data).toBeUndefined();
    expect(result.error).toBeUndefined();
  });

  it("200 with JSON is parsed; 200 with another media type comes back as text", async () => {
    server.respondWith((_request, response) =>
      response.writeHead(200, { "Content-Type": "application/json; charset=utf-8" }).end('{"PhoneID":7}'),
    );
    expect((await patch()).data).toEqual({ PhoneID: 7 });
    server.respondWith((_request, response) => response.writeHead(200, { "Content-Type": "text/plain" }).end("OK"));
    expect((await patch()).data).toBe("OK");
    // Types that only mention JSON: a JSON text sequence, and a multipart whose root part is JSON.
    for (const contentType of ["application/json-seq", "multipart/related; type=application/json"]) {
      server.respondWith((_request, response) => response.writeHead(200, { "Content-Type": contentType }).end("{"));
      expect((await patch()).data).toBe("{");
    }
  });

  it.each([
    ["application/json", { "Content-Type": "application/json" }],
    ["no Content-Type", {}],
  ])("malformed JSON on a 200 (%s): a CaliberResponseParseError, not a bare SyntaxError", async (_what, headers) => {
    server.respondWith((_request, response) => response.writeHead(200, headers).end('{"PhoneID": 7,'));
    const thrown = await settled(patch());
    if (!isCaliberResponseParseError(thrown))
      throw new Error(`expected a CaliberResponseParseError, got ${String(thrown)}`);
    expect(thrown).toMatchObject({ name: "CaliberResponseParseError", status: 200, body: '{"PhoneID": 7,' });
    expect(thrown.message).toContain(`PATCH ${path} answered 200 with a body that is not valid JSON`);
    expect(thrown.cause).toBeInstanceOf(SyntaxError);
  });

  it("malformed JSON on a 200 longer than the cap: the error keeps the cap's worth of text", async () => {
    const text = `{"Number":"${"5".repeat(10_000)}"`;
    server.respondWith((_request, response) =>
      response.writeHead(200, { "Content-Type": "application/json" }).end(text),
    );
    expect(await settled(patch())).toMatchObject({ name: "CaliberResponseParseError", body: text.slice(0, 8192) });
  });
});

describe("network", () => {
  it("a connection reset: a CaliberNetworkError naming the operation", async () => {
    server.respondWith((_request, response) => response.socket?.destroy());
    const thrown = await settled(patch());
    if (!isCaliberNetworkError(thrown)) throw new Error(`expected a CaliberNetworkError, got ${String(thrown)}`);
    expect(thrown.message).toContain(`PATCH ${path} failed before a response arrived`);
    expect(thrown.cause).toBeInstanceOf(TypeError);
    expect(server.requests).toHaveLength(1);
  });

  it("a connection refused: a CaliberNetworkError", async () => {
    const closed = await startRecordingServer();
    await closed.close();
    const client = createCaliberClient({ baseUrl: closed.origin });
    const thrown = await settled(client.PATCH(path, { params: { path: { clientContactId: 1 } }, body: {} }));
    expect(thrown).toMatchObject({ name: "CaliberNetworkError" });
  });

  it("a reset while the body streams in: a CaliberNetworkError", async () => {
    server.respondWith((_request, response) => {
      response.writeHead(200, { "Content-Type": "application/json" });
      response.write('{"partial":');
      setTimeout(() => response.socket?.destroy(), 10);
    });
    expect(await settled(patch())).toMatchObject({ name: "CaliberNetworkError" });
  });
});

describe("timeoutMs", () => {
  const silent: Responder = () => {}; // never answers

  it("a server that never answers: CaliberTimeoutError after timeoutMs", async () => {
    server.respondWith(silent);
    const thrown = await settled(patch({ timeoutMs: 50 }));
    if (!isCaliberTimeoutError(thrown)) throw new Error(`expected a CaliberTimeoutError, got ${String(thrown)}`);
    expect(thrown).toMatchObject({ name: "CaliberTimeoutError", timeoutMs: 50 });
    expect(thrown.message).toBe(`PATCH ${path} timed out after 50 ms`);
  });

  it("a body that never ends: CaliberTimeoutError too", async () => {
    server.respondWith((_request, response) => {
      response.writeHead(200, { "Content-Type": "application/json" });
      response.write("[");
    });
    expect(await settled(patch({ timeoutMs: 50 }))).toMatchObject({ name: "CaliberTimeoutError" });
  });

  it("counts from the call, not from client creation (openapi-fetch#2567)", async () => {
    const client = createCaliberClient({ baseUrl: server.origin, timeoutMs: 1000 });
    await new Promise((resolve) => setTimeout(resolve, 1200));
    const { response } = await client.PATCH(path, { params: { path: { clientContactId: 1 } }, body: {} });
    expect(response.status).toBe(200);
  });

  it("combines with the caller's signal: the caller's abort wins and is passed on unchanged", async () => {
    server.respondWith(silent);
    const controller = new AbortController();
    const call = settled(patch({ timeoutMs: 60_000 }, { signal: controller.signal }));
    controller.abort(new Error("caller gave up"));
    expect(await call).toEqual(new Error("caller gave up"));

    const alreadyAborted = await settled(patch({ timeoutMs: 60_000 }, { signal: AbortSignal.abort() }));
    expect(alreadyAborted).toMatchObject({ name: "AbortError" });
    const noTimeout = await settled(patch({ timeoutMs: 0 }, { signal: AbortSignal.abort() }));
    expect(noTimeout).toMatchObject({ name: "AbortError" });
  });

  it("the timeout fires even when the caller's signal never does", async () => {
    server.respondWith(silent);
    const thrown = await settled(patch({ timeoutMs: 50 }, { signal: new AbortController().signal }));
    expect(thrown).toMatchObject({ name: "CaliberTimeoutError" });
  });

  it("covers retries and their waits", async () => {
    server.respondWith(failing(Infinity, 503, { "Retry-After": "3600" }));
    const thrown = await settled(patch({ timeoutMs: 100, retry: { retries: 5, maxDelayMs: 60_000 } }));
    expect(thrown).toMatchObject({ name: "CaliberTimeoutError", timeoutMs: 100 });
    expect(server.requests).toHaveLength(1);
  });

  it("a caller's signal reused for many calls keeps none of the client's listeners", async () => {
    const controller = new AbortController();
    const client = createCaliberClient({ baseUrl: server.origin, timeoutMs: 60_000 });
    const { signal } = controller;
    for (let i = 0; i < 20; i++) {
      const { response } = await client.PATCH(path, { params: { path: { clientContactId: i } }, body: {}, signal });
      expect(response.status).toBe(200);
    }
    server.respondWith((_request, response) => response.socket?.destroy());
    const failed = await settled(client.PATCH(path, { params: { path: { clientContactId: 1 } }, body: {}, signal }));
    expect(failed).toMatchObject({ name: "CaliberNetworkError" });
    expect(getEventListeners(controller.signal, "abort")).toEqual([]);
  });

  it.each([-1, 1.5, Number.NaN, 2 ** 31, "30000"])("refuses timeoutMs %j at creation", (timeoutMs) => {
    expect(() => createCaliberClient({ baseUrl: server.origin, timeoutMs: timeoutMs as number })).toThrow(
      /timeoutMs must be a whole number/,
    );
  });
});

describe("retry", () => {
  const fast = { baseDelayMs: 1, maxDelayMs: 20 };

  it("429 with Retry-After: not retried by default", async () => {
    server.respondWith(failing(1, 429, { "Retry-After": "1" }));
    const { response, error } = await patch();
    expect(response.status).toBe(429);
    expect(error).toBe("failure 1");
    expect(server.requests).toHaveLength(1);
  });

  it("429 with Retry-After (seconds, then an HTTP date): retried once enabled, the wait capped by maxDelayMs", async () => {
    server.respondWith(failing(1, 429, { "Retry-After": "3600" }));
    const seconds = await patch({ retry: fast, timeoutMs: 5000 });
    expect(seconds.response.status).toBe(200);
    expect(server.requests).toHaveLength(2);

    server.requests.length = 0;
    server.respondWith(failing(1, 429, { "Retry-After": new Date(Date.now() + 3_600_000).toUTCString() }));
    const date = await patch({ retry: fast, timeoutMs: 5000 });
    expect(date.data).toEqual({ ok: true });
    expect(server.requests).toHaveLength(2);
  });

  it("503 then 200: retried, and the same request is sent again", async () => {
    server.respondWith(failing(1, 503));
    const { data, response } = await patch({ retry: fast });
    expect(response.status).toBe(200);
    expect(data).toEqual({ ok: true });
    expect(server.requests).toHaveLength(2);
    const [first, second] = server.requests;
    expect(second!.body).toBe(first!.body);
    expect(second!.url).toBe(first!.url);
    expect(second!.body).toBe('{"Number":"555-0100"}');
  });

  it.each([408, 429, 502, 503, 504])(
    "retries %i up to `retries` times, then returns the last answer",
    async (status) => {
      server.respondWith(failing(Infinity, status));
      const { response, error } = await patch({ retry: { ...fast, retries: 3 } });
      expect(response.status).toBe(status);
      expect(error).toBe("failure 4");
      expect(server.requests).toHaveLength(4);
    },
  );

  it.each([400, 401, 403, 404, 409, 422, 500, 501])("never retries %i", async (status) => {
    server.respondWith(failing(Infinity, status));
    const { response } = await patch({ retry: { ...fast, retries: 3 } });
    expect(response.status).toBe(status);
    expect(server.requests).toHaveLength(1);
  });

  it("never retries a validation error (nothing is sent)", async () => {
    const client = createCaliberClient({ baseUrl: server.origin, retry: fast });
    const thrown = await settled(
      client.PATCH(path, { params: { path: { clientContactId: 1 } }, body: { PhoneNumber: "x" } as never }),
    );
    expect(thrown).toMatchObject({ name: "CaliberValidationError" });
    expect(server.requests).toHaveLength(0);
  });

  it("retries a connection reset once enabled", async () => {
    let count = 0;
    server.respondWith((_request, response) => {
      count += 1;
      if (count === 1) response.socket?.destroy();
      else response.writeHead(204).end();
    });
    const { response } = await patch({ retry: fast });
    expect(response.status).toBe(204);
    expect(server.requests).toHaveLength(2);
  });

  it("a network failure on every attempt ends the call: CaliberNetworkError after retries + 1 attempts, with no timeout", async () => {
    const retries = 3;
    // If the retries never ended, this guard would end the call (with the abort, not a CaliberNetworkError).
    const guard = new AbortController();
    server.respondWith((_request, response) => {
      if (server.requests.length > retries + 1) guard.abort(new Error("more than retries + 1 attempts"));
      response.socket?.destroy();
    });
    const thrown = await settled(patch({ retry: { ...fast, retries }, timeoutMs: 0 }, { signal: guard.signal }));
    if (!isCaliberNetworkError(thrown)) throw new Error(`expected a CaliberNetworkError, got ${String(thrown)}`);
    expect(thrown.message).toContain(`PATCH ${path} failed before a response arrived`);
    expect(server.requests).toHaveLength(retries + 1);
  });

  it("with throwOnError, throws the last answer once retries run out", async () => {
    server.respondWith(failing(Infinity, 503, { "Request-Id": "r-1" }));
    const thrown = await settled(patch({ retry: { ...fast, retries: 1 }, throwOnError: true }));
    expect(thrown).toMatchObject({ name: "CaliberHttpError", status: 503, requestId: "r-1", body: "failure 2" });
  });

  it.each([{ retries: -1 }, { baseDelayMs: 0.5 }, { maxDelayMs: Number.NaN }])(
    "refuses retry %j at creation",
    (retry) => {
      expect(() => createCaliberClient({ baseUrl: server.origin, retry })).toThrow(/retry\.\w+ must be a whole number/);
    },
  );
});
