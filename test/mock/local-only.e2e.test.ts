// The mock answers only its own machine: a request whose Host names another site (DNS rebinding) is refused on
// every route, and the control API also refuses a page of another site and any body that is not JSON (a form or
// text/plain post needs no preflight). Refused requests get a 403 problem, change nothing and are not recorded.
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { startMockServer } from "../../src/mock/index.ts";
import { rawRequest } from "./raw-request.ts";

const mock = await startMockServer({ controlApi: true });
afterAll(() => mock.close());
beforeEach(() => mock.reset());

const { port } = new URL(mock.url);
const phonePath = "/api/v2/clientcontact/7/phone";
const json = { "content-type": "application/json" };
const patch = (headers: Record<string, string>) =>
  rawRequest(`${mock.url}${phonePath}`, { method: "PATCH", headers: { ...json, ...headers }, body: "{}" });
const queue = (headers: Record<string, string>, answer: unknown = { status: 503 }) =>
  rawRequest(`${mock.url}/__mock/answers`, { method: "POST", headers, body: JSON.stringify(answer) });

describe("the Host check, on every route", () => {
  it.each([
    [
      "GET /__mock/requests",
      () => rawRequest(`${mock.url}/__mock/requests`, { headers: { host: "attacker.example" } }),
    ],
    ["POST /__mock/answers", () => queue({ ...json, host: `attacker.example:${port}` })],
    ["an API route", () => patch({ host: `attacker.example:${port}` })],
  ])("refuses %s with Host attacker.example: a 403 problem, nothing recorded or queued", async (_route, send) => {
    mock.answerNext({ status: 500, body: "must not be read" }, { times: 2 });
    const refused = await send();
    expect(refused.status).toBe(403);
    expect(refused.headers["content-type"]).toBe("application/problem+json");
    expect(refused.json()).toMatchObject({
      type: "about:blank",
      title: "Forbidden",
      status: 403,
      detail: expect.stringMatching(
        /^Host "attacker\.example(:\d+)?" is not this mock: it answers only Host localhost:/,
      ),
    });
    expect(refused.body).not.toContain("must not be read");
    expect(mock.requests).toEqual([]);
    mock.reset();
    expect((await patch({})).status).toBe(200); // nothing was queued by the refused request either
  });

  it.each([
    ["127.0.0.1 with the port", `127.0.0.1:${port}`],
    ["localhost with the port", `localhost:${port}`],
    ["LOCALHOST, in any case", `LOCALHOST:${port}`],
    ["[::1] with the port", `[::1]:${port}`],
    ["another IP address (no site can point its name at it)", `10.1.2.3:${port}`],
  ])("takes Host %s", async (_case, host) => {
    expect((await patch({ host })).status).toBe(200);
    expect((await rawRequest(`${mock.url}/__mock/requests`, { headers: { host } })).status).toBe(200);
  });

  it.each([
    ["localhost on another port", `localhost:${Number(port) + 1}`],
    ["localhost without a port (80)", "localhost"],
    ["a name under localhost's", "localhost.attacker.example"],
    ["user info", `evil@127.0.0.1:${port}`],
    ["a path", `127.0.0.1:${port}/x`],
  ])("refuses Host %s", async (_case, host) => {
    const refused = await patch({ host });
    expect([refused.status, refused.json().title]).toEqual([403, "Forbidden"]);
  });

  it("refuses a request with no Host at all (HTTP/1.0), saying which hosts it answers", async () => {
    const refused = await new Promise<string>((resolve, reject) => {
      import("node:net").then(({ connect }) => {
        const socket = connect(Number(port), "127.0.0.1", () => socket.end(`GET /__mock/requests HTTP/1.0\r\n\r\n`));
        let text = "";
        socket.setEncoding("utf8").on("data", (chunk: string) => (text += chunk));
        socket.on("end", () => resolve(text)).on("error", reject);
      }, reject);
    });
    expect(refused).toMatch(/^HTTP\/1\.1 403 Forbidden\r\n/);
    expect(refused).toContain(`The request has no Host header: it answers only Host localhost:${port}, 127.0.0.1:`);
  });

  it("takes the names in allowedHosts, with any port (a proxy, a container's name)", async () => {
    const named = await startMockServer({ allowedHosts: ["mock", "Caliber-Mock.test"] });
    try {
      const send = (host: string) =>
        rawRequest(`${named.url}${phonePath}`, { method: "PATCH", headers: { ...json, host }, body: "{}" });
      expect((await send("mock")).status).toBe(200);
      expect((await send("caliber-mock.test:8080")).status).toBe(200);
      expect((await send("attacker.example")).status).toBe(403);
    } finally {
      await named.close();
    }
  });

  it.each([
    [{ allowedHosts: "mock" }, /^startMockServer: allowedHosts must be an array of host names such as \["mock"\]$/],
    [{ allowedHosts: ["mock:4010"] }, /^startMockServer: allowedHosts: "mock:4010" is not a host name .*no port/],
    [{ allowedHosts: ["*"] }, /allowedHosts: "\*" is not a host name/],
    [{ allowedHosts: ["http://mock"] }, /allowedHosts: "http:\/\/mock" is not a host name/],
  ])("refuses the option %j with a TypeError naming it", async (options, message) => {
    await expect(startMockServer(options as never)).rejects.toThrow(message);
    await expect(startMockServer(options as never)).rejects.toBeInstanceOf(TypeError);
  });
});

