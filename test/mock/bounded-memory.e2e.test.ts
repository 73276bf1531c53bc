// The mock's memory of requests is bounded: the last maxRecordedRequests requests, each with at most
// maxRecordedBodyBytes of its body, and no decoded body too deep to list; what it leaves out is counted and said.
// Sizes are asserted on what the records hold; memory.e2e.test.ts sends the 600 MB and measures the heap.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { startMockServer, type MockServer } from "../../src/mock/index.ts";
import { createMockCore } from "../../src/mock/mock-core.ts";
import { createMswHandlers } from "../../src/msw/index.ts";
import { rawRequest } from "./raw-request.ts";

const phone = "/api/v2/clientcontact/7/phone";
const jsonPatch = (body: string, url = phone) => ({
  method: "PATCH",
  url,
  headers: { "content-type": "application/json" },
  body,
});

describe("the request log (the core that both mocks share)", () => {
  it("keeps the last 1,000 requests by default, forgetting the oldest first, and counts those it forgot", () => {
    const core = createMockCore();
    for (let id = 1; id <= 1005; id += 1) core.handle(jsonPatch(`{"Number":"${id}"}`));
    expect(core.requests).toHaveLength(1000);
    expect(core.requests[0]!.body).toEqual({ Number: "6" });
    expect(core.requests.at(-1)!.body).toEqual({ Number: "1005" });
    expect(core.dropped).toEqual({ requests: 5, bodies: 0 });
  });

  it("keeps as many as maxRecordedRequests says, in the same array; reset() empties it and zeroes the counts", () => {
    const core = createMockCore({ maxRecordedRequests: 2 });
    const { requests } = core;
    for (const id of [1, 2, 3]) core.handle(jsonPatch(`{"Number":"${id}"}`));
    expect(requests.map((record) => record.body)).toEqual([{ Number: "2" }, { Number: "3" }]);
    expect(core.dropped.requests).toBe(1);
    core.reset();
    expect([requests.length, core.dropped]).toEqual([0, { requests: 0, bodies: 0 }]);
    expect(core.requests).toBe(requests);
    expect(createMockCore({ maxRecordedRequests: 0 }).handle(jsonPatch("{}")).reply).toMatchObject({ status: 200 });
  });

  it("cuts a body over maxRecordedBodyBytes to its first bytes (never inside a character), and says so", () => {
    const core = createMockCore({ maxRecordedBodyBytes: 16 });
    const body = '{"Number":"€€€€"}'; // 25 bytes in UTF-8: € is 3
    const { reply, record } = core.handle(jsonPatch(body));
    expect(reply).toMatchObject({ status: 200 }); // decided on the whole body
    expect(record.rawBody).toBe('{"Number":"€'); // 14 bytes: one more € would be 17
    expect(record).not.toHaveProperty("body");
    expect(record.bodyNotKept).toBe(
      "the body is 25 bytes, over maxRecordedBodyBytes (16): rawBody holds its first 16 bytes at most",
    );
    expect(core.dropped).toEqual({ requests: 0, bodies: 1 });
    // At the limit exactly (16 bytes), all of it is kept.
    expect(core.handle(jsonPatch('{"Number":"€"}')).record).toStrictEqual({
      method: "PATCH",
      url: phone,
      operationId: "patchClientContactPhone",
      pathParams: { clientContactId: 7 },
      contentType: "application/json",
      rawBody: '{"Number":"€"}',
      body: { Number: "€" },
      status: 200,
    });
    expect(core.dropped.bodies).toBe(1);
  });

  it("keeps a body as deep as the spec's, and not a decoded body nested deeper than 64 levels", () => {
    const core = createMockCore();
    const deep = (levels: number) => "[".repeat(levels) + "]".repeat(levels);
    expect(core.handle(jsonPatch(`{"Number":${deep(63)}}`)).record.body).toEqual({ Number: JSON.parse(deep(63)) });
    const { record } = core.handle(jsonPatch(`{"Number":${deep(64)}}`));
    expect(record).not.toHaveProperty("body");
    expect(record.rawBody).toBe(`{"Number":${deep(64)}}`);
    expect(record.bodyNotKept).toBe("the decoded body is nested deeper than 64 levels: only rawBody is kept");
    expect(core.dropped.bodies).toBe(1);
  });

  it("takes the same limits in the MSW handlers, checked the same way", () => {
    const msw = createMswHandlers({ baseUrl: "http://caliber.test", maxRecordedRequests: 5, maxRecordedBodyBytes: 0 });
    expect(msw.dropped).toEqual({ requests: 0, bodies: 0 });
    expect(() => createMswHandlers({ baseUrl: "http://caliber.test", maxRecordedRequests: -1 })).toThrow(
      new TypeError("createMswHandlers: maxRecordedRequests must be a whole number from 0, got -1"),
    );
  });

  it.each([
    [{ maxRecordedRequests: 1.5 }, "startMockServer: maxRecordedRequests must be a whole number from 0, got 1.5"],
    [{ maxRecordedBodyBytes: "64k" }, "startMockServer: maxRecordedBodyBytes must be a whole number from 0, got 64k"],
  ])("startMockServer refuses %j with a TypeError naming it", async (options, message) => {
    await expect(startMockServer(options as never)).rejects.toThrow(new TypeError(message));
  });
});

describe("the node:http mock under hostile bodies", () => {
  let mock: MockServer;
  let origin: string;
  beforeAll(async () => {
    mock = await startMockServer({ controlApi: true });
    origin = new URL(mock.url).origin;
  });
  afterAll(() => mock.close());
  beforeEach(() => mock.reset());

  it.each([4_100, 30_000])(
    "still lists the requests after a JSON body nested %i deep (under 64 KiB, so kept raw)",
    async (levels) => {
      const answer = await rawRequest(`${mock.url}${phone}`, {
        method: "PATCH",
        headers: { "content-type": "application/json" },
        body: "[".repeat(levels) + "]".repeat(levels),
      });
      expect(answer.status).toBe(400);
      const listed = await fetch(`${origin}/__mock/requests`);
      expect(listed.status).toBe(200);
      const [record] = await listed.json();
      expect(record).toMatchObject({ status: 400, bodyNotKept: expect.stringMatching(/deeper than 64 levels/) });
      expect(record.rawBody).toHaveLength(2 * levels);
    },
  );
});
