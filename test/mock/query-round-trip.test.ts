// What the client writes into a query (openapi-fetch's default serializer, made once as create-caliber-client.ts
// makes it) is what the mock reads back, typed, for each scalar kind and a collection (`ids=1&ids=2`, the form
// Web API's [FromUri] binds a collection from). Parameters are hand-written models, not the spec's.
import { createQuerySerializer } from "openapi-fetch";
import { describe, expect, it } from "vitest";
import { readUrlParameters } from "../../src/mock/url-parameters.ts";
import type { ParameterInfo } from "../../src/operation-info.ts";

const query = (name: string, model: ParameterInfo["model"]): ParameterInfo => ({
  name,
  in: "query",
  required: false,
  model,
});
const parameters: ParameterInfo[] = [
  query("name", { kind: "string" }),
  query("page", { kind: "integer" }),
  query("score", { kind: "number" }),
  query("active", { kind: "boolean" }),
  query("since", { kind: "date-time" }),
  query("token", { kind: "uuid" }),
  query("kind", { kind: "enum", members: { "0": "Person", "1": "Company" } }),
  query("ids", { kind: "collection", items: { kind: "integer" }, xmlItemName: "int" }),
  query("tags", { kind: "collection", items: { kind: "string" }, xmlItemName: "string" }),
];
const serialize = createQuerySerializer();
const readBack = (values: Record<string, unknown>) =>
  readUrlParameters(parameters, {}, new URLSearchParams(serialize(values))).query;

describe("query parameters from the client's serializer to the mock", () => {
  it.each<[string, Record<string, unknown>]>([
    ["text with reserved and non-ASCII characters", { name: "a&b=c+d e/ø?#%" }],
    ["integers at the ends of the safe range", { page: -9007199254740991, ids: [9007199254740991, 0] }],
    ["decimals, tiny and negative", { score: 1e-7 }],
    ["a negative decimal", { score: -12.25 }],
    ["booleans", { active: false }],
    ["a date-time string", { since: "2025-05-20T10:21:27.3260116-07:00" }],
    ["a Guid", { token: "0f8fad5b-d9cb-469f-a165-70867728950e" }],
    ["an enum number", { kind: 1 }],
    ["a collection of strings, one holding a comma", { tags: ["a,b", "c"] }],
  ])("carries %s exactly", (_case, values) => {
    // A collection left out binds as an empty list, as Web API binds it.
    expect(readBack(values)).toStrictEqual({ ids: [], tags: [], ...values });
  });

  it("reads an empty collection, which the serializer leaves out, as the empty list Web API binds", () => {
    expect(serialize({ ids: [], name: "a" })).toBe("name=a");
    expect(readBack({ ids: [], name: "a" })).toStrictEqual({ ids: [], tags: [], name: "a" });
  });

  it("writes a collection as one name=value pair per item, as [FromUri] binds it", () => {
    expect(serialize({ ids: [1, 2] })).toBe("ids=1&ids=2");
  });
});

describe("path parameters as Web API reads them", () => {
  const name: ParameterInfo = { name: "name", in: "path", required: true, model: { kind: "string" } };
  const read = (text: string) => readUrlParameters([name], { name: text }, new URLSearchParams()).path.name;

  it("decodes a segment a second time, a + as a space, as Mono's Web API does", () => {
    // what the router hands over for /a%2Bb, /a+b, /a%2541 and /a%25: decoded once
    expect([read("a+b"), read("a%41"), read("a%2Bb"), read("100%"), read("é")]).toEqual([
      "a b",
      "aA",
      "a+b",
      "100%",
      "é",
    ]);
  });
});
