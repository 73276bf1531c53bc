// The control API (`controlApi: true`, always on in the bin): tests in another process script the mock over HTTP
// with the same answers as answerNext, and every bad request is refused with a problem naming what is wrong.
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { startMockServer } from "../../src/mock/index.ts";

const mock = await startMockServer({ controlApi: true, basePath: "/CAPI2_Vision" });
const plain = await startMockServer();
afterAll(() => Promise.all([mock.close(), plain.close()]));
beforeEach(() => mock.reset());

const origin = new URL(mock.url).origin;
// The control API takes only JSON bodies (a page of another site can post text/plain without a preflight).
const json = { "content-type": "application/json" };
const control = (path: string, init: RequestInit = {}) =>
  fetch(`${origin}/__mock${path}`, { ...init, headers: { ...json, ...init.headers } });
const queue = (answer: unknown) => control("/answers", { method: "POST", body: JSON.stringify(answer) });
const patch = (id = 1, body = "{}") =>
  fetch(`${mock.url}/api/v2/clientcontact/${id}/phone`, {
    method: "PATCH",
    headers: { "content-type": "application/json" },
    body,
  });
const problemOf = async (response: Response) => ({ status: response.status, ...(await response.json()) });

describe("control API", () => {
  it("POST /__mock/answers queues an answer, with times and operation beside its fields", async () => {
    const queued = await queue({
      status: 503,
      headers: { "Retry-After": "0" },
      times: 2,
      operation: "patchClientContactPhone",
    });
    expect(queued.status).toBe(204);
    const first = await patch();
    expect([first.status, first.headers.get("retry-after")]).toEqual([503, "0"]);
    expect((await patch()).status).toBe(503);
    expect((await patch()).status).toBe(200);
  });

  it("GET /__mock/requests lists the API requests as recorded; control requests are not among them", async () => {
    await queue({ body: { Number: "1" } });
    await patch(5, '{"Number":"555"}');
    const listed = await control("/requests");
    expect(listed.headers.get("content-type")).toMatch(/^application\/json/);
    expect(await listed.json()).toEqual([
      {
        method: "PATCH",
        url: "/CAPI2_Vision/api/v2/clientcontact/5/phone",
        operationId: "patchClientContactPhone",
        pathParams: { clientContactId: 5 },
        contentType: "application/json",
        rawBody: '{"Number":"555"}',
        body: { Number: "555" },
        status: 200,
        scripted: true,
      },
    ]);
  });

  it("POST /__mock/reset forgets queued answers, stored state and requests", async () => {
    await patch(9, '{"Number":"555"}');
    await queue({ status: 500 });
    expect((await control("/reset", { method: "POST" })).status).toBe(204);
    expect(mock.requests).toEqual([]);
    const after = await patch(9, '{"IsPrimary":true}');
    expect([after.status, await after.json()]).toEqual([200, { IsPrimary: true }]);
  });

  it.each([
    ["not JSON", "{status:503}", /^The body must be an answer as JSON, such as \{"status":503.*\}: /],
    ["an empty body", "", /^The body must be an answer as JSON/],
    ["an unknown field", '{"statusCode":503}', /^an answer has no field "statusCode"; the fields are status, /],
    ["a bad status", '{"status":"503"}', /^answer\.status must be an integer from 200 to 599, got "503"\.$/],
    ["an unknown operation", '{"status":503,"operation":"getPhone"}', /^operation "getPhone" is not in the spec; /],
    ["a bad times", '{"status":503,"times":0}', /^times must be a whole number from 1, got 0\.$/],
    ["an array", '[{"status":503}]', /^the answer must be an object such as \{ status: 503 \}, got an array\.$/],
    ["null", "null", /^the answer must be an object .*got null\.$/],
  ])("refuses %s with a 400 problem naming what is wrong, and queues nothing", async (_case, body, detail) => {
    const refused = await control("/answers", { method: "POST", body });
    expect(refused.headers.get("content-type")).toBe("application/problem+json");
    expect(await problemOf(refused)).toMatchObject({
      status: 400,
      title: "Bad Request",
      detail: expect.stringMatching(detail),
    });
    expect((await patch()).status).toBe(200);
  });

  it("answers 404 for an unknown control path, listing the routes, and 405 for a wrong method", async () => {
    const unknown = await problemOf(await control("/answer", { method: "POST", body: "{}" }));
    expect(unknown).toMatchObject({ status: 404 });
    expect(unknown.detail).toContain("POST /__mock/answers");
    const wrongMethod = await control("/requests", { method: "DELETE" });
    expect(wrongMethod.headers.get("allow")).toBe("GET");
    expect(await problemOf(wrongMethod)).toMatchObject({
      status: 405,
      detail: "DELETE is not allowed on /__mock/requests; use GET.",
    });
  });

  it("refuses a control body over maxBodyBytes with a 413, and records nothing", async () => {
    const small = await startMockServer({ controlApi: true, maxBodyBytes: 64 });
    try {
      const tooLarge = await fetch(`${small.url}/__mock/answers`, {
        method: "POST",
        headers: json,
        body: JSON.stringify({ status: 500, body: "x".repeat(100) }),
      });
      expect(await problemOf(tooLarge)).toMatchObject({ status: 413, title: "Payload Too Large" });
      expect(small.requests).toEqual([]);
    } finally {
      await small.close();
    }
  });

  it("is not there unless asked for: startMockServer() answers /__mock/answers as a path the spec lacks", async () => {
    const response = await fetch(`${plain.url}/__mock/answers`, { method: "POST", body: '{"status":503}' });
    expect(await problemOf(response)).toMatchObject({
      status: 404,
      detail: "No operation of the spec has the path /__mock/answers.",
    });
    expect(plain.requests).toHaveLength(1);
  });
});
