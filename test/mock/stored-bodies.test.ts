// The mock's stored bodies (what an operation with no response schema answers: the bodies sent to that URL,
// merged) are bounded by maxStoredBodies: past it, the URL stored longest ago is forgotten, as the request log
// forgets its oldest record. On a fixture spec of its own (test/fixtures/mock-contacts.yaml: PUT /api/v2/contact/{contactId}).
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import { readSpec } from "../../scripts/generate/spec.ts";
import { startMockServer } from "../../src/mock/index.ts";
import { createMockCore } from "../../src/mock/mock-core.ts";
import { createStoredBodies, defaultMaxStoredBodies } from "../../src/mock/stored-bodies.ts";
import { createMswHandlers } from "../../src/msw/index.ts";
import type { OperationInfo } from "../../src/operation-info.ts";
import type { RequestValidatorTable } from "../../src/validation/validator-types.ts";
import { generateInTemp } from "../helpers/generate-temp.ts";

const fixture = fileURLToPath(new URL("../fixtures/mock-contacts.yaml", import.meta.url));
let spec: { operations: OperationInfo[]; validators: RequestValidatorTable };
beforeAll(async () => {
  const generated = await generateInTemp(await readSpec(fixture));
  const { operations } = await generated.load<{ operations: OperationInfo[] }>("operations.ts");
  const { requestValidators } = await generated.load<{ requestValidators: RequestValidatorTable }>("validators.ts");
  spec = { operations, validators: requestValidators };
}, 60_000);

const put = (id: number, body: object) => ({
  method: "PUT",
  url: `/api/v2/contact/${id}`,
  headers: { "content-type": "application/json" },
  body: JSON.stringify(body),
});
const answerOf = (reply: ReturnType<ReturnType<typeof createMockCore>["handle"]>["reply"]) => {
  if (reply.drop) throw new Error("dropped");
  return { status: reply.status, json: JSON.parse(reply.body) as Record<string, unknown> };
};

describe("the mock's stored bodies", () => {
  it("answers each URL with the bodies sent there, merged, and keeps 1,000 URLs by default, forgetting the oldest", () => {
    expect(defaultMaxStoredBodies).toBe(1000);
    const core = createMockCore(spec);
    expect(answerOf(core.handle(put(1, { Name: "A" })).reply)).toEqual({ status: 200, json: { Name: "A" } });
    expect(answerOf(core.handle(put(1, { Emails: ["a@x.test"] })).reply).json).toEqual({
      Name: "A",
      Emails: ["a@x.test"],
    });
    for (let id = 2; id <= 1000; id += 1) core.handle(put(id, { Name: `${id}` }));
    // All 1,000 kept: URL 2 still answers with what was stored.
    expect(answerOf(core.handle(put(2, { Emails: [] })).reply).json).toEqual({ Name: "2", Emails: [] });
    // One more forgets URL 1, stored longest ago, and nothing else.
    expect(answerOf(core.handle(put(1001, { Name: "1001" })).reply)).toEqual({ status: 200, json: { Name: "1001" } });
    expect(answerOf(core.handle(put(1, { Emails: [] })).reply).json).toEqual({ Emails: [] });
    expect(answerOf(core.handle(put(3, { Emails: [] })).reply).json).toEqual({ Name: "3", Emails: [] });
  });

  it("keeps as many as maxStoredBodies says, stores nothing for a request without a body, and reset() forgets them", () => {
    const core = createMockCore({ ...spec, maxStoredBodies: 1 });
    core.handle(put(1, { Name: "A" }));
    // DELETE has no body and no response schema: it answers {} and stores nothing, so URL 1 stays.
    const deleted = core.handle({ method: "DELETE", url: "/api/v2/contact/5", headers: {}, body: "" }).reply;
    expect(answerOf(deleted)).toEqual({ status: 200, json: {} });
    expect(answerOf(core.handle(put(1, { Emails: [] })).reply).json).toEqual({ Name: "A", Emails: [] });
    core.handle(put(2, { Name: "B" }));
    expect(answerOf(core.handle(put(1, { Emails: [] })).reply).json).toEqual({ Emails: [] });
    core.reset();
    expect(answerOf(core.handle(put(1, { Name: "C" })).reply).json).toEqual({ Name: "C" });
  });

  it("keeps none with maxStoredBodies: 0: each answer shows only its own body", () => {
    const core = createMockCore({ ...spec, maxStoredBodies: 0 });
    core.handle(put(1, { Name: "A" }));
    expect(answerOf(core.handle(put(1, { Emails: [] })).reply).json).toEqual({ Emails: [] });
  });

  it("refuses a maxStoredBodies that is not a whole number from 0, naming it, and nothing listens", async () => {
    await expect(startMockServer({ maxStoredBodies: -1 })).rejects.toThrow(
      new TypeError("startMockServer: maxStoredBodies must be a whole number from 0, got -1"),
    );
    await expect(startMockServer({ maxStoredBodies: 1.5 })).rejects.toThrow(
      new TypeError("startMockServer: maxStoredBodies must be a whole number from 0, got 1.5"),
    );
    expect(() => createMswHandlers({ baseUrl: "http://caliber.test", maxStoredBodies: Number.NaN })).toThrow(
      new TypeError("createMswHandlers: maxStoredBodies must be a whole number from 0, got NaN"),
    );
  });

  it("takes every whole number from 0", () => {
    for (const maxStoredBodies of [0, 1, 5000]) {
      expect(() => createMswHandlers({ baseUrl: "http://caliber.test", maxStoredBodies })).not.toThrow();
    }
  });

  it("answers a request without a body with what is stored at its key, as a copy", () => {
    const stored = createStoredBodies();
    stored.merge("PATCH /a", { Name: "A" });
    const answered = stored.merge("PATCH /a", undefined);
    expect(answered).toEqual({ Name: "A" });
    answered.Name = "changed";
    expect(stored.merge("PATCH /a", undefined)).toEqual({ Name: "A" });
    expect(stored.merge("PATCH /b", undefined)).toEqual({});
  });
});
