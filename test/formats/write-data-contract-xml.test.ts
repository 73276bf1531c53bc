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

  it("names items of no known .NET type, and a body that is no object or collection, anyType", () => {
    expect(writeDataContractXml([1], collectionOf({ kind: "any" }), types)).toBe(
      `<ArrayOfanyType ${instance} xmlns="${arrays}"><anyType>1</anyType></ArrayOfanyType>`,
    );
    expect(writeDataContractXml("x", { kind: "string" }, types)).toBe(`<anyType ${instance}>x</anyType>`);
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
});
