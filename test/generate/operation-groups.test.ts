// The client's lookup of operations (scripts/generate/operation-groups.ts): a fixed number of group modules, each
// operation in the one its label hashes to, on a spec written here.
import { describe, expect, it } from "vitest";
import { generateOperationGroups, operationGroupCount } from "../../scripts/generate/operation-groups.ts";
import type { OpenApiDocument } from "../../scripts/generate/spec.ts";
import { operationGroup } from "../../src/validation/operation-facts.ts";

const body = {
  type: "object",
  xml: { name: "Thing", namespace: "http://schemas.datacontract.org/2004/07/T" },
  properties: { When: { type: "string", format: "date-time" }, Name: { type: "string" } },
};
const spec: OpenApiDocument = {
  openapi: "3.1.0",
  info: { title: "t", version: "1" },
  paths: {
    "/things/{id}": {
      get: {
        responses: {
          "200": { description: "ok", content: { "application/json": { schema: body }, "text/xml": { schema: body } } },
        },
      },
      put: {
        requestBody: { content: { "application/json": { schema: body }, "application/xml": { schema: body } } },
        responses: { "204": { description: "done" } },
      },
      delete: { responses: { "204": { description: "done" } } },
    },
  },
};
const modules = new Map([
  ["GET /things/{id}", "validators/getThing.ts"],
  ["PUT /things/{id}", "validators/putThing.ts"],
  ["DELETE /things/{id}", "validators/deleteThing.ts"],
]);

describe("generateOperationGroups", () => {
  const files = generateOperationGroups(spec, modules);

  it("writes the same number of group modules whatever the spec's size, and the entry's list of them", () => {
    const groups = [...files.keys()].filter((file) => file.startsWith("operation-groups/"));
    expect(groups).toHaveLength(operationGroupCount);
    const list = files.get("operation-groups.ts")!;
    for (let i = 0; i < operationGroupCount; i++)
      expect(list).toContain(`() => import("./operation-groups/group-${i}.ts"),`);
    expect(generateOperationGroups({ ...spec, paths: {} }, new Map()).size).toBe(files.size);
  });

  it("puts each operation in the group its label hashes to, with its XML flags, date-times and validators", () => {
    const groupOf = (label: string) =>
      files.get(`operation-groups/group-${operationGroup(label, operationGroupCount)}.ts`)!;
    expect(groupOf("GET /things/{id}")).toContain(
      '"GET /things/{id}": { xmlResponse: true, load: () => import("../validators/getThing.ts") },',
    );
    expect(groupOf("PUT /things/{id}")).toContain(
      '"PUT /things/{id}": { xmlBody: true, dates: {"When":true}, load: () => import("../validators/putThing.ts") },',
    );
    expect(groupOf("DELETE /things/{id}")).toContain(
      '"DELETE /things/{id}": { load: () => import("../validators/deleteThing.ts") },',
    );
  });

  it("fails loudly for an operation without a validators module", () => {
    expect(() => generateOperationGroups(spec, new Map())).toThrow("GET /things/{id} has no validators module");
  });
});

describe("operationGroup", () => {
  it("is FNV-1a (32 bits) of the label, modulo the count", () => {
    // Known answers of FNV-1a: "" is its offset basis, "a" and "foobar" from its reference tests.
    expect(operationGroup("", 2 ** 32)).toBe(0x811c9dc5);
    expect(operationGroup("a", 2 ** 32)).toBe(0xe40c292c);
    expect(operationGroup("foobar", 2 ** 32)).toBe(0xbf9cf968);
    expect(operationGroup("foobar", 8)).toBe(0xbf9cf968 % 8);
  });

  it("spreads labels over every group, each a whole number below the count", () => {
    const seen = new Set<number>();
    for (let i = 0; i < 500; i++) {
      const group = operationGroup(`GET /api/v2/resource${i}/{id}`, operationGroupCount);
      expect(Number.isInteger(group) && group >= 0 && group < operationGroupCount).toBe(true);
      seen.add(group);
    }
    expect(seen.size).toBe(operationGroupCount);
  });
});
