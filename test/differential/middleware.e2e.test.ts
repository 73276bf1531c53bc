// Middleware as openapi-fetch's docs write it, through bare openapi-fetch and through the client, against the same
// recording server: what arrives, what the caller gets and what each middleware saw must be the same.
import { describe, expect, it } from "vitest";
import { useRecordingServer, type Responder } from "../helpers/recording-server.ts";
import {
  bothClients,
  describeError,
  headersObject,
  describeRequest,
  sideBySide,
  type LooseClient,
} from "./side-by-side.ts";

const server = await useRecordingServer();

const jsonAnswer: Responder = (_request, response) =>
  response.writeHead(200, { "Content-Type": "application/json" }).end('{"answered":"by the server"}');
/** The connection is dropped before any answer: fetch rejects. */
const dropped: Responder = (_request, response) => response.socket?.destroy();

const path = "/things/{id}";
const call = (client: LooseClient, init: object = {}) =>
  client.PATCH(path, { params: { path: { id: 7 } }, body: { Number: "555-0100" }, ...init });

describe("onRequest", () => {
  it("returns a new Request built from the one it got (openapi-fetch's docs): that one is sent", async () => {
    server.respondWith(jsonAnswer);
    const { bare, caliber } = await sideBySide(server, (client) => {
      client.use({
        onRequest: ({ request }: { request: Request }) =>
          new Request(request, { headers: { ...headersObject(request.headers), "x-trace": "abc" } }),
      });
      return call(client);
    });
    expect(bare.arrived[0]!.headers["x-trace"]).toBe("abc");
    expect(bare.arrived[0]!.body).toBe('{"Number":"555-0100"}');
    expect(caliber).toEqual(bare);
  });

  it("returns a Request to another URL with another method and body", async () => {
    server.respondWith(jsonAnswer);
    const { bare, caliber } = await sideBySide(server, (client) => {
      client.use({
        onRequest: ({ request }: { request: Request }) =>
          new Request(new URL("/elsewhere?x=1", request.url), { method: "PUT", body: "replaced" }),
      });
      return call(client);
    });
    expect(bare.arrived.map((a) => [a.method, a.url, a.body])).toEqual([["PUT", "/elsewhere?x=1", "replaced"]]);
    expect(caliber).toEqual(bare);
  });

  it("changes the Request it got and returns nothing: the changed one is sent; it saw the serialized body", async () => {
    server.respondWith(jsonAnswer);
    const { bare, caliber } = await sideBySide(server, (client, seen) => {
      client.use({
        async onRequest({ request }: { request: Request }) {
          seen.push(await describeRequest(request));
          request.headers.set("Authorization", "Bearer t");
          request.headers.delete("Content-Type");
        },
      });
      return call(client);
    });
    expect(bare.arrived[0]!.headers.authorization).toBe("Bearer t");
    expect(bare.seen).toMatchObject([{ isRequest: true, body: '{"Number":"555-0100"}' }]);
    expect(caliber).toEqual(bare);
  });

  it("returns a Response: nothing is sent, the caller gets that answer, and no onResponse runs", async () => {
    const { bare, caliber } = await sideBySide(server, (client, seen) => {
      client.use(
        { onResponse: () => void seen.push("onResponse") },
        {
          onRequest: () =>
            new Response('{"answered":"by middleware"}', {
              status: 201,
              headers: { "Content-Type": "application/json" },
            }),
        },
      );
      return call(client);
    });
    expect(bare.arrived).toEqual([]);
    expect(bare.outcome).toMatchObject({ data: { answered: "by middleware" }, status: 201 });
    expect(bare.seen).toEqual([]);
    expect(caliber).toEqual(bare);
  });

  it("returns something else: the call rejects with openapi-fetch's Error, and nothing is sent", async () => {
    const { bare, caliber } = await sideBySide(server, (client) => {
      client.use({ onRequest: () => ({ not: "a Request" }) });
      return call(client);
    });
    expect(bare.outcome).toEqual({
      threw: { class: "Error", name: "Error", message: expect.stringMatching(/^onRequest: must return/) },
    });
    expect(bare.arrived).toEqual([]);
    expect(caliber).toEqual(bare);
  });

  it("throws: the caller gets that error unchanged, and nothing is sent", async () => {
    const mine = new RangeError("from my middleware");
    const thrown: unknown[] = [];
    for (const client of Object.values(bothClients(server))) {
      client.use({
        onRequest: () => {
          throw mine;
        },
      });
      thrown.push(await call(client).catch((error: unknown) => error));
    }
    expect(thrown).toEqual([mine, mine]);
    expect(thrown[1]).toBe(mine);
    expect(server.requests).toEqual([]);
  });
});

