// The model-based checker on hand-written models (the fixtures here): each kind, null where it is and is not
// allowed, nested contracts and collections, each issue at its path.
import { describe, expect, it } from "vitest";
import type { BodyModel, DataContracts } from "../../src/model/body-model.ts";
import { valueIssues } from "../../src/model/value-issues.ts";
import { aspNetDateTimeRule } from "../../src/validation/date-time-rule.ts";

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
