// validateRequest on its own, with validators compiled here (in the client they come from generated/).
import Ajv2020 from "ajv/dist/2020.js";
import { describe, expect, it } from "vitest";
import type { OperationValidators } from "../../src/validation/validator-types.ts";
import { validateRequest } from "../../src/validation/validate-request.ts";

const ajv = new Ajv2020({ allErrors: true, messages: false });
const operation: OperationValidators = {
  params: ajv.compile({ type: "object" }),
  body: ajv.compile({ type: "object" }),
  bodyByMediaType: {
    "application/json": ajv.compile({ type: "object" }),
    "text/plain": ajv.compile({ type: "string", maxLength: 3 }),
  },
  bodyRequired: false,
};

function issuesOf(run: () => void): unknown {
  try {
    run();
  } catch (error) {
    return (error as { issues: unknown }).issues;
  }
  return [];
}

describe("validateRequest", () => {
  it("picks the body validator by the call's Content-Type, parameters and case ignored", () => {
    const asText = { headers: { "Content-Type": "Text/Plain; charset=utf-8" }, body: "long text" };
    expect(issuesOf(() => validateRequest(operation, "PUT /a", asText, undefined))).toEqual([
      { path: "body", message: "must have at most 3 characters" },
    ]);
    expect(issuesOf(() => validateRequest(operation, "PUT /a", { body: "abc" }, undefined))).toEqual([
      { path: "body", message: "must be an object" },
    ]);
  });

  it("takes the Content-Type from the client's headers, and lets the call's and params.header override it", () => {
    const clientHeaders = { "Content-Type": "text/plain" };
    expect(issuesOf(() => validateRequest(operation, "PUT /a", { body: "ok" }, clientHeaders))).toEqual([]);
    const overridden = { body: "ok", params: { header: { "content-type": "application/json" } } };
    expect(issuesOf(() => validateRequest(operation, "PUT /a", overridden, clientHeaders))).toEqual([
      { path: "body", message: "must be an object" },
    ]);
  });

  it("falls back to the default body validator for a media type the spec does not list", () => {
    const other = { headers: { "Content-Type": "application/octet-stream" }, body: "abc" };
    expect(issuesOf(() => validateRequest(operation, "PUT /a", other, undefined))).toEqual([
      { path: "body", message: "must be an object" },
    ]);
  });

  it("words keywords it has no sentence for generically, and unescapes JSON Pointer paths", () => {
    const odd: OperationValidators = {
      params: ajv.compile({ type: "object" }),
      body: ajv.compile({
        type: "object",
        properties: { "a/b": { type: "number", multipleOf: 2 }, "c~d": { type: ["string", "null"] } },
      }),
      bodyRequired: false,
    };
    expect(issuesOf(() => validateRequest(odd, "PUT /a", { body: { "a/b": 3, "c~d": 1 } }, undefined))).toEqual([
      { path: "body.a/b", message: 'fails the schema\'s "multipleOf" rule {"multipleOf":2}' },
      { path: "body.c~d", message: "must be a string or null" },
    ]);
  });
});
