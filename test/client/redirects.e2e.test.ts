// Redirects over two real servers on 127.0.0.1 (two ports: two origins). Within the origin they are followed as
// fetch would; to another origin nothing more is sent, not the X-Api-Key, not the body, unless the client opts in.
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import {
  createCaliberClient,
  isCaliberRedirectError,
  type CaliberClientOptions,
  type CaliberRedirectError,
} from "../../src/index.ts";
import { startRecordingServer, useRecordingServer } from "../helpers/recording-server.ts";

const server = await useRecordingServer();
const other = await startRecordingServer();
beforeEach(() => other.reset());
afterAll(() => other.close());

const path = "/api/v2/clientcontact/{clientContactId}/phone";
const operation = `PATCH ${path}`;
const key = "k3y-s3cret";
const body = { Number: "555-0100" };

function patch(options: Partial<CaliberClientOptions> = {}, init: Record<string, unknown> = {}) {
  const client = createCaliberClient({ baseUrl: server.origin, headers: { "X-Api-Key": key }, ...options });
  return client.PATCH(path, { params: { path: { clientContactId: 42 } }, body, ...init });
}

/** The first request is redirected to `location` with `status`; every other one gets a JSON 200. */
function redirectOnce(status: number, location: string): void {
  server.respondWith((request, response) => {
    if (request.url === "/api/v2/clientcontact/42/phone")
      response.writeHead(status, { Location: location }).end("moved");
    else response.writeHead(200, { "Content-Type": "application/json" }).end('{"at":"new"}');
  });
}

async function refused(call: Promise<unknown>): Promise<CaliberRedirectError> {
  const thrown = await call.then(
    () => undefined,
    (error: unknown) => error,
  );
  if (!isCaliberRedirectError(thrown)) throw new Error(`expected CaliberRedirectError, got ${String(thrown)}`);
  return thrown;
}

describe("within the origin", () => {
  it.each([307, 308])("a %i is followed with the method, headers and body", async (status) => {
    redirectOnce(status, "/moved?x=1");
    const { data, response } = await patch();
    expect(data).toEqual({ at: "new" });
    expect(response.redirected).toBe(false); // followed by the client, not by fetch
    expect(server.requests.map((r) => [r.method, r.url])).toEqual([
      ["PATCH", "/api/v2/clientcontact/42/phone"],
      ["PATCH", "/moved?x=1"],
    ]);
    expect(server.requests[1]!.body).toBe(JSON.stringify(body));
    expect(server.requests[1]!.headers).toMatchObject({ "x-api-key": key, "content-type": "application/json" });
  });

  it.each([
    [303, "PATCH", "GET"],
    [301, "POST", "GET"],
    [302, "POST", "GET"],
    [301, "PATCH", "PATCH"],
    [302, "PUT", "PUT"],
  ])("a %i after a %s goes on as a %s, as fetch does", async (status, method, next) => {
    redirectOnce(status, `${server.origin}/moved`);
    const client = createCaliberClient({ baseUrl: server.origin, headers: { "X-Api-Key": key }, validate: false });
    // Headers that describe the body go with it.
    const bodyHeaders = { "Content-Language": "en", "Content-Location": "/phone", "Content-Encoding": "identity" };
    await client.request(method.toLowerCase() as "patch", path, {
      params: { path: { clientContactId: 42 } },
      body,
      headers: bodyHeaders,
    });
    const [, second] = server.requests;
    expect([second!.method, second!.url]).toEqual([next, "/moved"]);
    expect(second!.headers["x-api-key"]).toBe(key);
    const described = ["content-type", "content-language", "content-location", "content-encoding"];
    if (next === "GET") {
      expect(second!.body).toBe("");
      for (const name of described) expect(second!.headers).not.toHaveProperty(name);
    } else {
      expect(second!.body).toBe(JSON.stringify(body));
      for (const name of described) expect(second!.headers).toHaveProperty(name);
    }
  });

  it("a chain of redirects is followed up to 20; the 21st is refused", async () => {
    server.respondWith((request, response) => {
      const hop = Number(new URL(request.url, server.origin).searchParams.get("hop") ?? 0);
      response.writeHead(307, { Location: `/hop?hop=${hop + 1}` }).end();
    });
    const error = await refused(patch());
    expect(error).toMatchObject({ status: 307, targetOrigin: server.origin });
    expect(error.message).toBe(`${operation} answered 307, not followed: 20 redirects were followed already`);
    expect(server.requests).toHaveLength(21);
  });

  it("a 3xx with no Location, a 300 and a 304 are returned as fetch returns them", async () => {
    server.respondWith((_request, response) => response.writeHead(302).end("no location"));
    expect((await patch()).response.status).toBe(302);
    server.respondWith((_request, response) => response.writeHead(300, { Location: "/a" }).end("choices"));
    expect((await patch()).error).toBe("choices");
    expect(server.requests).toHaveLength(2);
  });

  it("through middleware (a real Request): followed with the body; to another origin, refused", async () => {
    const client = createCaliberClient({ baseUrl: server.origin, headers: { "X-Api-Key": key } });
    client.use({ onRequest: ({ request }) => request });
    const call = () => client.PATCH(path, { params: { path: { clientContactId: 42 } }, body });

    // Two in a row: the body is kept for each.
    server.respondWith((request, response) => {
      if (request.url === "/third")
        return void response.writeHead(200, { "Content-Type": "application/json" }).end("1");
      response
        .writeHead(request.url === "/second" ? 307 : 308, {
          Location: request.url === "/second" ? "/third" : "/second",
        })
        .end();
    });
    expect((await call()).data).toBe(1);
    expect(server.requests.map((r) => [r.method, r.url, r.body])).toEqual([
      ["PATCH", "/api/v2/clientcontact/42/phone", JSON.stringify(body)],
      ["PATCH", "/second", JSON.stringify(body)],
      ["PATCH", "/third", JSON.stringify(body)],
    ]);

    // A request with no body is followed with none.
    redirectOnce(307, "/moved");
    const unchecked = createCaliberClient({ baseUrl: server.origin, validate: false });
    unchecked.use({ onRequest: ({ request }) => request });
    await unchecked.request("get" as "patch", path, { params: { path: { clientContactId: 42 } } } as never);
    expect(server.requests.at(-1)).toMatchObject({ method: "GET", url: "/moved", body: "" });

    redirectOnce(303, "/moved");
    await call();
    expect(server.requests.at(-1)).toMatchObject({ method: "GET", url: "/moved", body: "" });
    expect(server.requests.at(-1)!.headers).not.toHaveProperty("content-type");
    expect(server.requests.at(-1)!.headers["x-api-key"]).toBe(key);

    redirectOnce(307, `${other.origin}/steal`);
    expect(await refused(call())).toMatchObject({ status: 307, targetOrigin: other.origin });
    expect(other.requests).toHaveLength(0);
  });

  it("a body turned away by a 303 stays away on a 307 after it (the Request a middleware sees)", async () => {
    server.respondWith((request, response) => {
      if (request.url === "/api/v2/clientcontact/42/phone") response.writeHead(303, { Location: "/seen" }).end();
      else if (request.url === "/seen") response.writeHead(307, { Location: "/again" }).end();
      else response.writeHead(200, { "Content-Type": "application/json" }).end('{"at":"new"}');
    });
    const client = createCaliberClient({ baseUrl: server.origin });
    client.use({ onRequest: ({ request }) => request });
    const { data } = await client.PATCH(path, { params: { path: { clientContactId: 42 } }, body });
    expect(data).toEqual({ at: "new" });
    expect(server.requests.map((r) => [r.method, r.url, r.body])).toEqual([
      ["PATCH", "/api/v2/clientcontact/42/phone", JSON.stringify(body)],
      ["GET", "/seen", ""],
      ["GET", "/again", ""],
    ]);
  });
});

