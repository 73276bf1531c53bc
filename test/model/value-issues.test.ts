// The model-based checker on hand-written models (the fixtures here): each kind, null where it is and is not
// allowed, nested contracts and collections, each issue at its path.
import { describe, expect, it, vi } from "vitest";
import type { BodyModel, DataContracts } from "../../src/model/body-model.ts";
import { enumValues, valueIssues } from "../../src/model/value-issues.ts";
import { aspNetDateTimeRule } from "../../src/validation/format-rules.ts";

const types: DataContracts = {
  Contact: {
    name: "Contact",
    members: [
      ["Emails", { kind: "collection", items: { kind: "string" }, nullable: true, xmlItemName: "string" }],
      ["Home", { kind: "object", type: "Address", nullable: true }],
      ["Kind", { kind: "enum", members: { "0": "Person", "1": "Company" } }],
      ["Manager", { kind: "object", type: "Contact", nullable: true }],
      ["Phones", { kind: "collection", items: { kind: "object", type: "Phone" } }],
    ],
  },
  Address: { name: "Address", members: [["City", { kind: "string", nullable: true }]] },
  Phone: { name: "Phone", members: [["Number", { kind: "string" }]] },
};
const contact: BodyModel = { kind: "object", type: "Contact" };

describe("valueIssues", () => {
  it.each<[BodyModel, unknown]>([
    [{ kind: "integer" }, -9007199254740991],
    [{ kind: "number" }, 0.0000001],
    [{ kind: "boolean" }, false],
    [{ kind: "string" }, ""],
    [{ kind: "date-time" }, "2025-05-20T10:21:27.3260116-07:00"],
    [{ kind: "uuid" }, "0F8FAD5B-D9CB-469F-A165-70867728950E"],
    [{ kind: "enum", members: { "0": "Person" } }, 0],
    [{ kind: "enum", members: { new: "New" } }, "new"],
    [{ kind: "any" }, null],
    [{ kind: "string", nullable: true }, null],
  ])("accepts what %j allows: %j", (model, value) => {
    expect(valueIssues(value, model, {})).toEqual([]);
  });

  it.each<[BodyModel, unknown, string]>([
    [{ kind: "integer" }, 1.5, "must be an integer from -(2^53 - 1) to 2^53 - 1"],
    [{ kind: "integer" }, 2 ** 53, "must be an integer from -(2^53 - 1) to 2^53 - 1"],
    [{ kind: "number" }, "1", "must be a number"],
    [{ kind: "number" }, Infinity, "must be a number"],
    [{ kind: "boolean" }, "true", "must be a boolean"],
    [{ kind: "string" }, 5, "must be a string"],
    [{ kind: "date-time" }, "2025-05-20", `must be ${aspNetDateTimeRule}`],
    [{ kind: "uuid" }, "0f8fad5b", "must be a Guid like 0f8fad5b-d9cb-469f-a165-70867728950e"],
    [{ kind: "enum", members: { "0": "Person", "1": "Company" } }, "0", "must be one of 0, 1"],
    [{ kind: "enum", members: { new: "New" } }, "old", 'must be one of "new"'],
    [{ kind: "string" }, null, "must be a string, not null"],
    [{ kind: "collection", items: { kind: "string" } }, {}, "must be an array"],
    [contact, [], "must be an object"],
    [contact, 5, "must be an object"],
    [contact, null, "must be an object, not null"],
  ])("refuses for %j the value %j: %s", (model, value, message) => {
    expect(valueIssues(value, model, types)).toEqual([{ path: "body", message }]);
  });

  it("walks nested contracts and collections, naming each issue's path, and skips undefined members", () => {
    const value = {
      Emails: ["a", 1],
      Home: { City: null, Town: "x" },
      Kind: 2,
      Manager: { Phones: [{ Number: null }], Manager: null },
      Phones: null,
      Extra: undefined,
      Nickname: undefined,
    };
    expect(valueIssues(value, contact, types, "answer.body")).toEqual([
      { path: "answer.body.Emails.1", message: "must be a string" },
      { path: "answer.body.Home.Town", message: "is not a property of the schema" },
      { path: "answer.body.Kind", message: "must be one of 0, 1" },
      { path: "answer.body.Manager.Phones.0.Number", message: "must be a string, not null" },
      { path: "answer.body.Phones", message: "must be an array, not null" },
      { path: "answer.body.Extra", message: "is not a property of the schema" },
      { path: "answer.body.Nickname", message: "is not a property of the schema" },
    ]);
  });

  it("names a model that points at no data contract instead of passing it", () => {
    expect(valueIssues({}, { kind: "object", type: "Missing" }, types)).toEqual([
      { path: "body", message: "has no data contract Missing in the model" },
    ]);
  });
});

