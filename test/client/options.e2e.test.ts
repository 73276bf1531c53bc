// The client's options (headers, baseUrl) and what its errors may show: no Authorization value, no password.
import { inspect } from "node:util";
import { describe, expect, it } from "vitest";
import {
  CaliberHttpError,
  CaliberTimeoutError,
  CaliberValidationError,
  createCaliberClient,
  isCaliberError,
  isCaliberHttpError,
  isCaliberTimeoutError,
  isCaliberValidationError,
  type CaliberClientOptions,
} from "../../src/index.ts";
import { useRecordingServer } from "../helpers/recording-server.ts";

const server = await useRecordingServer();

const path = "/api/v2/clientcontact/{clientContactId}/phone";
const call = (options: Partial<CaliberClientOptions>, init: object = {}) =>
  createCaliberClient({ baseUrl: server.origin, ...options }).PATCH(path, {
    params: { path: { clientContactId: 42 } },
    body: {},
    ...init,
  });

describe("headers", () => {
  it("an async function is called for each request, and its headers are sent", async () => {
    let calls = 0;
    const headers = async () => {
      calls += 1;
      await new Promise((resolve) => setTimeout(resolve, 1));
      return { Authorization: `Bearer token-${calls}` };
    };
    const client = createCaliberClient({ baseUrl: server.origin, headers });
    for (let i = 0; i < 3; i++) await client.PATCH(path, { params: { path: { clientContactId: 1 } }, body: {} });
    expect(calls).toBe(3);
    expect(server.requests.map((r) => r.headers.authorization)).toEqual([
      "Bearer token-1",
      "Bearer token-2",
      "Bearer token-3",
    ]);
  });

  it("a call's own headers override the function's, and the function is not called for a refused call", async () => {
    let calls = 0;
    const headers = () => {
      calls += 1;
      return { "X-Team": "billing", "X-Trace": "from-provider" };
    };
    await call({ headers }, { headers: { "X-Trace": "from-call" } });
    expect(server.requests[0]!.headers).toMatchObject({ "x-team": "billing", "x-trace": "from-call" });
    await call({ headers }, { body: { PhoneNumber: "x" } }).catch(() => undefined);
    expect(calls).toBe(1);
  });

  it("a failing header function fails the call with its own error, and nothing is sent", async () => {
    const failure = new Error("token service unavailable");
    await expect(call({ headers: () => Promise.reject(failure) })).rejects.toBe(failure);
    expect(server.requests).toHaveLength(0);
  });
});

describe("fetch", () => {
  it("without the option, the global fetch is looked up at each call, so one installed later is used", async () => {
    const client = createCaliberClient({ baseUrl: server.origin });
    const original = globalThis.fetch;
    const seen: string[] = [];
    // As MSW's setupServer does after the client was made: a fetch of its own in place of the global one.
    globalThis.fetch = (input, init) => {
      seen.push(String(input instanceof Request ? input.url : input));
      return original(input, init);
    };
    try {
      const direct = await client.PATCH(path, { params: { path: { clientContactId: 1 } }, body: {} });
      client.use({ onRequest: ({ request }) => request });
      const throughMiddleware = await client.PATCH(path, { params: { path: { clientContactId: 2 } }, body: {} });
      expect([direct.response.status, throughMiddleware.response.status]).toEqual([200, 200]);
    } finally {
      globalThis.fetch = original;
    }
    expect(seen).toEqual([1, 2].map((id) => `${server.origin}/api/v2/clientcontact/${id}/phone`));
  });
});

describe("baseUrl", () => {
  it.each([
    ["ftp://caliber.internal/CAPI2_Vision", /must use http or https, not ftp/],
    ["file:///etc/passwd", /must use http or https, not file/],
    ["caliber.internal/CAPI2_Vision", /is not an absolute URL/],
    ["", /is not an absolute URL/],
    ["https://svc:hunter2@caliber.internal/CAPI2_Vision", /must not contain a user name or password/],
    ["https://svc@caliber.internal/", /must not contain a user name or password/],
  ])("refuses %j at creation", (baseUrl, message) => {
    let thrown: unknown;
    try {
      createCaliberClient({ baseUrl });
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(TypeError);
    expect((thrown as Error).message).toMatch(message);
    expect(String(thrown)).not.toContain("hunter2");
  });

  it("accepts http and https, with or without a base path", () => {
    for (const baseUrl of ["http://127.0.0.1:1", "https://caliber.internal/CAPI2_Vision/"]) {
      expect(createCaliberClient({ baseUrl })).toHaveProperty("PATCH");
    }
  });
});

describe("no secret in any error", () => {
  const secret = "s3cr3t-t0ken-value";
  const faults: [string, Partial<CaliberClientOptions>, object, () => void][] = [
    ["validation", {}, { body: { PhoneNumber: secret } }, () => {}],
    [
      "http",
      { throwOnError: true },
      {},
      () => server.respondWith((_q, response) => response.writeHead(401, { "X-Request-Id": "r1" }).end("Denied")),
    ],
    ["timeout", { timeoutMs: 20 }, {}, () => server.respondWith(() => {})],
    ["network", {}, {}, () => server.respondWith((_q, response) => response.socket?.destroy())],
    [
      "parse",
      {},
      {},
      () =>
        server.respondWith((_q, response) => response.writeHead(200, { "Content-Type": "application/json" }).end("{")),
    ],
  ];

  it.each(faults)("%s error, with static and with provided headers", async (_kind, options, init, arrange) => {
    arrange();
    for (const headers of [
      { Authorization: `Bearer ${secret}` },
      async () => ({ Authorization: `Bearer ${secret}` }),
    ]) {
      const thrown = await call({ ...options, headers }, init).catch((error: unknown) => error);
      expect(isCaliberError(thrown)).toBe(true);
      const views = [String(thrown), (thrown as Error).message, JSON.stringify(thrown), inspect(thrown, { depth: 5 })];
      // The validation case put the secret in the body, not a header; only the header's value must never show.
      for (const view of views) expect(view).not.toContain(`Bearer ${secret}`);
      if (_kind !== "validation") for (const view of views) expect(view).not.toContain(secret);
      expect(JSON.parse(JSON.stringify(thrown))).toMatchObject({
        name: (thrown as Error).name,
        message: (thrown as Error).message,
      });
    }
  });
});

describe("type guards", () => {
  it("recognise errors by name, so they work across the ESM and CJS builds", () => {
    const validation = new CaliberValidationError("PATCH /x", [{ path: "body", message: "must be an object" }]);
    expect(isCaliberValidationError(validation)).toBe(true);
    expect(isCaliberValidationError({ name: "CaliberValidationError" })).toBe(true); // as from the other build
    expect(isCaliberValidationError(new Error("x"))).toBe(false);
    expect(isCaliberValidationError(null)).toBe(false);
    expect(isCaliberTimeoutError(new CaliberTimeoutError("PATCH /x", 5))).toBe(true);
    expect(isCaliberTimeoutError(validation)).toBe(false);
    expect(
      isCaliberHttpError(
        new CaliberHttpError("PATCH /x", new Response(null, { status: 500 }), undefined, false, undefined),
      ),
    ).toBe(true);
    expect(isCaliberError(validation)).toBe(true);
    expect(isCaliberError(new TypeError("x"))).toBe(false);
    expect(validation.name).toBe("CaliberValidationError");
    expect(validation).toBeInstanceOf(Error);
  });
});