describe("onResponse", () => {
  it("returns a new Response: the caller gets it", async () => {
    server.respondWith(jsonAnswer);
    const { bare, caliber } = await sideBySide(server, (client, seen) => {
      client.use({
        async onResponse({ response }: { response: Response }) {
          seen.push(response.status, await response.clone().text());
          return new Response('{"answered":"by onResponse"}', {
            status: 202,
            headers: { "Content-Type": "application/json" },
          });
        },
      });
      return call(client);
    });
    expect(bare.outcome).toMatchObject({ data: { answered: "by onResponse" }, status: 202 });
    expect(bare.seen).toEqual([200, '{"answered":"by the server"}']);
    expect(caliber).toEqual(bare);
  });

  it("returns something else: openapi-fetch's Error", async () => {
    server.respondWith(jsonAnswer);
    const { bare, caliber } = await sideBySide(server, (client) => {
      client.use({ onResponse: () => "not a Response" });
      return call(client);
    });
    expect(bare.outcome).toEqual({
      threw: { class: "Error", name: "Error", message: expect.stringMatching(/^onResponse: must return/) },
    });
    expect(caliber).toEqual(bare);
  });
});

describe("onError (fetch rejected)", () => {
  it("returns a Response: the caller gets it, and onError saw fetch's error and the Request", async () => {
    server.respondWith(dropped);
    const { bare, caliber } = await sideBySide(server, (client, seen) => {
      client.use({
        async onError({ error, request }: { error: unknown; request: Request }) {
          seen.push(describeError(error), request.method, request.url);
          return new Response('{"recovered":true}', { status: 299, headers: { "Content-Type": "application/json" } });
        },
      });
      return call(client);
    });
    expect(bare.seen).toEqual([
      { class: "TypeError", name: "TypeError", message: "fetch failed" },
      "PATCH",
      `${server.origin}/things/7`,
    ]);
    expect(bare.outcome).toMatchObject({ data: { recovered: true }, status: 299 });
    expect(caliber).toEqual(bare);
  });

  it("returns an Error: the caller gets that Error unchanged", async () => {
    server.respondWith(dropped);
    const mine = new Error("offline, try later");
    const thrown: unknown[] = [];
    for (const client of Object.values(bothClients(server))) {
      client.use({ onError: () => mine });
      thrown.push(await call(client).catch((error: unknown) => error));
    }
    expect(thrown[0]).toBe(mine);
    expect(thrown[1]).toBe(mine);
  });

  it("returns nothing: onError saw the same error; then the client names it (README difference 5)", async () => {
    server.respondWith(dropped);
    const { bare, caliber } = await sideBySide(server, (client, seen) => {
      client.use({ onError: ({ error }: { error: unknown }) => void seen.push(describeError(error)) });
      return call(client);
    });
    const fetchFailed = { class: "TypeError", name: "TypeError", message: "fetch failed" };
    expect(bare.seen).toEqual([fetchFailed]);
    expect(bare.outcome).toEqual({ threw: fetchFailed });
    expect(caliber.seen).toEqual(bare.seen);
    expect(caliber.outcome).toEqual({
      threw: {
        class: "CaliberNetworkError",
        name: "CaliberNetworkError",
        message: expect.stringContaining("fetch failed"),
      },
    });
  });

  it("the last middleware's onError runs first, and a Response ends the chain", async () => {
    server.respondWith(dropped);
    const { bare, caliber } = await sideBySide(server, (client, seen) => {
      client.use(
        { onError: () => void seen.push("first") },
        {
          onError: ({ error }: { error: Error }) => {
            seen.push("second");
            return new Error(`wrapped: ${error.message}`);
          },
        },
        {
          onError: ({ error }: { error: unknown }) => {
            seen.push("third", describeError(error));
            return undefined;
          },
        },
      );
      return call(client);
    });
    expect(bare.seen).toEqual([
      "third",
      { class: "TypeError", name: "TypeError", message: "fetch failed" },
      "second",
      "first",
    ]);
    expect(bare.outcome).toEqual({ threw: { class: "Error", name: "Error", message: "wrapped: fetch failed" } });
    expect(caliber).toEqual(bare);
  });
});