describe("valueIssues at the edges", () => {
  // The Guid pattern is a module constant: a fresh copy of the module shows it.
  it("takes a Guid only as 32 hex digits in groups of 8, 4, 4, 4 and 12", async () => {
    vi.resetModules();
    const fresh = await import("../../src/model/value-issues.ts");
    const guid = "0f8fad5b-d9cb-469f-a165-70867728950e";
    const refused = [
      `x${guid}`,
      `${guid}x`,
      guid.replace("0f8fad5b", "0f8fad5"),
      guid.replace("d9cb", "d9c"),
      guid.replace("469f", "469"),
      guid.replace("a165", "a16"),
      guid.replace("70867728950e", "70867728950"),
      guid.replace("0f8fad5b", "0f8fad5g"),
      guid.replace("-d9cb-", "_d9cb_"),
    ];
    expect(fresh.valueIssues(guid, { kind: "uuid" }, {})).toEqual([]);
    for (const text of refused)
      expect([text, fresh.valueIssues(text, { kind: "uuid" }, {})]).toEqual([
        text,
        [{ path: "body", message: "must be a Guid like 0f8fad5b-d9cb-469f-a165-70867728950e" }],
      ]);
  });

  it.each<[BodyModel, string]>([
    [{ kind: "integer" }, "must be an integer, not null"],
    [{ kind: "number" }, "must be a number, not null"],
    [{ kind: "boolean" }, "must be a boolean, not null"],
    [{ kind: "date-time" }, "must be a date-time, not null"],
    [{ kind: "uuid" }, "must be a Guid, not null"],
    [{ kind: "enum", members: { "0": "Person" } }, "must be an enum member, not null"],
  ])("names what %j must be when it is null", (model, message) => {
    expect(valueIssues(null, model, {})).toEqual([{ path: "body", message }]);
  });

  it("takes an enum's keys as numbers only when every key is a whole number, signed or not", () => {
    expect(enumValues({ "-1": "Minus", "2": "Two" })).toEqual([2, -1]); // index-like keys come first
    expect(enumValues({ "1": "One", "1a": "Odd" })).toEqual(["1", "1a"]);
    expect(enumValues({ "1": "One", a1: "Odd" })).toEqual(["1", "a1"]);
    expect(enumValues({ "1": "One", "1.5": "Half" })).toEqual(["1", "1.5"]);
    expect(enumValues({ "10": "Ten", "2": "Two" })).toEqual([2, 10]);
    expect(enumValues(undefined)).toEqual([]);
    expect(valueIssues(0, { kind: "enum" }, {})).toEqual([{ path: "body", message: "must be one of " }]);
  });
});

describe("valueIssues on values JSON would not send as they read", () => {
  it("refuses an object whose text reads as a date-time or a Guid: it is no string", () => {
    const reading = (text: string) => ({ toString: () => text });
    expect(valueIssues(reading("2025-05-20T10:21:27Z"), { kind: "date-time" }, {})).toEqual([
      { path: "body", message: `must be ${aspNetDateTimeRule}` },
    ]);
    expect(valueIssues(reading("0f8fad5b-d9cb-469f-a165-70867728950e"), { kind: "uuid" }, {})).toEqual([
      { path: "body", message: "must be a Guid like 0f8fad5b-d9cb-469f-a165-70867728950e" },
    ]);
  });

  it("skips a member of the contract that is undefined, as JSON.stringify leaves it out", () => {
    expect(valueIssues({ Kind: undefined, Home: undefined }, contact, types)).toEqual([]);
  });
});
