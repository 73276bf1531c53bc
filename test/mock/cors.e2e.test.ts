// CORS on the API routes, never on the control API: pages on this machine (any port) may call the mock from a
// browser by default, other origins only when listed in corsOrigins, and "*" never. The browser itself is in
// cors-process.browser.test.ts; here are the headers, request by request.
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { startMockServer } from "../../src/mock/index.ts";
import { rawRequest } from "./raw-request.ts";

const mock = await startMockServer({ controlApi: true, basePath: "/CAPI2_Vision" });
const listed = await startMockServer({ corsOrigins: ["https://app.test:8443", "http://dev.app.test:*"] });
afterAll(() => Promise.all([mock.close(), listed.close()]));
beforeEach(() => mock.reset());

const phone = "/api/v2/clientcontact/7/phone";
const preflight = (base: string, origin: string, headers: Record<string, string> = {}) =>
  rawRequest(`${base}${phone}`, {
    method: "OPTIONS",
    headers: {
      origin,
      "access-control-request-method": "PATCH",
      "access-control-request-headers": "content-type,x-api-key",
      ...headers,
    },
  });
const patch = (base: string, origin: string) =>
  rawRequest(`${base}${phone}`, {
    method: "PATCH",
    headers: { origin, "content-type": "application/json" },
    body: '{"Number":"555"}',
  });

describe("CORS preflights on the API routes", () => {
  it.each(["http://localhost:5173", "http://127.0.0.1:3000", "http://[::1]:8080", "http://localhost"])(
    "answer a page at %s: 204 with the method and headers it asked for; not recorded",
    async (origin) => {
      const answer = await preflight(mock.url, origin);
      expect(answer.status).toBe(204);
      expect(answer.headers).toMatchObject({
        "access-control-allow-origin": origin,
        "access-control-allow-methods": "PATCH",
        "access-control-allow-headers": "content-type, x-api-key",
        "access-control-max-age": "600",
        vary: "Origin, Access-Control-Request-Method, Access-Control-Request-Headers",
      });
      expect(answer.body).toBe("");
      expect(mock.requests).toEqual([]);
    },
  );

  it.each([
    ["another site", "https://attacker.example"],
    ["https on this machine (only http is a local dev page by default)", "https://localhost:5173"],
    ["a page whose name only starts like localhost", "http://localhost.attacker.example"],
    ["a sandboxed or file:// page", "null"],
  ])("refuse %s: a 403 problem with no Access-Control header, saying how to allow it", async (_case, origin) => {
    const answer = await preflight(mock.url, origin);
    expect(answer.status).toBe(403);
    expect(Object.keys(answer.headers).filter((name) => name.startsWith("access-control-"))).toEqual([]);
    expect(answer.json().detail).toBe(
      `The mock answers pages on this machine (http://localhost:*, http://127.0.0.1:*, http://[::1]:*); ` +
        `${JSON.stringify(origin)} is not among them. Allow it with corsOrigins (--cors-origin ${origin}).`,
    );
  });

  it("answer the origins listed in corsOrigins, exactly or on any port, and still the local pages", async () => {
    for (const origin of [
      "https://app.test:8443",
      "http://dev.app.test:1234",
      "http://dev.app.test",
      "http://localhost:1",
    ]) {
      const answer = await preflight(listed.url, origin);
      expect([origin, answer.status, answer.headers["access-control-allow-origin"]]).toEqual([origin, 204, origin]);
    }
    for (const origin of [
      "https://app.test",
      "https://app.test:8444",
      "http://app.test:8443",
      "https://dev.app.test:1",
    ]) {
      expect([origin, (await preflight(listed.url, origin)).status]).toEqual([origin, 403]);
    }
  });

  it("refuse a preflight whose method or headers are not HTTP tokens, with a 400 problem", async () => {
    const badMethod = await preflight(mock.url, "http://localhost:5173", { "access-control-request-method": "PA TCH" });
    const badHeaders = await preflight(mock.url, "http://localhost:5173", { "access-control-request-headers": "a b" });
    for (const answer of [badMethod, badHeaders]) {
      expect([answer.status, answer.headers["access-control-allow-origin"]]).toEqual([400, undefined]);
      expect(answer.json().detail).toBe(
        "The preflight's Access-Control-Request-Method or -Headers is not a list of HTTP tokens.",
      );
    }
  });

  it("leave an OPTIONS request that is no preflight to the mock: 405 with Allow, recorded", async () => {
    const answer = await rawRequest(`${mock.url}${phone}`, {
      method: "OPTIONS",
      headers: { origin: "http://localhost:1" },
    });
    expect(answer.status).toBe(405);
    expect(answer.headers.allow).toMatch(/(?:^|, )PATCH(?:,|$)/); // the path's methods: any the spec gains, too
    expect(mock.requests).toHaveLength(1);
  });
});

