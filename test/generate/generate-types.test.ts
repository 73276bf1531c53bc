// generateTypes hands the parsed spec straight to openapi-typescript's transform, skipping openapiTS()'s Redocly
// parse, lint and bundle. Proved here: the output is byte for byte what openapiTS() prints, the caller's spec is
// left as it was, and the specs openapiTS() refuses are still refused, with a message.
import openapiTS, { astToString } from "openapi-typescript";
import { fileURLToPath, pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";
import { readSpec, specPath } from "../../scripts/generate/spec.ts";
import { generateTypes, namedEnumTypes } from "../../scripts/generate/types.ts";

const fixture = (name: string) => fileURLToPath(new URL(`../fixtures/${name}`, import.meta.url));

/** One operation, and a oneOf with a discriminator: openapi-typescript patches such documents while it works. */
function discriminatedSpec(): any {
  return {
    openapi: "3.1.0",
    info: { title: "Pets", version: "1.0.0" },
    paths: {
      "/pets": {
        post: {
          operationId: "addPet",
          requestBody: { content: { "application/json": { schema: { $ref: "#/components/schemas/Pet" } } } },
          responses: { "200": { description: "OK" } },
        },
      },
    },
    components: {
      schemas: {
        Pet: {
          oneOf: [{ $ref: "#/components/schemas/Cat" }, { $ref: "#/components/schemas/Dog" }],
          discriminator: { propertyName: "kind", mapping: { cat: "#/components/schemas/Cat" } },
        },
        Cat: {
          type: "object",
          required: ["kind"],
          properties: { kind: { type: "string" }, lives: { type: "integer" } },
        },
        Dog: {
          type: "object",
          required: ["kind"],
          properties: { kind: { type: "string" }, barks: { type: "boolean" } },
        },
      },
    },
  };
}

describe("generateTypes", { timeout: 60_000 }, () => {
  it.each([
    ["spec/openapi.yaml", specPath],
    ["many operations, awkward names", fixture("multi-operation.yaml")],
    ["a second schema", fixture("second-schema.yaml")],
  ])("prints what openapiTS() prints for %s, given the same enum options", async (_name, path) => {
    const spec = await readSpec(path);
    const reference = astToString(await openapiTS(pathToFileURL(path), { silent: true, ...namedEnumTypes(spec) }));
    expect(generateTypes(spec)).toBe(reference);
  });

  it("types a number enum's component as its TypeScript enum, so editors show its name", async () => {
    const types = generateTypes(await readSpec());
    expect(types).toContain('import type * as enums from "./enums.ts";');
    expect(types).toMatch(/^ {8}ObjectTypes: enums\.ObjectTypes;$/m);
    expect(types).toMatch(/^ {12}RefType\?: components\["schemas"\]\["ObjectTypes"\];$/m);
  });

  it("prints what openapiTS() prints for a discriminated oneOf, and leaves the caller's spec unchanged", async () => {
    const spec = discriminatedSpec();
    const reference = astToString(await openapiTS(discriminatedSpec(), { silent: true }));
    const types = generateTypes(spec);
    expect(types).toBe(reference);
    // openapi-typescript writes the mapped value into Cat's kind: in the output, not in the spec the others read.
    expect(types).toMatch(/kind: "cat"/);
    expect(spec).toEqual(discriminatedSpec());
  });

  it.each([
    ["Swagger 2", { swagger: "2.0" }, "Unsupported Swagger version: 2.x. Use OpenAPI 3.x instead."],
    ["no openapi field", {}, "Unsupported schema format, expected `openapi: 3.x`"],
    ["OpenAPI 4", { openapi: "4.0.0" }, "Unsupported OpenAPI version: 4.0.0"],
    ["OpenAPI 2.9", { openapi: "2.9" }, "Unsupported OpenAPI version: 2.9"],
  ])("refuses %s as openapiTS() does", (_name, version, message) => {
    const spec = discriminatedSpec();
    delete spec.openapi;
    expect(() => generateTypes({ ...spec, ...version })).toThrow(message);
  });

  it("refuses an operationId used twice, naming both operations", () => {
    const spec = discriminatedSpec();
    spec.paths["/pets/{petId}"] = {
      get: { operationId: "addPet", responses: { "200": { description: "OK" } } },
    };
    expect(() => generateTypes(spec)).toThrow(
      'spec: operationId "addPet" is used twice: post /pets and get /pets/{petId}',
    );
  });
});
