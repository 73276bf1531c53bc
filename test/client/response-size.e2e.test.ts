// maxResponseBytes over a hostile server on 127.0.0.1: a body over the limit, declared or streamed, plain or
// compressed, on a 2xx or an error, settles as CaliberResponseTooLargeError and is not read further. (That memory
// stays near the limit is measured from a child process: memory-bounds.e2e.test.ts.)
import type { ServerResponse } from "node:http";
import { createGzip, gzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import {
  createCaliberClient,
  isCaliberResponseTooLargeError,
  type CaliberClientOptions,
  type CaliberResponseTooLargeError,
} from "../../src/index.ts";
import { useRecordingServer } from "../helpers/recording-server.ts";

const server = await useRecordingServer();
const path = "/api/v2/clientcontact/{clientContactId}/phone";
const operation = `PATCH ${path}`;
const mib = 1024 * 1024;

function patch(options: Partial<CaliberClientOptions> = {}, init: Record<string, unknown> = {}) {
  return createCaliberClient({ baseUrl: server.origin, ...options }).PATCH(path, {
    params: { path: { clientContactId: 42 } },
    body: { Number: "555-0100" },
    ...init,
  });
}

async function tooLarge(call: Promise<unknown>): Promise<CaliberResponseTooLargeError> {
  const thrown = await call.then(
    () => undefined,
    (error: unknown) => error,
  );
  if (!isCaliberResponseTooLargeError(thrown)) throw new Error(`expected CaliberResponseTooLargeError: ${thrown}`);
  return thrown;
}

/**
 * Writes a JSON string of `total` bytes in 64 KiB chunks, as fast as the client reads, with no Content-Length;
 * `sent` is how many bytes went out before the client hung up (the socket closed).
 */
function streamJson(response: ServerResponse, total: number, status = 200, gzip = false): { sent: () => number } {
  let sent = 0;
  const chunk = Buffer.alloc(64 * 1024, "a");
  const headers: Record<string, string> = { "Content-Type": "application/json" };
  if (gzip) headers["Content-Encoding"] = "gzip";
  response.writeHead(status, headers);
  const out = gzip ? createGzip() : response;
  if (gzip) out.pipe(response);
  let open = true;
  response.on("close", () => (open = false));
  const write = (): void => {
    while (open && sent < total) {
      sent += chunk.length;
      if (!out.write(chunk)) return void out.once("drain", write);
    }
    if (open) out.end('"');
  };
  out.write('"');
  write();
  return { sent: () => sent };
}

describe("a body over maxResponseBytes", () => {
  it("streamed (no Content-Length) on a 200: cancelled once the limit is passed, with the limit and operation", async () => {
    let stream: { sent: () => number } | undefined;
    server.respondWith((_request, response) => (stream = streamJson(response, 256 * mib)));
    const error = await tooLarge(patch({ maxResponseBytes: mib }));
    expect(error).toMatchObject({ name: "CaliberResponseTooLargeError", operation, status: 200, limit: mib });
    expect(error.message).toBe(
      `${operation} answered 200 with a body over maxResponseBytes (${mib} bytes); it was not read further`,
    );
    // The server stopped far short of the 256 MiB: the client stopped reading and dropped the connection.
    expect(stream!.sent()).toBeLessThan(64 * mib);
  });

  it("declared by Content-Length: refused before any of it is read", async () => {
    server.respondWith((_request, response) => {
      response.writeHead(200, { "Content-Type": "application/json", "Content-Length": String(2 * mib) });
      response.write('"');
      // The rest never comes: only the declaration can have decided.
    });
    const error = await tooLarge(patch({ maxResponseBytes: mib, timeoutMs: 10_000 }));
    expect(error).toMatchObject({ status: 200, limit: mib });
  });

  it("gzip with a small Content-Length that inflates past the limit: counted after decompression", async () => {
    const bomb = gzipSync(Buffer.alloc(8 * mib, " "));
    expect(bomb.length).toBeLessThan(64 * 1024);
    server.respondWith((_request, response) =>
      response
        .writeHead(200, {
          "Content-Type": "application/json",
          "Content-Encoding": "gzip",
          "Content-Length": String(bomb.length),
        })
        .end(bomb),
    );
    expect(await tooLarge(patch({ maxResponseBytes: mib }))).toMatchObject({ status: 200, limit: mib });
  });

  it("gzip streamed: the same", async () => {
    server.respondWith((_request, response) => streamJson(response, 64 * mib, 200, true));
    expect(await tooLarge(patch({ maxResponseBytes: mib }))).toMatchObject({ status: 200, limit: mib });
  });

  it("on a 500, with or without throwOnError: the error body is bounded too", async () => {
    server.respondWith((_request, response) => streamJson(response, 64 * mib, 500));
    expect(await tooLarge(patch({ maxResponseBytes: mib }))).toMatchObject({ status: 500, limit: mib });
    expect(await tooLarge(patch({ maxResponseBytes: mib, throwOnError: true }))).toMatchObject({ status: 500 });
  });

  it("with parseAs: 'stream', an error body is bounded, a 2xx body is the caller's to read", async () => {
    server.respondWith((_request, response) => streamJson(response, 2 * mib, 500));
    expect(await tooLarge(patch({ maxResponseBytes: mib }, { parseAs: "stream" }))).toMatchObject({ status: 500 });

    server.respondWith((_request, response) => streamJson(response, 2 * mib));
    const { data } = await patch({ maxResponseBytes: mib }, { parseAs: "stream" });
    const text = await new Response(data as ReadableStream).text();
    expect(text.length).toBeGreaterThan(2 * mib);
  });

  it("for every parseAs that reads the body into memory", async () => {
    server.respondWith((_request, response) => streamJson(response, 2 * mib));
    for (const parseAs of ["json", "text", "blob", "arrayBuffer"]) {
      expect(await tooLarge(patch({ maxResponseBytes: mib }, { parseAs }))).toMatchObject({ limit: mib });
    }
  });

  it("through middleware, which sees the bounded Response", async () => {
    server.respondWith((_request, response) => streamJson(response, 2 * mib));
    const client = createCaliberClient({ baseUrl: server.origin, maxResponseBytes: mib });
    let seen: Response | undefined;
    client.use({ onResponse: ({ response }) => void (seen = response) });
    const call = client.PATCH(path, { params: { path: { clientContactId: 42 } }, body: {} });
    expect(await tooLarge(call)).toMatchObject({ limit: mib });
    expect(seen!.status).toBe(200);
  });

  it("after retries: only the answer returned is read, and held to the limit", async () => {
    let count = 0;
    server.respondWith((_request, response) =>
      ++count === 1 ? response.writeHead(503).end("busy") : streamJson(response, 2 * mib),
    );
    const retry = { retries: 1, baseDelayMs: 0 };
    expect(await tooLarge(patch({ maxResponseBytes: mib, retry }))).toMatchObject({ status: 200 });
    expect(server.requests).toHaveLength(2);
  });
});

describe("a body within maxResponseBytes", () => {
  const exactly = (bytes: number) => JSON.stringify("a".repeat(bytes - 2));

  it("of exactly the limit is read, streamed or declared, and what fetch reported is kept", async () => {
    server.respondWith((_request, response) => {
      response.writeHead(200, { "Content-Type": "application/json" });
      response.write(exactly(1000).slice(0, 10));
      response.end(exactly(1000).slice(10));
    });
    const streamed = await patch({ maxResponseBytes: 1000 });
    expect(streamed.data).toBe("a".repeat(998));
    expect(streamed.response.url).toBe(`${server.origin}/api/v2/clientcontact/42/phone`);
    expect(streamed.response.redirected).toBe(false);

    server.respondWith((_request, response) =>
      response.writeHead(200, { "Content-Type": "application/json" }).end(exactly(1000)),
    );
    expect((await patch({ maxResponseBytes: 1000 })).data).toBe("a".repeat(998));
  });

  it("one byte more is refused, streamed or declared", async () => {
    server.respondWith((_request, response) => {
      response.writeHead(200, { "Content-Type": "application/json" });
      response.end(exactly(1001));
    });
    expect(await tooLarge(patch({ maxResponseBytes: 1000 }))).toMatchObject({ limit: 1000 });
    server.respondWith((_request, response) => {
      response.writeHead(200, { "Content-Type": "application/json", "Transfer-Encoding": "chunked" });
      response.end(exactly(1001));
    });
    expect(await tooLarge(patch({ maxResponseBytes: 1000 }))).toMatchObject({ limit: 1000 });
  });

  it("a gzip body that inflates to within the limit is read", async () => {
    const text = exactly(4000);
    server.respondWith((_request, response) =>
      response.writeHead(200, { "Content-Type": "application/json", "Content-Encoding": "gzip" }).end(gzipSync(text)),
    );
    expect((await patch({ maxResponseBytes: 4000 })).data).toBe("a".repeat(3998));
  });

  it("maxResponseBytes: Infinity reads any size; the default, 16 MiB, reads a body of 16 MiB", async () => {
    server.respondWith((_request, response) => streamJson(response, 17 * mib));
    const { data } = await patch({ maxResponseBytes: Infinity });
    expect((data as string).length).toBe(17 * mib);
    expect(await tooLarge(patch())).toMatchObject({ limit: 16 * mib });

    server.respondWith((_request, response) =>
      response.writeHead(200, { "Content-Type": "application/json" }).end(exactly(16 * mib)),
    );
    expect(((await patch()).data as string).length).toBe(16 * mib - 2);
  });

  it("an empty 200 and a 204 are read as before", async () => {
    server.respondWith((_request, response) => response.writeHead(204).end());
    expect((await patch({ maxResponseBytes: 1 })).data).toBeUndefined();
    server.respondWith((_request, response) => response.writeHead(200, { "Content-Type": "text/plain" }).end());
    expect((await patch({ maxResponseBytes: 1 })).data).toBeUndefined();
  });
});
