// What the client loads on first use besides the XML format (xml-loading.e2e.test.ts): the form writer on the first
// form body, the Date conversion on the first body of an operation with date-time fields, the URL checks on the
// first call with params, the retries on the first
// call of a client made with `retry`, the redirect follower on the first redirect, what names the field of a body
// over a request limit on the first such body, and the counting body of maxResponseBytes on the first answer whose
// length fetch does not know (chunked or compressed). Each failed load is a CaliberNetworkError naming the operation
// and what could not be loaded, and the next call loads again. Against a real loopback server.
import { afterEach, describe, expect, it, vi } from "vitest";
import { freshClientModule } from "../helpers/fresh-client.ts";
import { useRecordingServer } from "../helpers/recording-server.ts";

const server = await useRecordingServer();

const path = "/api/v2/clientcontact/{clientContactId}/phone";
const operation = `PATCH ${path}`;
const call = (headers: Record<string, string> = {}) => ({
  params: { path: { clientContactId: 42 } },
  body: { Number: "555-0100" },
  headers,
});
const form = { "Content-Type": "application/x-www-form-urlencoded" };
const loadFailure = "the chunk could not be fetched";
const mocked = {
  form: "../../src/formats/form-urlencoded.ts",
  retries: "../../src/transport/with-retries.ts",
  follower: "../../src/transport/redirect-follower.ts",
  dates: "../../src/validation/date-values.ts",
  urlValues: "../../src/client/url-values.ts",
  sizeIssue: "../../src/client/size-issue.ts",
  bounded: "../../src/transport/bounded-response.ts",
};

afterEach(() => {
  for (const module of Object.values(mocked)) vi.doUnmock(module);
});

function failToLoad(module: string): void {
  vi.doMock(module, () => {
    throw new Error(loadFailure);
  });
}

async function networkError(promise: Promise<unknown>, what: string) {
  const { isCaliberNetworkError } = await freshClientModule();
  const thrown = await promise.catch((error: unknown) => error);
  if (!isCaliberNetworkError(thrown)) throw new Error(`expected a CaliberNetworkError, got ${String(thrown)}`);
  expect(thrown.operation).toBe(operation);
  expect(thrown.message.startsWith(`${operation} failed: ${what}: `)).toBe(true);
  expect(thrown.message).toContain(loadFailure);
}

