// Scripted answers as a test writes them: every bad shape is refused at answerNext, naming the field; the queue
// serves answers in order to the requests they match.
import { describe, expect, it } from "vitest";
import { AnswerQueue, checkAnswer, checkAnswerOptions } from "../../src/mock/answers.ts";
import { createMockCore } from "../../src/mock/mock-core.ts";
import type { OperationInfo } from "../../src/operation-info.ts";

describe("checkAnswer", () => {
  it("serializes an object body as JSON and a string as text, each with a Content-Type unless one is given", () => {
    expect(checkAnswer({ status: 503, body: { Message: "busy" } })).toEqual({
      status: 503,
      headers: { "content-type": "application/json; charset=utf-8" },
      body: '{"Message":"busy"}',
      delayMs: 0,
      drop: false,
      validate: true,
    });
    expect(checkAnswer({ status: 500, headers: { "Content-Type": "text/html" }, body: "<h1>x</h1>" })).toMatchObject({
      headers: { "content-type": "text/html" },
      body: "<h1>x</h1>",
    });
    expect(checkAnswer({ body: "plain" })).toMatchObject({
      status: 200,
      headers: { "content-type": "text/plain; charset=utf-8" },
    });
  });

  it("keeps the mock's own answer when neither status nor body is given; numbers in headers become text", () => {
    expect(checkAnswer({ delayMs: 250, headers: { "Retry-After": 0 } })).toEqual({
      status: undefined,
      headers: { "retry-after": "0" },
      body: "",
      delayMs: 250,
      drop: false,
      validate: true,
    });
    expect(checkAnswer({})).toMatchObject({ status: undefined, delayMs: 0 });
    expect(checkAnswer({ drop: true, validate: false })).toMatchObject({ drop: true, validate: false });
  });

  it.each([
    ["null", null, /the answer must be an object such as \{ status: 503 \}, got null/],
    ["[{ status: 503 }]", [{ status: 503 }], /the answer must be an object .*got an array/],
    ['"503"', "503", /the answer must be an object .*got "503"/],
    [
      "{ statusCode: 503 }",
      { statusCode: 503 },
      /an answer has no field "statusCode"; the fields are status, headers, body, delayMs, drop, validate/,
    ],
    ["{ status: 42 }", { status: 42 }, /answer\.status must be an integer from 200 to 599, got 42/],
    ["{ status: 600 }", { status: 600 }, /answer\.status must be an integer from 200 to 599, got 600/],
    ["{ status: 503.5 }", { status: 503.5 }, /answer\.status must be an integer/],
    ['{ status: "503" }', { status: "503" }, /answer\.status must be an integer from 200 to 599, got "503"/],
    ['{ headers: ["x"] }', { headers: ["x"] }, /answer\.headers must be an object/],
    [
      '{ headers: { "Retry After": "0" } }',
      { headers: { "Retry After": "0" } },
      /answer\.headers: "Retry After" is not a valid header name/,
    ],
    [
      '{ headers: { "X-Id": "a\\r\\nb" } }',
      { headers: { "X-Id": "a\r\nb" } },
      /^answer\.headers\.X-Id holds U\+000D, which a header value cannot carry$/,
    ],
    // node:http refuses every control character but tab, and anything beyond U+00FF; fetch's Headers the latter.
    [
      '{ headers: { "X-Id": "a\\u0001b" } }',
      { headers: { "X-Id": "a\u0001b" } },
      /^answer\.headers\.X-Id holds U\+0001, which a header value cannot carry$/,
    ],
    [
      '{ headers: { "X-Name": "café €" } }',
      { headers: { "X-Name": "café €" } },
      /^answer\.headers\.X-Name holds U\+20AC, which/,
    ],
    [
      '{ headers: { "X-Face": "😀" } }',
      { headers: { "X-Face": "😀" } },
      /answer\.headers\.X-Face holds U\+1F600, which/,
    ],
    [
      '{ headers: { "X-Del": "\\x7f" } }',
      { headers: { "X-Del": "\x7f" } },
      /answer\.headers\.X-Del holds U\+007F, which/,
    ],
    [
      '{ headers: { "X-Id": true } }',
      { headers: { "X-Id": true } },
      /answer\.headers\.X-Id must be a string or a number, got true/,
    ],
    [
      '{ headers: { "Retry-After": NaN } }',
      { headers: { "Retry-After": Number.NaN } },
      /answer\.headers\.Retry-After must be a string or a number, got NaN/,
    ],
    [
      '{ headers: { "Transfer-Encoding": "chunked" } }',
      { headers: { "Transfer-Encoding": "chunked" } },
      /answer\.headers\.Transfer-Encoding is set by the mock from the body/,
    ],
    [
      '{ headers: { "Content-Length": "5" } }',
      { headers: { "Content-Length": "5" } },
      /answer\.headers\.Content-Length is set by the mock from the body/,
    ],
    ["{ body: () => 1 }", { body: () => 1 }, /answer\.body must be a string or a JSON value, got a function/],
    ["{ body: { big: 1n } }", { body: { big: 1n } }, /answer\.body cannot be sent as JSON: .*BigInt/],
    ['{ status: 204, body: "x" }', { status: 204, body: "x" }, /answer\.body: a 204 answer has no body/],
    [
      "{ delayMs: -1 }",
      { delayMs: -1 },
      /answer\.delayMs must be a number of milliseconds from 0 to 2147483647, got -1/,
    ],
    ['{ delayMs: "100" }', { delayMs: "100" }, /answer\.delayMs must be a number .*got "100"/],
    ["{ delayMs: 2 ** 31 }", { delayMs: 2 ** 31 }, /answer\.delayMs must be a number .*got 2147483648/],
    ['{ drop: "yes" }', { drop: "yes" }, /answer\.drop must be true or false, got "yes"/],
    ["{ validate: 0 }", { validate: 0 }, /answer\.validate must be true or false, got 0/],
    ["{ drop: true, status: 503 }", { drop: true, status: 503 }, /answer\.drop cannot go with status, headers or body/],
    [
      '{ drop: true, headers: { "X-A": "1" } }',
      { drop: true, headers: { "X-A": "1" } },
      /answer\.drop cannot go with status, headers or body/,
    ],
    [
      "{ validate: false, delayMs: 10 }",
      { validate: false, delayMs: 10 },
      /answer\.validate: false needs a status, a body or drop/,
    ],
  ])("refuses %s, naming the field", (_label, answer, message) => {
    expect(() => checkAnswer(answer)).toThrow(message);
  });

  it("takes the limits: statuses 200 and 599, the longest delay, a 204 with no body", () => {
    expect(checkAnswer({ status: 200 })).toMatchObject({ status: 200 });
    expect(checkAnswer({ status: 599 })).toMatchObject({ status: 599 });
    expect(checkAnswer({ delayMs: 2 ** 31 - 1 })).toMatchObject({ delayMs: 2 ** 31 - 1 });
    expect(checkAnswer({ status: 204 })).toMatchObject({ status: 204, body: "" }); // What node:http sends: tab, printable ASCII and Latin-1.
    expect(checkAnswer({ headers: { "X-Name": "caf\u00e9\t\u00ff ~" } })).toMatchObject({
      headers: { "x-name": "caf\u00e9\t\u00ff ~" },
    });
  });
});

