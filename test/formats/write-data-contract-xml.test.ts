// Writing DataContract XML (the client's side), on hand-made data contracts rather than the spec's.
import { describe, expect, it, vi } from "vitest";
import type { BodyModel, DataContracts } from "../../src/model/body-model.ts";
import { writeDataContractXml } from "../../src/formats/xml/write-data-contract-xml.ts";

const instance = 'xmlns:i="http://www.w3.org/2001/XMLSchema-instance"';
const arrays = "http://schemas.microsoft.com/2003/10/Serialization/Arrays";
const types: DataContracts = {
  // Keyed apart from its contract name, as an inline schema's contract is.
  ItemKey: { name: "Item", namespace: "urn:items", members: [["Code", { kind: "string" }]] },
  Outer: {
    name: "Outer",
    namespace: "urn:outer",
    members: [
      ["Inner", { kind: "object", type: "ItemKey" }],
      ["Kinds", { kind: "collection", items: { kind: "enum", members: { "0": "Zero" } }, xmlItemName: "int" }],
      ["Plain", { kind: "enum" }],
      ["Text", { kind: "string" }],
    ],
  },
};
const outer: BodyModel = { kind: "object", type: "Outer" };
const collectionOf = (items: BodyModel, xmlItemName?: string): BodyModel => ({
  kind: "collection",
  items,
  ...(xmlItemName ? { xmlItemName } : {}),
});