describe("parts of the client loaded on first use", () => {
  it("the form writer: a failed load sends nothing, a JSON call never needs it, and the next form call loads it", async () => {
    failToLoad(mocked.form);
    const { createCaliberClient } = await freshClientModule();
    const client = createCaliberClient({ baseUrl: server.origin });
    await networkError(client.PATCH(path, call(form)), "the form format could not be loaded, so nothing was sent");
    expect(server.requests).toHaveLength(0);

    expect((await client.PATCH(path, call())).response.status).toBe(200);
    vi.doUnmock(mocked.form);
    expect((await client.PATCH(path, call(form))).response.status).toBe(200);
    expect(server.requests.map((request) => request.body)).toEqual(['{"Number":"555-0100"}', "Number=555-0100"]);
  });

  it("the Date conversion: a failed load sends nothing, and the next call loads it", async () => {
    failToLoad(mocked.dates);
    const { createCaliberClient } = await freshClientModule();
    const client = createCaliberClient({ baseUrl: server.origin });
    const created = new Date(Date.UTC(2025, 4, 20, 17, 21, 27, 326));
    const dated = { ...call(), body: { Number: "555-0100", DateCreated: created } };
    await networkError(client.PATCH(path, dated), "the Date conversion could not be loaded, so nothing was sent");
    expect(server.requests).toHaveLength(0);

    vi.doUnmock(mocked.dates);
    expect((await client.PATCH(path, dated)).response.status).toBe(200);
    expect(server.requests.map((request) => request.body)).toEqual([
      '{"Number":"555-0100","DateCreated":"2025-05-20T17:21:27.326Z"}',
    ]);
  });

  it("the URL checks: a failed load sends nothing, a call without params never needs them, and the next call loads them", async () => {
    failToLoad(mocked.urlValues);
    const { createCaliberClient } = await freshClientModule();
    const client = createCaliberClient({ baseUrl: server.origin, validate: false });
    await networkError(client.PATCH(path, call()), "the URL checks could not be loaded, so nothing was sent");
    expect(server.requests).toHaveLength(0);

    // No params: nothing in the URL to check (validate: false lets the missing path parameter through).
    await client.PATCH(path, { body: call().body } as never);
    expect(server.requests).toHaveLength(1);
    vi.doUnmock(mocked.urlValues);
    expect((await client.PATCH(path, call())).response.status).toBe(200);
    expect(server.requests.map((request) => new URL(request.url, server.origin).pathname)).toEqual([
      "/api/v2/clientcontact/%7BclientContactId%7D/phone",
      "/api/v2/clientcontact/42/phone",
    ]);
  });

  it("the retries: a failed load sends nothing, and the next call loads them and retries", async () => {
    failToLoad(mocked.retries);
    const { createCaliberClient } = await freshClientModule();
    const client = createCaliberClient({ baseUrl: server.origin, retry: { baseDelayMs: 1, maxDelayMs: 5 } });
    await networkError(client.PATCH(path, call()), "the retry code could not be loaded, so nothing was sent");
    expect(server.requests).toHaveLength(0);

    vi.doUnmock(mocked.retries);
    let count = 0;
    server.respondWith((_request, response) => {
      count += 1;
      response.writeHead(count === 1 ? 503 : 204).end();
    });
    expect((await client.PATCH(path, call())).response.status).toBe(204);
    expect(server.requests).toHaveLength(2);
  });

  it("a client without retry never loads them", async () => {
    failToLoad(mocked.retries);
    const { createCaliberClient } = await freshClientModule();
    const client = createCaliberClient({ baseUrl: server.origin });
    expect((await client.PATCH(path, call())).response.status).toBe(200);
  });

  it("the redirect follower: loaded on the first redirect; a failed load follows nothing, and the next redirect loads it", async () => {
    failToLoad(mocked.follower);
    server.respondWith((request, response) => {
      if (request.url === "/api/v2/clientcontact/42/phone") response.writeHead(307, { Location: "/moved" }).end();
      else response.writeHead(200, { "Content-Type": "application/json" }).end('{"at":"moved"}');
    });
    const { createCaliberClient } = await freshClientModule();
    const client = createCaliberClient({ baseUrl: server.origin });
    await networkError(
      client.PATCH(path, call()),
      "the code that follows a redirect could not be loaded, so the redirect was not followed",
    );
    expect(server.requests.map((request) => request.url)).toEqual(["/api/v2/clientcontact/42/phone"]);

    vi.doUnmock(mocked.follower);
    const { data } = await client.PATCH(path, call());
    expect(data).toEqual({ at: "moved" });
    expect(server.requests.map((request) => request.url)).toEqual([
      "/api/v2/clientcontact/42/phone",
      "/api/v2/clientcontact/42/phone",
      "/moved",
    ]);
    expect(server.requests[2]!.body).toBe('{"Number":"555-0100"}');
  });

  it("a call that gets no redirect never loads the follower", async () => {
    failToLoad(mocked.follower);
    const { createCaliberClient } = await freshClientModule();
    const client = createCaliberClient({ baseUrl: server.origin });
    expect((await client.PATCH(path, call())).response.status).toBe(200);
  });

  it("what names the field of a body over a limit: a failed load sends nothing, and the next refusal loads it", async () => {
    failToLoad(mocked.sizeIssue);
    const { createCaliberClient } = await freshClientModule();
    const client = createCaliberClient({ baseUrl: server.origin, maxRequestBytes: 10 });
    const long = { ...call(), body: { Number: "5".repeat(20) } };
    await networkError(
      client.PATCH(path, long),
      "the body is over a request limit, and the code that names its field could not be loaded",
    );
    vi.doUnmock(mocked.sizeIssue);
    await expect(client.PATCH(path, long)).rejects.toMatchObject({
      name: "CaliberValidationError",
      issues: [{ path: "body.Number", message: "is longer than maxRequestBytes (10 bytes): 20 characters" }],
    });
    expect(server.requests).toHaveLength(0);
  });

  it("the counting body of maxResponseBytes: loaded for a chunked answer; a failed load reads nothing of it", async () => {
    failToLoad(mocked.bounded);
    // No Content-Length: node:http sends the answer chunked, so fetch does not know its length.
    server.respondWith((_request, response) => {
      response.writeHead(200, { "Content-Type": "application/json" });
      response.end('{"PhoneID":7}');
    });
    const { createCaliberClient } = await freshClientModule();
    const client = createCaliberClient({ baseUrl: server.origin });
    await networkError(
      client.PATCH(path, call()),
      "the code that holds the answer to maxResponseBytes could not be loaded, so it was not read",
    );
    vi.doUnmock(mocked.bounded);
    expect((await client.PATCH(path, call())).data).toEqual({ PhoneID: 7 });
    expect(server.requests).toHaveLength(2);
  });
});