describe("checkAnswerOptions", () => {
  // Operations of its own, so that no operation added to spec/openapi.yaml can change what is found or refused.
  const operation = (method: string, path: string, operationId?: string): OperationInfo => ({
    method,
    path,
    ...(operationId ? { operationId } : {}),
    parameters: [],
    types: {},
    requestMediaTypes: [],
  });
  const getWidget = operation("get", "/api/widget/{id}", "getWidget");
  const patchWidget = operation("patch", "/api/widget/{id}");
  const operations = [getWidget, patchWidget];

  it("finds an operation by operationId or by method and path template (the method in any case)", () => {
    expect(checkAnswerOptions({ operation: "getWidget" }, operations)).toEqual({ times: 1, operation: getWidget });
    const byPath = checkAnswerOptions({ operation: "patch /api/widget/{id}", times: 3 }, operations);
    expect(byPath).toEqual({ times: 3, operation: patchWidget });
    const spaced = checkAnswerOptions({ operation: " GET  /api/widget/{id} " }, operations);
    expect(spaced).toEqual({ times: 1, operation: getWidget });
    expect(checkAnswerOptions(undefined, operations)).toEqual({ times: 1, operation: undefined });
  });

  it.each([
    [{ times: 0 }, /times must be a whole number from 1, got 0/],
    [{ times: 1.5 }, /times must be a whole number from 1, got 1\.5/],
    [{ times: Infinity }, /times must be a whole number from 1, got Infinity/],
    [{ operation: 7 }, /operation must be a string, got 7/],
    [
      { operation: "getGadget" },
      /^operation "getGadget" is not in the spec; its operations are getWidget \(GET \/api\/widget\/\{id\}\), PATCH \/api\/widget\/\{id\}$/,
    ],
    [{ operation: "DELETE /api/widget/{id}" }, /operation "DELETE \/api.*" is not in the spec/],
    [{ operation: "GET /api/widget/42" }, /is not in the spec/],
    [{ operation: "GET /api/widget/{id} now" }, /is not in the spec/],
    [{ time: 2 }, /the options have no field "time"; the fields are times, operation/],
    ["twice", /the options must be an object such as \{ times: 2 \}, got "twice"/],
  ])("refuses %j, naming the option", (options, message) => {
    expect(() => checkAnswerOptions(options, operations)).toThrow(message);
  });
});

