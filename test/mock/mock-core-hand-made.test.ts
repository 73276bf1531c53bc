// The mock core on hand-made operations, with validators that check nothing (or none at all), so the mock's own
// body reading and answers show apart from the client's validation.
import { describe, expect, it } from "vitest";
import { createMockCore } from "../../src/mock/mock-core.ts";
import type { OperationValidators } from "../../src/validation/validator-types.ts";
import type { OperationInfo } from "../../src/operation-info.ts";

const operations: OperationInfo[] = [
  {
    path: "/notes",
    method: "put",
    parameters: [],
    requestMediaTypes: ["application/json", "application/x-www-form-urlencoded"],
    requestBody: { kind: "object", type: "Note" },
    types: { Note: { name: "Note", members: [["Text", { kind: "string" }]] } },
  },
  {
    path: "/cards",
    method: "get",
    parameters: [],
    requestMediaTypes: [],
    responses: [
      {
        status: "200",
        mediaTypes: ["application/json"],
        model: { kind: "object", type: "Card" },
        example: { Size: 1 },
      },
    ],
    types: { Card: { name: "Card", members: [["Size", { kind: "integer" }]] } },
  },
  {
    path: "/unchecked",
    method: "put",
    parameters: [],
    requestMediaTypes: ["application/x-www-form-urlencoded"],
    types: {},
  },
];
const checksNothing = Object.assign(() => true, { errors: null }) as unknown as OperationValidators["params"];
const none: OperationValidators = { params: checksNothing, bodyRequired: false };
const core = createMockCore({ operations, validators: { "/notes": { put: none }, "/cards": { get: none } } });
const handle = (method: string, url: string, body = "", contentType?: string) =>
  core.handle({ method, url, headers: contentType === undefined ? {} : { "content-type": contentType }, body });
const send = (...args: Parameters<typeof handle>) => handle(...args).reply;

describe("mock core with validators that check nothing", () => {
  it("reads and stores a JSON body", () => {
    const { reply, record } = handle("PUT", "/notes", '{"Text":"a"}', "application/json");
    expect(reply).toMatchObject({ status: 200, body: '{"Text":"a"}' });
    expect(record.body).toEqual({ Text: "a" });
  });

  it("refuses an empty JSON body as JSON that does not parse; only a form may be empty", () => {
    const reply = send("PUT", "/notes", "", "application/json");
    if (reply.drop) throw new Error("dropped");
    expect(reply.status).toBe(400);
    expect((JSON.parse(reply.body) as { issues: unknown }).issues).toEqual([
      { path: "body", message: expect.stringMatching(/^is not valid JSON/) },
    ]);
  });

  it("accepts an empty form: only a validator says the body is required", () => {
    expect(send("PUT", "/notes", "", "application/x-www-form-urlencoded")).toMatchObject({ status: 200 });
  });

  it("keeps a scripted answer's headers and delay on its own answer", () => {
    core.answerNext({ headers: { "x-a": "1" }, delayMs: 5 });
    const reply = send("GET", "/cards");
    expect(reply).toMatchObject({ status: 200, delayMs: 5, headers: { "x-a": "1" } });
  });
});

describe("mock core without an operation's validators", () => {
  it("refuses its request as no operation of the spec, whatever its body, and does not fail", () => {
    const reply = send("PUT", "/unchecked", "", "application/x-www-form-urlencoded");
    if (reply.drop) throw new Error("dropped");
    expect(reply.status).toBe(400);
    expect((JSON.parse(reply.body) as { issues: unknown }).issues).toEqual([
      { path: "url", message: "is not an operation of the spec" },
    ]);
  });
});
