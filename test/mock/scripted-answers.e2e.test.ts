// Scripted answers from the client's side, against the real mock: the node:http server and the MSW handlers run
// the same tests. Each answer kind reaches the client as the named result or error a real fault would give.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import {
  createCaliberClient,
  isCaliberHttpError,
  isCaliberNetworkError,
  isCaliberTimeoutError,
  type CaliberClientOptions,
  type Phone,
} from "../../src/index.ts";
import { mockTargets, type MockTarget } from "../helpers/mock-targets.ts";

const path = "/api/v2/clientcontact/{clientContactId}/phone";
const html = "<!DOCTYPE html><html><body><h1>Server Error in '/CAPI2_Vision' Application.</h1></body></html>";
const settled = (promise: Promise<unknown>) =>
  promise.then(
    (value) => value,
    (error: unknown) => error,
  );

describe.each(mockTargets)("%s: scripted answers", (_name, start) => {
  let mock: MockTarget;
  beforeAll(async () => {
    mock = await start();
  });
  afterAll(() => mock.close());
  beforeEach(() => mock.reset());

  const patch = (options: Partial<CaliberClientOptions> = {}, body: Phone = { Number: "555-0100" }, id = 42) =>
    createCaliberClient({ baseUrl: mock.url, ...options }).PATCH(path, {
      params: { path: { clientContactId: id } },
      body,
    });

  it("a retrying client gets past two 503s with Retry-After: 0", async () => {
    mock.answerNext({ status: 503, headers: { "Retry-After": "0" } }, { times: 2 });
    const { data, response } = await patch({ retry: { retries: 2, maxDelayMs: 1000 } });
    expect(response.status).toBe(200);
    expect(data).toEqual({ Number: "555-0100" });
    expect(mock.requests.map((r) => [r.status, r.scripted ?? false])).toEqual([
      [503, true],
      [503, true],
      [200, false],
    ]);
    // A scripted answer is still decoded and recorded.
    expect(mock.requests[0]).toMatchObject({ operationId: "patchClientContactPhone", body: { Number: "555-0100" } });
  });

  it("timeoutMs fires on a delayMs answer, and the mock answers the next request as usual", async () => {
    mock.answerNext({ delayMs: 60_000 });
    const error = await settled(patch({ timeoutMs: 100 }));
    expect(isCaliberTimeoutError(error), String(error)).toBe(true);
    const { response } = await patch();
    expect(response.status).toBe(200);
  });

  it("drop becomes CaliberNetworkError", async () => {
    mock.answerNext({ drop: true });
    const error = await settled(patch());
    expect(isCaliberNetworkError(error), String(error)).toBe(true);
    expect(mock.requests[0]).toMatchObject({ status: 0, scripted: true, body: { Number: "555-0100" } });
  });

  it("an HTML 500 is returned as text, and thrown as CaliberHttpError with the text body (throwOnError)", async () => {
    mock.answerNext({ status: 500, headers: { "Content-Type": "text/html" }, body: html }, { times: 2 });
    const { error, response } = await patch();
    expect(response.status).toBe(500);
    expect(error).toBe(html);
    const thrown = await settled(patch({ throwOnError: true }));
    if (!isCaliberHttpError(thrown)) throw new Error(`expected a CaliberHttpError, got ${String(thrown)}`);
    expect(thrown).toMatchObject({ status: 500, body: html });
  });

  it("a 429 with Retry-After reaches a client that does not retry, header included", async () => {
    mock.answerNext({ status: 429, headers: { "Retry-After": 120 }, body: { Message: "slow down" } });
    const { error, response } = await patch();
    expect(response.status).toBe(429);
    expect(response.headers.get("retry-after")).toBe("120");
    expect(error).toEqual({ Message: "slow down" });
  });

  it("an object body is sent as JSON: a scripted 200 is the client's data", async () => {
    mock.answerNext({ body: { PhoneID: 7, Number: "555-0199" } });
    const { data, response } = await patch();
    expect(response.headers.get("content-type")).toBe("application/json; charset=utf-8");
    expect(data).toEqual({ PhoneID: 7, Number: "555-0199" });
  });

  it("headers and delayMs alone keep the mock's own answer, with those headers", async () => {
    mock.answerNext({ delayMs: 20, headers: { "X-Request-Id": "req-1" } });
    const { data, response } = await patch();
    expect(response.status).toBe(200);
    expect(response.headers.get("x-request-id")).toBe("req-1");
    expect(data).toEqual({ Number: "555-0100" });
  });

  it("serves queued answers in order, then the mock's own answers", async () => {
    mock.answerNext({ status: 503 });
    mock.answerNext({ status: 502 }, { times: 2 });
    mock.answerNext({ status: 504 });
    const statuses = [];
    for (let i = 0; i < 5; i++) statuses.push((await patch()).response.status);
    expect(statuses).toEqual([503, 502, 502, 504, 200]);
  });

  it("names the operation by operationId or by method and path", async () => {
    mock.answerNext({ status: 503 }, { operation: "patchClientContactPhone" });
    mock.answerNext({ status: 502 }, { operation: "PATCH /api/v2/clientcontact/{clientContactId}/phone" });
    expect((await patch()).response.status).toBe(503);
    expect((await patch()).response.status).toBe(502);
  });

  it("a request that breaks the spec gets its 400, and the answer waits for the next valid one", async () => {
    mock.answerNext({ status: 503 });
    const unchecked = { validate: false };
    const bad = await patch(unchecked, { PhoneID: "x" } as unknown as Phone);
    expect(bad.response.status).toBe(400);
    expect(bad.error).toMatchObject({ status: 400, issues: [{ path: "body.PhoneID", message: "must be an integer" }] });
    expect((await patch()).response.status).toBe(503);
  });

  it("validate: false serves the answer even to a request that breaks the spec", async () => {
    mock.answerNext({ status: 502, validate: false });
    const { response } = await patch({ validate: false }, { PhoneID: "x" } as unknown as Phone);
    expect(response.status).toBe(502);
    expect(mock.requests[0]).toMatchObject({ status: 502, scripted: true, body: { PhoneID: "x" } });
  });

  it("a request to a path the spec lacks gets its 404 and leaves the answer queued", async () => {
    mock.answerNext({ status: 503 });
    const missing = await fetch(`${mock.url}/api/v2/clientcontact/1/email`, { method: "PATCH" });
    expect(missing.status).toBe(404);
    expect((await patch()).response.status).toBe(503);
  });

  it("reset() forgets queued answers, stored state and requests (the same array, emptied)", async () => {
    const requests = mock.requests;
    await patch({}, { Number: "555-0100", IsPrimary: true }, 7);
    mock.answerNext({ status: 503 });
    mock.reset();
    expect(requests).toHaveLength(0);
    const { data, response } = await patch({}, { IsPrimary: false }, 7);
    expect(response.status).toBe(200);
    // Nothing stored before the reset is merged in.
    expect(data).toEqual({ IsPrimary: false });
    expect(mock.requests).toBe(requests);
    expect(requests).toHaveLength(1);
  });

  it("refuses a bad answer at answerNext, naming the field, and queues nothing", async () => {
    expect(() => mock.answerNext({ status: 503, drop: true })).toThrow(
      /^answerNext: answer\.drop cannot go with status, headers or body/,
    );
    // FETCH is no HTTP method an OpenAPI operation can have, so this stays refused whatever the spec gains.
    expect(() => mock.answerNext({ status: 503 }, { operation: "FETCH /api/v2/clientcontact" as never })).toThrow(
      /^answerNext: operation "FETCH \/api\/v2\/clientcontact" is not in the spec; its operations are .*patchClientContactPhone \(PATCH /,
    );
    expect((await patch()).response.status).toBe(200);
  });
});
