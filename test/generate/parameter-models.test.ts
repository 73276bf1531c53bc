// Path and query parameters' models, on a fixture spec: a URL carries them as text, so a collection of integers or
// decimals needs no `items.xml.name` (only an XML body names the .NET width), and the date-times among them are
// listed for the client's Date conversion (generated/body-formats.ts `requestParameterDates`).
import { describe, expect, it } from "vitest";
import { findOperations, generateBodyFormats } from "../../scripts/generate/operations.ts";
import type { OpenApiDocument } from "../../scripts/generate/spec.ts";

const spec = (parameters: unknown[], requestBody?: unknown) =>
  ({
    openapi: "3.1.0",
    info: { title: "Parameters fixture", version: "1.0.0" },
    paths: {
      "/items/{day}": {
        post: {
          parameters,
          ...(requestBody ? { requestBody } : {}),
          responses: { "200": { description: "Done." } },
        },
      },
    },
  }) as unknown as OpenApiDocument;

const parameters = [
  { name: "day", in: "path", required: true, schema: { type: "string", format: "date-time" } },
  { name: "ids", in: "query", schema: { type: "array", items: { type: "integer" } } },
  { name: "amounts", in: "query", schema: { type: "array", items: { type: "number" } } },
  { name: "days", in: "query", schema: { type: "array", items: { type: "string", format: "date-time" } } },
  { name: "since", in: "query", schema: { type: "string", format: "date-time" } },
  { name: "page", in: "query", schema: { type: "integer" } },
];

describe("parameter models", () => {
  it("takes a query collection of integers or decimals without items.xml.name", () => {
    const [operation] = findOperations(spec(parameters));
    expect(operation!.parameters.map(({ name, model }) => [name, model])).toEqual([
      ["day", { kind: "date-time" }],
      ["ids", { kind: "collection", items: { kind: "integer" } }],
      ["amounts", { kind: "collection", items: { kind: "number" } }],
      ["days", { kind: "collection", items: { kind: "date-time" } }],
      ["since", { kind: "date-time" }],
      ["page", { kind: "integer" }],
    ]);
  });

  it("still asks a body's collection of integers for the XML item name it is written with", () => {
    const body = { content: { "application/xml": { schema: { type: "array", items: { type: "integer" } } } } };
    expect(() => findOperations(spec([parameters[0]], body))).toThrow(/request body is a collection of integers/);
  });

  it("lists where parameters are date-times, by location, for the client's Date conversion", () => {
    const text = generateBodyFormats(spec(parameters));
    const table = /export const requestParameterDates = ([\s\S]*?) as const;/.exec(text)?.[1];
    expect(JSON.parse(table!)).toEqual({
      "POST /items/{day}": { path: { day: true }, query: { days: [true], since: true } },
    });
    expect(generateBodyFormats(spec([parameters[1]!]))).toContain("export const requestParameterDates = {} as const;");
  });
});