describe("the control API's Origin and Content-Type checks", () => {
  it("refuses a page of another site posting text/plain (no preflight needed): 403, nothing queued", async () => {
    const refused = await queue({ "content-type": "text/plain;charset=UTF-8", origin: "https://attacker.example" });
    expect([refused.status, refused.json().title]).toEqual([403, "Forbidden"]);
    expect(refused.json().detail).toBe(
      'The control API answers no web page of another site (Origin "https://attacker.example"); call it from your tests, not from a page.',
    );
    expect(refused.headers["access-control-allow-origin"]).toBeUndefined();
    expect((await patch({})).status).toBe(200);
  });

  it.each([
    ["another site, even with JSON", "https://attacker.example"],
    ["a sandboxed or file:// page", "null"],
    ["a scheme that is not http(s)", "chrome-extension://abc"],
  ])("refuses Origin of %s", async (_case, origin) => {
    const refused = await queue({ ...json, origin });
    expect(refused.status).toBe(403);
    expect(refused.json().detail).toMatch(/^The control API answers no web page of another site/);
  });

  it.each([
    ["text/plain", { "content-type": "text/plain" }, 'got "text/plain"'],
    ["a form", { "content-type": "application/x-www-form-urlencoded" }, 'got "application/x-www-form-urlencoded"'],
    ["none", {}, "got none"],
  ])("refuses a POST with Content-Type %s, even from no page at all", async (_case, headers, got) => {
    const refused = await queue(headers);
    expect(refused.status).toBe(403);
    expect(refused.json().detail).toBe(
      `The control API takes only Content-Type: application/json, ${got}: a page of another site can post a form or text/plain without asking first.`,
    );
    const reset = await rawRequest(`${mock.url}/__mock/reset`, { method: "POST", headers });
    expect(reset.status).toBe(403);
  });

  it("takes JSON from no page (tests, curl) and from pages on this machine; GET needs no Content-Type", async () => {
    expect((await queue(json)).status).toBe(204);
    expect(
      (await queue({ "content-type": "Application/JSON; charset=utf-8", origin: "http://localhost:5173" })).status,
    ).toBe(204);
    expect((await queue({ ...json, origin: `http://127.0.0.1:${port}` })).status).toBe(204);
    const listed = await rawRequest(`${mock.url}/__mock/requests`, { headers: { origin: "http://[::1]:3000" } });
    expect(listed.status).toBe(200);
    // No CORS on the control API, even for a page of this machine: a page can never read it.
    expect(listed.headers["access-control-allow-origin"]).toBeUndefined();
  });
});