describe("writeDataContractXml", () => {
  // The escaping pattern is made when the module loads: a fresh copy of the module shows it.
  it("escapes by references only what XML cannot hold raw: a surrogate pair stays, a lone surrogate does not", async () => {
    vi.resetModules();
    const { escapeXmlText } = await import("../../src/formats/xml/write-data-contract-xml.ts");
    expect(escapeXmlText("&<>|😀|a\udc00|\udc00|\ud800x|\ud800")).toBe(
      "&amp;&lt;&gt;|😀|a&#xDC00;|&#xDC00;|&#xD800;x|&#xD800;",
    );
  });

  it("names items of a collection of objects by their contract's name, in its namespace", () => {
    expect(writeDataContractXml([{ Code: "a" }], collectionOf({ kind: "object", type: "ItemKey" }), types)).toBe(
      `<ArrayOfItem ${instance} xmlns="urn:items"><Item><Code>a</Code></Item></ArrayOfItem>`,
    );
  });

  it("names a contract the types do not hold by its key, with no namespace", () => {
    expect(writeDataContractXml([], collectionOf({ kind: "object", type: "Gone" }), types)).toBe(
      `<ArrayOfGone ${instance}></ArrayOfGone>`,
    );
    expect(writeDataContractXml({}, { kind: "object", type: "Gone" }, types)).toEqual([
      { path: "body", message: "must be an object to be written as XML" },
    ]);
  });

  it("writes a collection of collections as ArrayOfArrayOf…, each inner one an ArrayOf… element", () => {
    const model = collectionOf(collectionOf({ kind: "string" }, "string"));
    expect(writeDataContractXml([["a"], null], model, types)).toBe(
      `<ArrayOfArrayOfstring ${instance} xmlns="${arrays}">` +
        `<ArrayOfstring><string>a</string></ArrayOfstring><ArrayOfstring i:nil="true"/></ArrayOfArrayOfstring>`,
    );
  });

  it("names items of no known .NET type anyType", () => {
    expect(writeDataContractXml([1], collectionOf({ kind: "any" }), types)).toBe(
      `<ArrayOfanyType ${instance} xmlns="${arrays}"><anyType>1</anyType></ArrayOfanyType>`,
    );
  });

  it.each<[string, unknown, BodyModel, string]>([
    ["a string", "a<b", { kind: "string" }, "string>a&lt;b</string"],
    ["an integer, as Int32 where the model names no width", 5, { kind: "integer" }, "int>5</int"],
    ["an integer, by the root its model names", -5, { kind: "integer", xmlName: "long" }, "long>-5</long"],
    ["a decimal number, in plain digits", 1e-7, { kind: "number" }, "decimal>0.0000001</decimal"],
    ["a number by the root its model names", 0.5, { kind: "number", xmlName: "double" }, "double>0.5</double"],
    ["a boolean", true, { kind: "boolean" }, "boolean>true</boolean"],
    ["a date-time", "2020-01-02T03:04:05Z", { kind: "date-time" }, "dateTime>2020-01-02T03:04:05Z</dateTime"],
    [
      "a Guid",
      "0f8fad5b-d9cb-469f-a165-70867728950e",
      { kind: "uuid" },
      "guid>0f8fad5b-d9cb-469f-a165-70867728950e</guid",
    ],
    ["a value of no known type", "x", { kind: "any" }, "anyType>x</anyType"],
  ])("writes %s alone as its primitive's root in the Serialization namespace", (_case, value, model, element) => {
    const serialization = "http://schemas.microsoft.com/2003/10/Serialization/";
    const [name, ...rest] = element.split(">");
    expect(writeDataContractXml(value, model, types)).toBe(
      `<${name} ${instance} xmlns="${serialization}">${rest.join(">")}>`,
    );
  });

  // The table of roots is made when the module loads: a fresh copy of the module shows it.
  it("names the root of each kind alone from a table made when the module loads", async () => {
    vi.resetModules();
    const fresh = await import("../../src/formats/xml/write-data-contract-xml.ts");
    const roots = (["integer", "number", "boolean", "string", "date-time", "uuid", "enum", "any"] as const).map(
      (kind) => fresh.rootElement({ kind }, types).name,
    );
    expect(roots).toEqual(["int", "decimal", "boolean", "string", "dateTime", "guid", "anyType", "anyType"]);
  });

  it("writes a null alone as its root with i:nil", () => {
    expect(writeDataContractXml(null, { kind: "integer", xmlName: "int" }, types)).toBe(
      `<int ${instance} xmlns="http://schemas.microsoft.com/2003/10/Serialization/" i:nil="true"/>`,
    );
  });

  it("writes an enum alone as its contract, by member name, in its contract's namespace if it has one", () => {
    const kinds = { kind: "enum", members: { "0": "Person", "1": "Company" }, xmlName: "ContactKinds" } as const;
    expect(writeDataContractXml(1, { ...kinds, xmlNamespace: "urn:kinds" }, types)).toBe(
      `<ContactKinds ${instance} xmlns="urn:kinds">Company</ContactKinds>`,
    );
    expect(writeDataContractXml(0, kinds, types)).toBe(`<ContactKinds ${instance}>Person</ContactKinds>`);
    expect(writeDataContractXml(0, { kind: "enum", members: { "0": "Person" } }, types)).toBe(
      `<anyType ${instance}>Person</anyType>`,
    );
  });

  it("declares a member contract's own namespace where it differs, as d<depth>p1, and prefixes its members", () => {
    expect(writeDataContractXml({ Inner: { Code: "c" } }, outer, types)).toBe(
      `<Outer ${instance} xmlns="urn:outer"><Inner xmlns:d2p1="urn:items"><d2p1:Code>c</d2p1:Code></Inner></Outer>`,
    );
  });

  it("refuses, naming each field and item: an enum number with no name, an enum without members, an object as text", () => {
    expect(writeDataContractXml({ Kinds: [0, 5], Plain: 1, Text: { a: 1 } }, outer, types)).toEqual([
      { path: "body.Kinds.1", message: "has no known enum member name for 5 (XML writes enums by name)" },
      { path: "body.Plain", message: "has no known enum member name for 1 (XML writes enums by name)" },
      { path: "body.Text", message: "must be a single value to be written as XML" },
    ]);
  });

  it("refuses a field the contract has no member for, at any depth, rather than leave it out", () => {
    expect(writeDataContractXml({ Text: "t", Extra: 1, Inner: { Code: "c", Other: null } }, outer, types)).toEqual([
      { path: "body.Inner.Other", message: "is not a member of Item, so XML cannot carry it" },
      { path: "body.Extra", message: "is not a member of Outer, so XML cannot carry it" },
    ]);
    // A field given as undefined is no field: it is left out, as in JSON.
    expect(writeDataContractXml({ Text: "t", Extra: undefined }, outer, types)).toBe(
      `<Outer ${instance} xmlns="urn:outer"><Text>t</Text></Outer>`,
    );
    expect(writeDataContractXml({ Extra: undefined, Other: 1 }, outer, types)).toEqual([
      { path: "body.Other", message: "is not a member of Outer, so XML cannot carry it" },
    ]);
  });
});
