// The client hands fetch the URL and init instead of a second Request (src/transport/pass-through-request.ts). Whoever
// else looks at a request, middleware or a fetch given in the options, still gets a real Request, and errors
// keep their kind. Over a real loopback server.
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { createCaliberClient, isCaliberNetworkError, isCaliberValidationError } from "../../src/index.ts";
import { startRecordingServer } from "../helpers/recording-server.ts";

const server = await startRecordingServer();
afterAll(() => server.close());
beforeEach(() => {
  server.requests.length = 0;
});

const path = "/api/v2/clientcontact/{clientContactId}/phone";
const init = { params: { path: { clientContactId: 9 } }, body: { Number: "555-0100" } };

describe("what others see of a request", () => {
  it("middleware added with use() gets a real Request, and what it changes is sent; after eject() it is not called", async () => {
    const client = createCaliberClient({ baseUrl: server.origin });
    const seen: unknown[] = [];
    const middleware = {
      onRequest({ request }: { request: Request }) {
        seen.push(request);
        request.headers.set("X-Middleware", "was here");
      },
    };
    client.use(middleware);
    await client.PATCH(path, init);
    expect(seen).toHaveLength(1);
    expect(seen[0]).toBeInstanceOf(Request);
    expect(server.requests[0]!.headers["x-middleware"]).toBe("was here");
    expect(server.requests[0]!.body).toBe('{"Number":"555-0100"}');

    client.eject(middleware);
    await client.PATCH(path, init);
    expect(seen).toHaveLength(1);
    expect(server.requests[1]!.headers["x-middleware"]).toBeUndefined();
    expect(server.requests[1]!.body).toBe('{"Number":"555-0100"}');
  });

  it("middleware added twice stays until ejected twice, as in openapi-fetch", async () => {
    const client = createCaliberClient({ baseUrl: server.origin });
    const seen: unknown[] = [];
    const middleware = { onRequest: ({ request }: { request: Request }) => void seen.push(request) };
    client.use(middleware, middleware);
    client.eject(middleware);
    await client.PATCH(path, init);
    expect(seen.map((request) => request instanceof Request)).toEqual([true]);
  });

  it("a call's own middleware gets a real Request", async () => {
    const client = createCaliberClient({ baseUrl: server.origin });
    const seen: unknown[] = [];
    await client.PATCH(path, {
      ...init,
      middleware: [{ onRequest: ({ request }: { request: Request }) => void seen.push(request) }],
    });
    expect(seen).toHaveLength(1);
    expect(seen[0]).toBeInstanceOf(Request);
    expect(server.requests).toHaveLength(1);
  });

  it("a fetch given in the options gets a real Request with the method, URL, headers and body", async () => {
    const seen: Request[] = [];
    const client = createCaliberClient({
      baseUrl: server.origin,
      fetch: async (input) => {
        expect(input).toBeInstanceOf(Request);
        seen.push((input as Request).clone());
        return fetch(input);
      },
    });
    await client.PATCH(path, init);
    expect(seen).toHaveLength(1);
    expect(seen[0]!.method).toBe("PATCH");
    expect(seen[0]!.url).toBe(`${server.origin}/api/v2/clientcontact/9/phone`);
    expect(seen[0]!.headers.get("content-type")).toBe("application/json");
    expect(await seen[0]!.text()).toBe('{"Number":"555-0100"}');
    expect(server.requests).toHaveLength(1);
  });
  it("a fetch given in the call gets a real Request", async () => {
    const client = createCaliberClient({ baseUrl: server.origin });
    const seen: unknown[] = [];
    const callFetch = async (input: Request) => {
      seen.push(input);
      return fetch(input);
    };
    const { response } = await client.PATCH(path, { ...init, fetch: callFetch });
    expect(response.status).toBe(200);
    expect(seen).toHaveLength(1);
    expect(seen[0]).toBeInstanceOf(Request);
    expect(server.requests[0]!.body).toBe('{"Number":"555-0100"}');
  });

  it("a Request class given in the call is the one openapi-fetch builds", async () => {
    const client = createCaliberClient({ baseUrl: server.origin });
    class MarkedRequest extends Request {
      readonly marked = true;
    }
    const seen: unknown[] = [];
    const callFetch = async (input: Request) => {
      seen.push(input);
      return fetch(input);
    };
    // openapi-fetch reads a call's `Request` but does not type it.
    await client.PATCH(path, Object.assign({ ...init, fetch: callFetch }, { Request: MarkedRequest }));
    expect(seen[0]).toBeInstanceOf(MarkedRequest);
    expect(server.requests).toHaveLength(1);
  });
});

describe("errors keep their kind", () => {
  it.each([
    ["fetch itself (the pass-through path)", {}],
    ["openapi-fetch's Request, with middleware", { middleware: [{ onRequest: () => undefined }] }],
    ["the Request a fetch of the caller's gets", { fetch: globalThis.fetch }],
  ])(
    "an init fetch refuses (mode: navigate), built by %s, is a CaliberValidationError at init: nothing was sent",
    async (_where, extra) => {
      const client = createCaliberClient({ baseUrl: server.origin });
      const thrown = await client.PATCH(path, { ...init, ...extra, mode: "navigate" }).then(
        () => undefined,
        (error: unknown) => error,
      );
      if (!isCaliberValidationError(thrown))
        throw new Error(`expected a CaliberValidationError, got ${String(thrown)}`);
      expect(thrown.issues).toEqual([{ path: "init", message: expect.stringMatching(/^is refused by fetch: .*mode/) }]);
      expect(thrown.cause).toBeInstanceOf(TypeError);
      expect(isCaliberNetworkError(thrown)).toBe(false);
      expect(server.requests).toHaveLength(0);
    },
  );

  it("an init fetch refuses, for a fetch given in the options: a CaliberValidationError, and that fetch is not called", async () => {
    let calls = 0;
    const client = createCaliberClient({
      baseUrl: server.origin,
      fetch: (input) => {
        calls += 1;
        return fetch(input);
      },
    });
    const thrown = await client.PATCH(path, { ...init, mode: "navigate" }).catch((error: unknown) => error);
    expect(thrown).toMatchObject({
      name: "CaliberValidationError",
      issues: [{ path: "init", message: expect.stringMatching(/^is refused by fetch: .*mode/) }],
    });
    expect(calls).toBe(0);
    expect(server.requests).toHaveLength(0);
  });

  it("a refused connection is still a CaliberNetworkError", async () => {
    const closed = await startRecordingServer();
    await closed.close();
    const client = createCaliberClient({ baseUrl: closed.origin });
    const thrown = await client.PATCH(path, init).then(
      () => undefined,
      (error: unknown) => error,
    );
    expect(isCaliberNetworkError(thrown)).toBe(true);
  });
});
