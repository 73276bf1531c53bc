// Values built from a body model alone (what the mock answers without an example), on hand-written models.
import { describe, expect, it, vi } from "vitest";
import type { BodyModel, DataContracts } from "../../src/model/body-model.ts";
import { sampleValue } from "../../src/model/sample-value.ts";
import { valueIssues } from "../../src/model/value-issues.ts";

const types: DataContracts = {
  Node: {
    name: "Node",
    members: [
      ["Children", { kind: "collection", items: { kind: "object", type: "Node" } }],
      ["Id", { kind: "uuid" }],
      ["Parent", { kind: "object", type: "Node", nullable: true }],
      ["Tag", { kind: "object", type: "Tag" }],
    ],
  },
  Tag: {
    name: "Tag",
    members: [
      ["Kind", { kind: "enum", members: { "3": "Blue", "4": "Red" } }],
      ["Owner", { kind: "object", type: "Node" }],
      ["When", { kind: "date-time", nullable: true }],
    ],
  },
};

describe("sampleValue", () => {
  it.each<[BodyModel, unknown]>([
    [{ kind: "integer" }, 1],
    [{ kind: "number" }, 1.5],
    [{ kind: "boolean" }, true],
    [{ kind: "string", nullable: true }, "sample string"],
    [{ kind: "enum", members: { "3": "Blue" } }, 3],
    [{ kind: "enum", members: { new: "New" } }, "new"],
    [{ kind: "collection", items: { kind: "integer" }, xmlItemName: "int" }, [1]],
  ])("gives %j the value %j", (model, value) => {
    expect(sampleValue(model, {})).toEqual(value);
  });

  it("fills every member of nested contracts, and enters no contract it is already inside", () => {
    const value = sampleValue({ kind: "collection", items: { kind: "object", type: "Node" } }, types);
    expect(value).toEqual([
      {
        Children: [],
        Id: "0f8fad5b-d9cb-469f-a165-70867728950e",
        Tag: { Kind: 3, When: "2025-05-20T10:21:27.3260116-07:00" },
      },
    ]);
  });

  it("builds values the checker accepts", () => {
    for (const type of Object.keys(types)) {
      const model: BodyModel = { kind: "object", type };
      expect(valueIssues(sampleValue(model, types), model, types)).toEqual([]);
    }
  });
});

describe("sampleValue at the edges", () => {
  // The samples are a module constant: a fresh copy of the module shows them.
  it("gives each scalar kind its fixed sample", async () => {
    vi.resetModules();
    const fresh = await import("../../src/model/sample-value.ts");
    const kinds = ["integer", "number", "boolean", "string", "date-time", "uuid", "any"] as const;
    expect(kinds.map((kind) => fresh.sampleValue({ kind }, {}))).toEqual([
      1,
      1.5,
      true,
      "sample string",
      "2025-05-20T10:21:27.3260116-07:00",
      "0f8fad5b-d9cb-469f-a165-70867728950e",
      null,
    ]);
  });

  it("gives an enum without members null, and a contract the types do not hold no members", () => {
    expect(sampleValue({ kind: "enum" }, {})).toBeNull();
    expect(sampleValue({ kind: "object", type: "Gone" }, {})).toStrictEqual({});
  });
});