describe("order, per-call middleware, eject, ids and options", () => {
  it("client middleware runs before the call's own on the way out, and after it on the way back", async () => {
    server.respondWith(jsonAnswer);
    const { bare, caliber } = await sideBySide(server, (client, seen) => {
      const named = (name: string) => ({
        onRequest: ({ request }: { request: Request }) => {
          seen.push(`${name} onRequest`);
          request.headers.append("x-order", name);
        },
        onResponse: () => void seen.push(`${name} onResponse`),
      });
      client.use(named("client 1"), named("client 2"));
      return call(client, { middleware: [named("call")] });
    });
    expect(bare.seen).toEqual([
      "client 1 onRequest",
      "client 2 onRequest",
      "call onRequest",
      "call onResponse",
      "client 2 onResponse",
      "client 1 onResponse",
    ]);
    expect(bare.arrived[0]!.headers["x-order"]).toBe("client 1, client 2, call");
    expect(caliber).toEqual(bare);
  });

  it("eject removes one middleware; use() of one twice needs eject twice; a falsy entry is skipped", async () => {
    server.respondWith(jsonAnswer);
    const { bare, caliber } = await sideBySide(server, async (client, seen) => {
      const a = { onRequest: () => void seen.push("a") };
      const b = { onRequest: () => void seen.push("b") };
      client.use(a, b, a, undefined);
      await call(client);
      client.eject(a);
      await call(client);
      client.eject(a, b);
      return call(client);
    });
    expect(bare.seen).toEqual(["a", "b", "a", "b", "a"]);
    expect(bare.arrived).toHaveLength(3);
    expect(caliber).toEqual(bare);
  });

  it("use() refuses what is not middleware, with openapi-fetch's Error", async () => {
    const thrown: unknown[] = [];
    for (const client of Object.values(bothClients(server))) {
      try {
        client.use({ onRequst: () => undefined });
      } catch (error) {
        thrown.push(describeError(error));
      }
    }
    expect(thrown).toHaveLength(2);
    expect(thrown[1]).toEqual(thrown[0]);
  });

  it("each hook of one call gets the same id, the schema path, the params and openapi-fetch's options", async () => {
    server.respondWith(jsonAnswer);
    const { bare, caliber } = await sideBySide(server, (client, seen) => {
      const record = (hook: string) => (given: { id: string; schemaPath: string; params: unknown; options: any }) => {
        const { id, schemaPath, params, options } = given;
        seen.push({
          hook,
          id: typeof id === "string" && /^[0-9a-z]{1,9}$/.test(id) ? "an id" : id,
          schemaPath,
          params,
          optionNames: Object.keys(options).sort(),
          baseUrl: options.baseUrl,
          parseAs: options.parseAs,
          frozen: Object.isFrozen(options),
          functions: ["fetch", "querySerializer", "bodySerializer", "pathSerializer"].map((k) => typeof options[k]),
        });
        seen.push(id);
      };
      client.use({ onRequest: record("onRequest"), onResponse: record("onResponse") });
      // parseAs "json" (the default) is a difference: see differences.e2e.test.ts.
      return call(client, { params: { path: { id: 7 }, query: { q: "x" } }, parseAs: "text" });
    });
    const [requestSaw, requestId, responseSaw, responseId] = bare.seen;
    expect(requestId).toBe(responseId);
    expect(requestSaw).toEqual({
      hook: "onRequest",
      id: "an id",
      schemaPath: path,
      params: { path: { id: 7 }, query: { q: "x" } },
      optionNames: ["baseUrl", "bodySerializer", "fetch", "parseAs", "pathSerializer", "querySerializer"],
      baseUrl: server.origin,
      parseAs: "text",
      frozen: true,
      functions: ["function", "function", "function", "function"],
    });
    expect(responseSaw).toEqual({ ...(requestSaw as object), hook: "onResponse" });
    const [calRequestSaw, calRequestId, calResponseSaw, calResponseId] = caliber.seen;
    expect([calRequestSaw, calResponseSaw]).toEqual([requestSaw, responseSaw]);
    expect(calRequestId).toBe(calResponseId);
    expect(calRequestId).not.toBe(requestId);
    expect({ ...caliber, seen: [] }).toEqual({ ...bare, seen: [] });
  });
});