describe("AnswerQueue", () => {
  const opA = { path: "/a", method: "get" } as OperationInfo;
  const opB = { path: "/b", method: "get" } as OperationInfo;
  const answer = (status: number) => checkAnswer({ status });
  const statusOf = (taken: ReturnType<AnswerQueue["take"]>) => taken?.status;

  it("serves answers in the order queued, each `times` times, then nothing", () => {
    const queue = new AnswerQueue();
    queue.add(answer(503), { times: 2, operation: undefined });
    queue.add(answer(429), { times: 1, operation: undefined });
    const served = [1, 2, 3, 4].map(() => statusOf(queue.take(opA, true)));
    expect(served).toEqual([503, 503, 429, undefined]);
  });

  it("serves an answer that names an operation only to that operation; others get the next one that matches", () => {
    const queue = new AnswerQueue();
    queue.add(answer(503), { times: 1, operation: opA });
    queue.add(answer(500), { times: 1, operation: undefined });
    expect(statusOf(queue.take(opB, true))).toBe(500);
    expect(statusOf(queue.take(opB, true))).toBe(undefined);
    expect(statusOf(queue.take(opA, true))).toBe(503);
  });

  it("leaves the answer queued for a request that breaks the spec, unless the answer does not validate", () => {
    const queue = new AnswerQueue();
    queue.add(answer(503), { times: 1, operation: undefined });
    expect(queue.take(opA, false)).toBeUndefined();
    expect(statusOf(queue.take(opA, true))).toBe(503);
    queue.add(checkAnswer({ status: 502, validate: false }), { times: 1, operation: undefined });
    expect(statusOf(queue.take(opA, false))).toBe(502);
  });

  it("forgets everything on clear()", () => {
    const queue = new AnswerQueue();
    queue.add(answer(503), { times: 5, operation: undefined });
    queue.clear();
    expect(queue.take(opA, true)).toBeUndefined();
  });
});

describe("answerNext", () => {
  it("throws a TypeError whose message starts with answerNext and names the field", () => {
    const core = createMockCore();
    expect(() => core.answerNext({ status: 42 })).toThrow(TypeError);
    expect(() => core.answerNext({ status: 42 })).toThrow(expect.objectContaining({ name: "MockAnswerError" }));
    expect(() => core.answerNext({ status: 42 })).toThrow(
      /^answerNext: answer\.status must be an integer from 200 to 599, got 42$/,
    );
    expect(() => core.answerNext({ status: 503 }, { operation: "nope" as never })).toThrow(
      /^answerNext: operation "nope"/,
    );
  });

  it("queues nothing when the answer or its options are bad", () => {
    const core = createMockCore();
    expect(() => core.answerNext({ status: 503 }, { times: 0 })).toThrow(/times/);
    const headers = { "content-type": "application/json" };
    const { reply } = core.handle({ method: "PATCH", url: "/api/v2/clientcontact/1/phone", headers, body: "{}" });
    expect(reply).toMatchObject({ status: 200 });
  });
});
