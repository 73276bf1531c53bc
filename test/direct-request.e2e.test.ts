// A call that no middleware sees is built by src/direct-request.ts instead of openapi-fetch's coreFetch. The two
// paths must send and return the same things: the same generated calls go through a client without middleware
// (direct) and one with a middleware that changes nothing (openapi-fetch's path), against a real server on
// 127.0.0.1 answering in the ways an API does, and what arrives and what comes back is compared.
import type { ServerResponse } from "node:http";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createCaliberClient, type CaliberClient } from "../src/index.ts";
import { useRecordingServer, type RecordedRequest } from "./helpers/recording-server.ts";

const server = await useRecordingServer();
const path = "/api/v2/clientcontact/{clientContactId}/phone";

/** How the server answers, picked per generated call. */
const answers: Record<string, (response: ServerResponse) => void> = {
  "empty 200": (r) => r.writeHead(200, { "Content-Length": "0" }).end(),
  "JSON 200": (r) => r.writeHead(200, { "Content-Type": "application/json" }).end('{"PhoneID":7}'),
  "chunked JSON 200": (r) => {
    r.writeHead(200, { "Content-Type": "application/json" });
    r.write('{"ok":');
    r.end("true}");
  },
  "text 200": (r) => r.writeHead(200, { "Content-Type": "text/plain" }).end("saved"),
  "204": (r) => r.writeHead(204).end(),
  "JSON 400": (r) => r.writeHead(400, { "Content-Type": "application/json" }).end('{"Message":"bad"}'),
  "text 500": (r) => r.writeHead(500, { "Content-Type": "text/plain" }).end("it broke"),
  "empty 404": (r) => r.writeHead(404, { "Content-Length": "0" }).end(),
};

const headerName = fc.constantFrom("x-one", "X-One", "x-two", "accept", "Content-Type");
const headerValue = fc.oneof(
  fc.constantFrom("application/json", "text/json", "application/xml", "application/x-www-form-urlencoded", "a b", ""),
  fc.constant(null),
  fc.array(fc.constantFrom("v1", "v2"), { minLength: 1, maxLength: 2 }),
);
const headers = fc.dictionary(headerName, headerValue, { maxKeys: 3 });
const flatValue = fc.oneof(fc.string({ maxLength: 8 }), fc.integer(), fc.boolean());

const call = fc.record(
  {
    clientHeaders: fc.dictionary(headerName, fc.constantFrom("c1", "text/json"), { maxKeys: 2 }),
    id: fc.oneof(fc.integer(), fc.string({ maxLength: 6 })),
    query: fc.dictionary(fc.constantFrom("a", "b", "c d"), fc.oneof(flatValue, fc.array(flatValue, { maxLength: 2 })), {
      maxKeys: 2,
    }),
    headers,
    paramHeaders: headers,
    body: fc.option(fc.dictionary(fc.constantFrom("Number", "Extension", "x"), flatValue, { maxKeys: 3 }), {
      nil: undefined,
    }),
    parseAs: fc.constantFrom(undefined, "json", "text", "arrayBuffer", "blob", "stream"),
    extra: fc.constantFrom({}, { redirect: "manual" }, { credentials: "omit" }, { cache: "no-store" }),
    answer: fc.constantFrom(...Object.keys(answers)),
    method: fc.constantFrom("PATCH", "PUT", "POST", "DELETE", "GET"),
  },
  { requiredKeys: ["id", "answer", "method", "parseAs", "extra"] },
);
type Call = typeof call extends fc.Arbitrary<infer T> ? T : never;

/** What a call sent and got back, in comparable form. */
async function outcome(client: CaliberClient, c: Call): Promise<unknown> {
  server.reset();
  server.respondWith((_request, response) => answers[c.answer]!(response));
  const init = {
    params: { path: { clientContactId: c.id }, query: c.query, header: c.paramHeaders },
    headers: c.headers,
    body: c.body,
    parseAs: c.parseAs,
    ...c.extra,
  };
  // GET and DELETE with a body are refused by fetch itself: both paths must refuse them alike.
  const sent = (client.request as (method: string, path: string, init: unknown) => Promise<Record<string, unknown>>)(
    c.method,
    path,
    init,
  );
  const result = await sent.then(
    async ({ data, error, response }) => ({
      status: (response as Response).status,
      data: await readable(data),
      error: await readable(error),
    }),
    (thrown: unknown) => ({ thrown: `${(thrown as Error).name}: ${(thrown as Error).message}` }),
  );
  return { result, arrived: server.requests.map(comparable) };
}

async function readable(value: unknown): Promise<unknown> {
  if (value instanceof ReadableStream) return `stream: ${await new Response(value).text()}`;
  if (value instanceof Blob) return `blob: ${await value.text()}`;
  if (value instanceof ArrayBuffer) return `bytes: ${Buffer.from(value).toString("utf8")}`;
  return value;
}

function comparable(request: RecordedRequest): unknown {
  return { method: request.method, url: request.url, headers: request.headers, body: request.body };
}

function clientsFor(clientHeaders: Record<string, string> | undefined) {
  const options = { baseUrl: `${server.origin}/base/`, validate: false, headers: clientHeaders };
  const direct = createCaliberClient(options);
  const throughOpenapiFetch = createCaliberClient(options);
  throughOpenapiFetch.use({ onRequest: () => undefined });
  return { direct, throughOpenapiFetch };
}

describe("a call without middleware, built directly", () => {
  it("sends and returns what openapi-fetch's own path does, for 300 generated calls", { timeout: 60_000 }, async () => {
    let sentCount = 0;
    await fc.assert(
      fc.asyncProperty(call, async (c) => {
        const { direct, throughOpenapiFetch } = clientsFor(c.clientHeaders);
        const expected = (await outcome(throughOpenapiFetch, c)) as { arrived: unknown[] };
        const actual = await outcome(direct, c);
        expect(actual).toEqual(expected);
        sentCount += expected.arrived.length;
      }),
      { numRuns: 300 },
    );
    // The comparison means something only if most generated calls reached the server.
    expect(sentCount).toBeGreaterThan(150);
  });

  it("is the path taken: a call without middleware hands fetch the URL and init, not a Request", async () => {
    const seen: unknown[] = [];
    const realFetch = globalThis.fetch;
    globalThis.fetch = ((input: unknown, init?: RequestInit) => {
      seen.push(input);
      return realFetch(input as string, init);
    }) as typeof fetch;
    try {
      const { direct, throughOpenapiFetch } = clientsFor(undefined);
      const init = { params: { path: { clientContactId: 5 } }, body: { Number: "555-0100" } };
      await direct.PATCH(path, init);
      await throughOpenapiFetch.PATCH(path, init);
    } finally {
      globalThis.fetch = realFetch;
    }
    expect(typeof seen[0]).toBe("string");
    expect(seen[1]).toBeInstanceOf(Request);
    expect(server.requests.map((r) => r.url)).toEqual([
      "/base/api/v2/clientcontact/5/phone",
      "/base/api/v2/clientcontact/5/phone",
    ]);
  });
});
