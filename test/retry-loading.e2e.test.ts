// The retry code (src/retrying-fetch.ts) is loaded on the first call of a client with retries on, not at
// creation. These tests make that load fail, then succeed, against a real loopback server.
import { afterEach, describe, expect, it, vi } from "vitest";
import { freshClientModule } from "./helpers/fresh-client.ts";
import { useRecordingServer, type Responder } from "./helpers/recording-server.ts";

const server = await useRecordingServer();

const path = "/api/v2/clientcontact/{clientContactId}/phone";
const call = { params: { path: { clientContactId: 42 } }, body: { Number: "555-0100" } };
const retry = { baseDelayMs: 1, maxDelayMs: 20 };
const loadFailure = "chunk retrying-fetch could not be fetched";

/** 503 for the first request, then 200. */
const failingOnce: Responder = (_request, response) => {
  if (server.requests.length === 1) response.writeHead(503).end("busy");
  else response.writeHead(200, { "Content-Type": "application/json" }).end('{"ok":true}');
};

afterEach(() => {
  vi.doUnmock("../src/retrying-fetch.ts");
});

describe("retry code loaded on first use", () => {
  it("a client with retries retries on its first call, once the code is loaded", async () => {
    const { createCaliberClient } = await freshClientModule();
    server.respondWith(failingOnce);
    const client = createCaliberClient({ baseUrl: server.origin, retry });
    const { data, response } = await client.PATCH(path, call);
    expect(response.status).toBe(200);
    expect(data).toEqual({ ok: true });
    expect(server.requests.map((request) => request.body)).toEqual(['{"Number":"555-0100"}', '{"Number":"555-0100"}']);
  });

  it("creation does not load it; a failed load is a CaliberNetworkError naming the operation, nothing is sent, and the next call loads it again", async () => {
    vi.doMock("../src/retrying-fetch.ts", () => {
      throw new Error(loadFailure);
    });
    const { createCaliberClient, isCaliberNetworkError } = await freshClientModule();
    // The options are still checked at creation, without the retry code.
    expect(() => createCaliberClient({ baseUrl: server.origin, retry: { retries: -1 } })).toThrow(
      "createCaliberClient: retry.retries must be a whole number ≥ 0, got -1",
    );
    const client = createCaliberClient({ baseUrl: server.origin, retry });

    const thrown = await client.PATCH(path, call).catch((error: unknown) => error);
    if (!isCaliberNetworkError(thrown)) throw new Error(`expected a CaliberNetworkError, got ${String(thrown)}`);
    expect(thrown.operation).toBe(`PATCH ${path}`);
    expect(thrown.message).toContain(`PATCH ${path} failed before a response arrived: `);
    expect(thrown.message).toContain(loadFailure);
    expect(server.requests).toHaveLength(0);

    vi.doUnmock("../src/retrying-fetch.ts");
    server.respondWith(failingOnce);
    const { response } = await client.PATCH(path, call);
    expect(response.status).toBe(200);
    expect(server.requests).toHaveLength(2);
  });

  it("a client without retries never loads it", async () => {
    vi.doMock("../src/retrying-fetch.ts", () => {
      throw new Error(loadFailure);
    });
    const { createCaliberClient } = await freshClientModule();
    server.respondWith(failingOnce);
    const { response } = await createCaliberClient({ baseUrl: server.origin }).PATCH(path, call);
    expect(response.status).toBe(503);
    expect(server.requests).toHaveLength(1);
  });
});
