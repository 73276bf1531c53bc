// validateRequest on its own, with validators compiled here (in the client they come from generated/).
import Ajv2020 from "ajv/dist/2020.js";
import { describe, expect, it } from "vitest";
import type { OperationValidators } from "../../src/validation/validator-types.ts";
import { aspNetDateTimeRule, uuidRule } from "../../src/validation/format-rules.ts";
import { contentTypeIssues, requestIssues, validateRequest } from "../../src/validation/validate-request.ts";

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

/** The issues validateRequest threw; `[]` when it did not throw (a throw with no issues would be a bug). */
function issuesOf(run: () => void): unknown {
  try {
    run();
  } catch (error) {
    const { issues } = error as { issues: unknown[] };
    return issues.length > 0 ? issues : "thrown with no issues";
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

  it("words each keyword a spec may use, at the field's path", () => {
    const formats = { hex: /^[0-9a-f]+$/, uuid: /^[0-9a-f-]{36}$/, "date-time": /^\d{4}-/ };
    const strict = new Ajv2020({ allErrors: true, messages: false, formats });
    const rules: OperationValidators = {
      params: strict.compile({ type: "object" }),
      body: strict.compile({
        type: "object",
        properties: {
          Kind: { enum: [1, 2] },
          Version: { const: 2 },
          Count: { type: "integer", minimum: 0 },
          Ratio: { exclusiveMaximum: 1 },
          Share: { exclusiveMinimum: 0 },
          Code: { type: "string", format: "hex" },
          Zip: { type: "string", pattern: "^[0-9]{5}$" },
          Name: { type: "string", minLength: 2, maxLength: 3 },
          Note: { type: "string", maxLength: 3 },
          Key: { type: "string", format: "uuid" },
          When: { type: "string", format: "date-time" },
        },
      }),
      bodyRequired: false,
    };
    const body = {
      ...{ Kind: 3, Version: 1, Count: -1, Ratio: 1, Share: 0, Code: "xyz", Zip: "1", Name: "a", Note: "long" },
      ...{ Key: "{0f8fad5b-d9cb-469f-a165-70867728950e}", When: "May 20, 2025" },
    };
    expect(issuesOf(() => validateRequest(rules, "PUT /a", { body }, undefined))).toEqual([
      { path: "body.Kind", message: "must be one of 1, 2" },
      { path: "body.Version", message: "must be 2" },
      { path: "body.Count", message: "must be >= 0" },
      { path: "body.Ratio", message: "must be < 1" },
      { path: "body.Share", message: "must be > 0" },
      { path: "body.Code", message: "must be a valid hex" },
      { path: "body.Zip", message: "must match the pattern ^[0-9]{5}$" },
      { path: "body.Name", message: "must have at least 2 characters" },
      { path: "body.Note", message: "must have at most 3 characters" },
      { path: "body.Key", message: `must be ${uuidRule}` },
      { path: "body.When", message: `must be ${aspNetDateTimeRule}` },
    ]);
  });

  it("refuses a FormData or URLSearchParams body, which the schema cannot see into", () => {
    for (const body of [new FormData(), new URLSearchParams({ a: "1" })]) {
      expect(issuesOf(() => validateRequest(operation, "PUT /a", { body }, undefined))).toEqual([
        {
          path: "body",
          message: `is a ${body.constructor.name}, which the spec's schema cannot check: pass the body object (its Content-Type picks the format), or validate: false`,
        },
      ]);
    }
  });

  it("checks a call given no init at all (no params, no headers, no body)", () => {
    expect(issuesOf(() => validateRequest(operation, "GET /a", undefined, undefined))).toEqual([]);
    expect(
      issuesOf(() => validateRequest({ ...operation, bodyRequired: true }, "PUT /a", undefined, undefined)),
    ).toEqual([{ path: "body", message: "is required" }]);
    expect(requestIssues(operation, undefined, { "Content-Type": "text/plain" })).toEqual([]);
  });

  it("checks no body where the operation has none, and asks for one only where the spec requires it", () => {
    const bodiless: OperationValidators = { params: ajv.compile({ type: "object" }), bodyRequired: false };
    expect(issuesOf(() => validateRequest(bodiless, "GET /a", { body: "anything" }, undefined))).toEqual([]);
    expect(issuesOf(() => validateRequest(operation, "PUT /a", {}, undefined))).toEqual([]);
    expect(issuesOf(() => validateRequest({ ...operation, bodyRequired: true }, "PUT /a", {}, undefined))).toEqual([
      { path: "body", message: "is required" },
    ]);
  });

  it("lists the issues found before validation first, and the validators' only at other paths", () => {
    const typed: OperationValidators = {
      params: ajv.compile({ type: "object" }),
      body: ajv.compile({ type: "object", properties: { When: { type: "string" }, Name: { type: "string" } } }),
      bodyRequired: false,
    };
    const found = [
      { path: "body.When", message: "is an invalid Date" },
      { path: "body.Other", message: "is an invalid Date" },
    ];
    const body = { When: new Date(Number.NaN), Name: 1 };
    expect(issuesOf(() => validateRequest(typed, "PUT /a", { body }, undefined, found))).toEqual([
      { path: "body.When", message: "is an invalid Date" },
      { path: "body.Other", message: "is an invalid Date" },
      { path: "body.Name", message: "must be a string" },
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

describe("contentTypeIssues", () => {
  const documented = (...mediaTypes: string[]): OperationValidators => ({ ...operation, mediaTypes });
  const path = "headers.Content-Type";

  it("accepts a documented media type in any case, with parameters; none at all is application/json", () => {
    const json = documented("application/json", "text/xml");
    for (const type of ["application/json", "APPLICATION/Json ; foo=bar", 'text/xml; charset="UTF-8"', undefined]) {
      expect(contentTypeIssues(json, type)).toEqual([]);
    }
    expect(contentTypeIssues(documented("text/xml"), undefined)).toEqual([
      { path, message: '"application/json" is not a request format of this operation; use one of text/xml' },
    ]);
  });

  it("matches the spec's ranges: */* takes any type, text/* any text type", () => {
    expect(contentTypeIssues(documented("*/*"), "application/anything")).toEqual([]);
    expect(contentTypeIssues(documented("text/*"), "text/csv")).toEqual([]);
    expect(contentTypeIssues(documented("text/*"), "application/csv")).toHaveLength(1);
    expect(contentTypeIssues(documented("application/*"), "audio/mpeg")).toHaveLength(1);
  });

  it("refuses a charset other than UTF-8, quoted or not; an operation without a request body checks nothing", () => {
    expect(contentTypeIssues(documented("application/json"), 'application/json; charset="latin1"')).toEqual([
      { path, message: expect.stringContaining('declares charset "latin1"') },
    ]);
    expect(contentTypeIssues(documented("application/json"), "application/json;charset=UTF8")).toEqual([]);
    for (const type of ["text/xml;charset=iso-8859-1", "text/xml; charset = iso-8859-1"]) {
      expect(contentTypeIssues(documented("text/xml"), type)).toEqual([
        { path, message: 'declares charset "iso-8859-1", but the body is sent as UTF-8; leave it out or say utf-8' },
      ]);
    }
    expect(contentTypeIssues(operation, "text/anything")).toEqual([]);
  });
});
