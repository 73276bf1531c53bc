// The validator generator: what it makes of the spec's schemas, and that its output needs no `require`.
import { describe, expect, it } from "vitest";
import { readSpec, type OpenApiDocument } from "../../scripts/generate/spec.ts";
import { generateValidators } from "../../scripts/generate/validators.ts";
import { generateAll } from "../../scripts/generate.ts";
import { existsSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { stringify } from "yaml";
import { componentId, operationSchemas, toAjvSchema } from "../../scripts/generate/validator-schemas.ts";
import { requestValidators } from "../../generated/validators.ts";
import { generateInTemp } from "../helpers/generate-temp.ts";

const spec = await readSpec();

function specWith(paths: OpenApiDocument["paths"], schemas: OpenApiDocument["components"] = {}): OpenApiDocument {
  return { openapi: "3.1.0", info: { title: "t", version: "1" }, paths, components: schemas };
}

describe("toAjvSchema", () => {
  it("turns int32 into an explicit range, drops vendor and OpenAPI-only keywords, and points refs at component ids", () => {
    const schema = {
      type: "object",
      description: "d",
      xml: { name: "X" },
      "x-note": 1,
      properties: {
        description: { type: "integer", format: "int32", minimum: 0 },
        kind: { $ref: "#/components/schemas/Kind" },
      },
    };
    expect(toAjvSchema(schema)).toEqual({
      type: "object",
      properties: {
        description: { type: "integer", minimum: 0, maximum: 2147483647 },
        kind: { $ref: componentId("Kind") },
      },
    });
  });

  it("holds any other integer to what a JavaScript number carries exactly (±(2^53 − 1)), keeping a tighter bound", () => {
    const safe = { minimum: Number.MIN_SAFE_INTEGER, maximum: Number.MAX_SAFE_INTEGER };
    expect(toAjvSchema({ type: "integer" })).toEqual({ type: "integer", ...safe });
    expect(toAjvSchema({ type: "integer", format: "int64" })).toEqual({ type: "integer", ...safe });
    expect(toAjvSchema({ type: ["integer", "null"] })).toEqual({ type: ["integer", "null"], ...safe });
    expect(toAjvSchema({ type: "integer", minimum: 1, maximum: 99 })).toEqual({
      type: "integer",
      minimum: 1,
      maximum: 99,
    });
    expect(toAjvSchema({ type: "number" })).toEqual({ type: "number" });
  });

  it("keeps an enum without a range (the enum is narrower) and drops its x-enum-varnames", () => {
    expect(toAjvSchema(spec.components!.schemas!.ObjectTypes)).toEqual({ type: "integer", enum: [0] });
  });

  it("asserts only the formats the client checks: date-time stays, uri and float are dropped", () => {
    expect(toAjvSchema({ type: "string", format: "date-time" })).toEqual({ type: "string", format: "date-time" });
    expect(toAjvSchema({ type: "string", format: "uri" })).toEqual({ type: "string" });
    expect(toAjvSchema({ type: "number", format: "float" })).toEqual({ type: "number" });
  });

  it("reads OpenAPI 3.0's nullable and boolean exclusive bounds as JSON Schema", () => {
    expect(toAjvSchema({ type: "string", nullable: true })).toEqual({ type: ["string", "null"] });
    expect(toAjvSchema({ type: "string", enum: ["a"], nullable: true })).toEqual({
      type: ["string", "null"],
      enum: ["a", null],
    });
    expect(toAjvSchema({ $ref: "#/components/schemas/Phone", nullable: true })).toEqual({
      anyOf: [{ $ref: componentId("Phone") }, { type: "null" }],
    });
    expect(toAjvSchema({ type: "number", minimum: 0, exclusiveMinimum: true })).toEqual({
      type: "number",
      exclusiveMinimum: 0,
    });
    expect(toAjvSchema({ type: "number", maximum: 9, exclusiveMaximum: false })).toEqual({
      type: "number",
      maximum: 9,
    });
  });

  it("refuses a $ref it cannot follow", () => {
    expect(() => toAjvSchema({ $ref: "https://example.com/x.json" })).toThrow(/cannot follow/);
  });
});

describe("body schemas: one body object whatever the media type", () => {
  it("gives every media type of the spec's PATCH the Phone schema", () => {
    const patch = operationSchemas(spec).find(
      (operation) => operation.method === "patch" && operation.path === "/api/v2/clientcontact/{clientContactId}/phone",
    );
    expect([...patch!.body.values()].every((schema) => schema.$ref === componentId("Phone"))).toBe(true);
    expect([...patch!.body.keys()]).toEqual(Object.keys((spec.paths[patch!.path]!.patch as any).requestBody.content));
  });
});

/** Every generated file's text, one after the other, for checks that do not care which file holds a line. */
const allText = (files: Map<string, string>) => [...files.values()].join("\n");

describe("generateValidators", () => {
  it("has a table entry for every operation of the spec", () => {
    const expected = operationSchemas(spec).map((op) => `${op.method} ${op.path}`);
    const actual = Object.entries(requestValidators).flatMap(([path, methods]) =>
      Object.keys(methods ?? {}).map((method) => `${method} ${path}`),
    );
    expect(actual).toEqual(expected);
  });

  it("emits no require(), even for maxLength (kept as .length, the UTF-16 count .NET checks too)", () => {
    const files = generateValidators(
      specWith({
        "/a/{id}": {
          parameters: [{ name: "id", in: "path", required: true, schema: { type: "string", maxLength: 5 } }],
          post: {
            requestBody: { content: { "application/json": { schema: { type: "string", format: "date-time" } } } },
          },
        },
      }),
    );
    const source = allText(files);
    expect(source).not.toMatch(/\brequire\(/);
    expect(source).not.toContain("schemaPath");
    expect([...files.keys()].filter((file) => !file.startsWith("operation-groups"))).toEqual([
      "validators/postAId.ts",
      "validators.ts",
    ]);
    expect(files.get("validators/postAId.ts")).toContain("import { validationFormats }");
    expect(files.get("validators/postAId.ts")).toContain(
      'export const validators: OperationValidators = { params: validatePostAIdParams, bodyRequired: false, mediaTypes: ["application/json"], body: validatePostAIdBody };',
    );
    expect(files.get("validators.ts")).toContain('"/a/{id}": { post: v0 },');
    // The client finds the module through its group's (operation-groups.test.ts).
    const groups = [...files].filter(([file]) => file.startsWith("operation-groups/")).map(([, text]) => text);
    expect(groups.join("")).toContain(
      '"POST /a/{id}": { dates: true, load: () => import("../validators/postAId.ts") },',
    );
  });

  it("fails loudly on a keyword whose code would need Ajv's runtime", () => {
    const spec = specWith({
      "/a": {
        post: { requestBody: { content: { "application/json": { schema: { type: "array", uniqueItems: true } } } } },
      },
    });
    expect(() => generateValidators(spec)).toThrow(/requires "ajv\/dist\/runtime\/equal"/);
  });

  it("keeps a validator per media type only when the schemas differ", () => {
    const source = allText(
      generateValidators(
        specWith({
          "/a": {
            put: {
              operationId: "putA",
              requestBody: {
                required: true,
                content: {
                  "application/json": { schema: { type: "object" } },
                  "text/json": { schema: { type: "object" } },
                  "text/plain": { schema: { type: "string" } },
                },
              },
            },
          },
        }),
      ),
    );
    expect(source).toContain(
      'bodyByMediaType: { "application/json": validatePutABody, "text/json": validatePutABody, "text/plain": validatePutABody2 }',
    );
  });

  it("compiles one validator for parameters or bodies that several operations share", async () => {
    const id = { name: "id", in: "path", required: true, schema: { type: "integer" } };
    const body = {
      content: { "application/json": { schema: { type: "object", properties: { n: { type: "string" } } } } },
    };
    const ok = { "200": { description: "OK" } };
    const shared = specWith({
      "/a/{id}": {
        get: { operationId: "getA", parameters: [id], responses: ok },
        put: { operationId: "putA", parameters: [id], requestBody: body, responses: ok },
        delete: { operationId: "deleteA", parameters: [id], responses: ok },
      },
      "/a": {
        post: {
          operationId: "createA",
          parameters: [{ name: "dryRun", in: "query", schema: { type: "boolean" } }],
          requestBody: body,
          responses: ok,
        },
      },
    });
    const files = generateValidators(shared);
    expect(files.get("validators/getA.ts")).toContain(
      "export const validators: OperationValidators = { params: validateGetAParams, bodyRequired: false };",
    );
    expect(files.get("validators/putA.ts")).toContain(
      'export const validators: OperationValidators = { params: validateGetAParams, bodyRequired: false, mediaTypes: ["application/json"], body: validatePutABody };',
    );
    expect(files.get("validators/createA.ts")).toContain(
      'export const validators: OperationValidators = { params: validateCreateAParams, bodyRequired: false, mediaTypes: ["application/json"], body: validatePutABody };',
    );
    // One validator per distinct schema: each module exports only those its operation uses, under one name.
    const exported = (file: string) => [...files.get(file)!.matchAll(/export const (validate\w+)/g)].map((m) => m[1]);
    expect(exported("validators/deleteA.ts")).toEqual(["validateGetAParams"]);
    expect(exported("validators/createA.ts").sort()).toEqual(["validateCreateAParams", "validatePutABody"]);
    expect(files.get("validators.ts")).toContain('"/a/{id}": { get: v0, put: v1, delete: v2 },');

    // The shared validator checks each operation's own parameters: DELETE still needs its id, as an integer.
    const { requestValidators: table } = await (
      await generateInTemp(shared)
    ).load<typeof import("../../generated/validators.ts")>("validators.ts");
    const deleteParams = table["/a/{id}"]!.delete!.params;
    expect(deleteParams({ path: { id: 1 } })).toBe(true);
    expect(deleteParams({ path: { id: "x" } })).toBe(false);
    expect(deleteParams.errors?.[0]).toMatchObject({ instancePath: "/path/id", keyword: "type" });
    expect(table["/a"]!.post!.params({ query: { dryRun: "yes" } })).toBe(false);
  });

  it("removes the module of an operation the spec no longer has, and --check calls it stale", async () => {
    const ok = { "200": { description: "OK" } };
    const two = specWith({
      "/a": { get: { operationId: "getA", responses: ok }, put: { operationId: "putA", responses: ok } },
    });
    const generation = await generateInTemp(two);
    expect(existsSync(join(generation.outDir, "validators/putA.ts"))).toBe(true);
    const one = specWith({ "/a": { get: { operationId: "getA", responses: ok } } });
    const specPath = join(generation.dir, "openapi.yaml");
    writeFileSync(specPath, stringify(one, { aliasDuplicateObjects: false }));
    const checked = await generateAll({ specPath, outDir: generation.outDir, check: true });
    expect(checked.get("validators/putA.ts")).toBe("stale");
    expect(existsSync(join(generation.outDir, "validators/putA.ts"))).toBe(true);
    const states = await generateAll({ specPath, outDir: generation.outDir });
    expect(states.get("validators/putA.ts")).toBe("written");
    expect(readdirSync(join(generation.outDir, "validators"))).toEqual(["getA.ts"]);
  });
});