describe("CORS on the API's answers", () => {
  it("let a local page read the answer: its origin, Vary, and every header the answer sets exposed", async () => {
    mock.answerNext({ status: 503, headers: { "Retry-After": "0", "X-Request-Id": "r1" } });
    const scripted = await patch(mock.url, "http://localhost:5173");
    expect(scripted.status).toBe(503);
    expect(scripted.headers).toMatchObject({
      "access-control-allow-origin": "http://localhost:5173",
      "access-control-expose-headers": "retry-after, x-request-id",
      vary: "Origin",
    });
    const own = await patch(mock.url, "http://localhost:5173");
    expect([
      own.status,
      own.headers["access-control-allow-origin"],
      own.headers["access-control-expose-headers"],
    ]).toEqual([200, "http://localhost:5173", undefined]);
  });

  it("cover the mock's own refusals too (404, 405 with Allow), so a page sees the problem, not a failed fetch", async () => {
    const missing = await rawRequest(`${mock.url}/api/v2/nothing`, { headers: { origin: "http://127.0.0.1:9" } });
    expect([missing.status, missing.headers["access-control-allow-origin"]]).toEqual([404, "http://127.0.0.1:9"]);
    // PROPFIND is no method an OpenAPI operation can have: a 405 whatever the spec gains.
    const wrongMethod = await rawRequest(`${mock.url}${phone}`, {
      method: "PROPFIND",
      headers: { origin: "http://[::1]:9" },
    });
    expect(wrongMethod.headers).toMatchObject({
      "access-control-allow-origin": "http://[::1]:9",
      "access-control-expose-headers": "allow",
    });
  });

  it("add a scripted Vary to Origin rather than replace it", async () => {
    mock.answerNext({ status: 200, headers: { Vary: "Accept" }, body: "x" });
    expect((await patch(mock.url, "http://localhost:1")).headers.vary).toBe("Accept, Origin");
  });

  it("add nothing for another site's page (its browser keeps the answer from it), nor without an Origin", async () => {
    const other = await patch(mock.url, "https://attacker.example");
    expect(other.status).toBe(200);
    expect(other.headers["access-control-allow-origin"]).toBeUndefined();
    const noPage = await rawRequest(`${mock.url}${phone}`, {
      method: "PATCH",
      headers: { "content-type": "application/json" },
      body: "{}",
    });
    expect(Object.keys(noPage.headers).filter((name) => name.startsWith("access-control-"))).toEqual([]);
  });
});

describe("never on the control API", () => {
  it("answers no preflight to /__mock/*, so no page can post JSON to it or read it", async () => {
    const answer = await rawRequest(`${new URL(mock.url).origin}/__mock/answers`, {
      method: "OPTIONS",
      headers: { origin: "http://localhost:5173", "access-control-request-method": "POST" },
    });
    expect([answer.status, answer.headers["access-control-allow-origin"]]).toEqual([405, undefined]);
    const requests = await rawRequest(`${new URL(mock.url).origin}/__mock/requests`, {
      headers: { origin: "http://localhost:5173" },
    });
    expect([requests.status, requests.headers["access-control-allow-origin"]]).toEqual([200, undefined]);
  });
});

describe("the corsOrigins option", () => {
  it.each([
    [["*"], /^startMockServer: corsOrigins: "\*" would let every site read the mock's answers; list the origins/],
    ["https://app.test", /^startMockServer: corsOrigins must be an array of origins/],
    [
      ["https://app.test/path"],
      /corsOrigins: "https:\/\/app\.test\/path" is not an origin such as "https:\/\/app\.test:8443"/,
    ],
    [["https://app.test/"], /corsOrigins: "https:\/\/app\.test\/" is not an origin/],
    [["app.test"], /corsOrigins: "app\.test" is not an origin/],
    [["ftp://app.test"], /corsOrigins: "ftp:\/\/app\.test" is not an origin/],
    [["https://app.test:1:*"], /corsOrigins: "https:\/\/app\.test:1:\*" is not an origin/],
    [[42], /corsOrigins: 42 is not an origin/],
  ])("refuses %j with a TypeError naming it", async (corsOrigins, message) => {
    await expect(startMockServer({ corsOrigins } as never)).rejects.toThrow(message);
    await expect(startMockServer({ corsOrigins } as never)).rejects.toBeInstanceOf(TypeError);
  });
});