describe("to another origin", () => {
  it.each([301, 302, 303, 307, 308])("a %i is refused: nothing is sent there", async (status) => {
    redirectOnce(status, `${other.origin}/steal`);
    const error = await refused(patch());
    expect(error).toMatchObject({ name: "CaliberRedirectError", operation, status, targetOrigin: other.origin });
    expect(error.message).toBe(
      `${operation} answered ${status}, not followed: it points to another origin (${other.origin})`,
    );
    expect(other.requests).toHaveLength(0);
    expect(server.requests).toHaveLength(1);
  });

  it("another scheme or port of the same host is another origin; so is a Location that is no http URL", async () => {
    const port = new URL(server.origin).port;
    redirectOnce(307, `https://127.0.0.1:${port}/tls`);
    expect(await refused(patch())).toMatchObject({ targetOrigin: `https://127.0.0.1:${port}` });
    redirectOnce(307, "data:text/plain,hi");
    expect(await refused(patch())).toMatchObject({ targetOrigin: "null" });
  });

  it("a Location that is not a URL is refused, naming why", async () => {
    redirectOnce(307, "http://[bad");
    const error = await refused(patch());
    expect(error).toMatchObject({ status: 307, targetOrigin: undefined });
    expect(error.message).toContain("its Location is not a URL");
  });

  it("with throwOnError and with retries alike; a refused redirect is never retried", async () => {
    redirectOnce(307, `${other.origin}/steal`);
    await refused(patch({ throwOnError: true, retry: { retries: 3, baseDelayMs: 0 } }));
    expect(server.requests).toHaveLength(1);
    expect(other.requests).toHaveLength(0);
  });

  it('redirects: "any-origin" lets fetch follow it: headers but Authorization, and the body on a 307, go there', async () => {
    redirectOnce(307, `${other.origin}/elsewhere`);
    // A body with no Content-Length: the size limit counts it, and keeps what fetch reported.
    other.respondWith((_request, response) =>
      response.writeHead(200, { "Content-Type": "application/json", "Transfer-Encoding": "chunked" }).end("1"),
    );
    const { data, response } = await patch({
      redirects: "any-origin",
      headers: { "X-Api-Key": key, Authorization: "t" },
    });
    expect(data).toBe(1);
    expect([response.redirected, response.url]).toEqual([true, `${other.origin}/elsewhere`]);
    expect(other.requests).toHaveLength(1);
    expect(other.requests[0]).toMatchObject({ method: "PATCH", url: "/elsewhere", body: JSON.stringify(body) });
    expect(other.requests[0]!.headers["x-api-key"]).toBe(key);
    expect(other.requests[0]!.headers).not.toHaveProperty("authorization");
  });

  it("a call's own redirect mode is used as it is: manual returns the 3xx, error fails", async () => {
    redirectOnce(307, `${other.origin}/steal`);
    const { response } = await patch({}, { redirect: "manual" });
    expect(response.status).toBe(307);
    expect(response.headers.get("location")).toBe(`${other.origin}/steal`);
    await expect(patch({}, { redirect: "error" })).rejects.toMatchObject({ name: "CaliberNetworkError" });
    expect(other.requests).toHaveLength(0);
  });
});
