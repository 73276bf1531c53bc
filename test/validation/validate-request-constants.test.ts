// requestIssues' module-level helpers (JSON pointer unescaping, articles, the unchecked body's words), seen through
// a fresh copy of the module; validators compiled here.
import Ajv2020 from "ajv/dist/2020.js";
import { describe, expect, it, vi } from "vitest";
import type { OperationValidators } from "../../src/validation/validator-types.ts";

const ajv = new Ajv2020({ allErrors: true, messages: false });
const validators: OperationValidators = {
  params: ajv.compile({
    type: "object",
    properties: { path: { type: "object", properties: { "a/b~c": { type: "integer" }, d: { type: "object" } } } },
  }),
  bodyRequired: false,
};

describe("requestIssues", () => {
  it("names a field by its unescaped name and a type with its article; refuses a body it cannot check", async () => {
    vi.resetModules();
    const { requestIssues } = await import("../../src/validation/validate-request.ts");
    expect(requestIssues(validators, { params: { path: { "a/b~c": "x", d: 1 } } }, undefined)).toEqual([
      { path: "params.path.a/b~c", message: "must be an integer" },
      { path: "params.path.d", message: "must be an object" },
    ]);
    expect(requestIssues(validators, { body: new URLSearchParams() }, undefined)).toEqual([
      {
        path: "body",
        message:
          "is a URLSearchParams, which the spec's schema cannot check: pass the body object (its Content-Type picks " +
          "the format), or validate: false",
      },
    ]);
  });
});
