// Reading DataContract XML (the mock's side), on hand-made data contracts rather than the spec's.
import { describe, expect, it, vi } from "vitest";
import type { BodyModel, DataContracts } from "../../src/model/body-model.ts";
import { parseDataContractXml } from "../../src/formats/xml/parse-data-contract-xml.ts";

const types: DataContracts = {
  Card: {
    name: "Card",
    namespace: "urn:cards",
    members: [
      ["Code", { kind: "string" }],
      ["Extra", { kind: "object", type: "NotInTypes" }],
      ["Note", { kind: "string" }],
      ["Zip", { kind: "string" }],
    ],
  },
};
const card: BodyModel = { kind: "object", type: "Card" };
const cardXml = (inner: string) =>
  `<Card xmlns="urn:cards" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">${inner}</Card>`;

describe("parseDataContractXml", () => {
  // The parser is made on first use and kept: a fresh copy of the module shows the options it is made with.
  it("reads text exactly as sent, with its own parser: declaration skipped, references decoded once, CDATA raw", async () => {
    vi.resetModules();
    const fresh = await import("../../src/formats/xml/parse-data-contract-xml.ts");
    const xml =
      '<?xml version="1.0" encoding="utf-8"?>' +
      cardXml(
        "<Code> 0206 </Code>" +
          "<Note>&amp;&lt;&gt;&quot;&apos;|&#65;&#x41;&#x1F600;&#128512;|&amp;lt;<![CDATA[&amp;<b>]]></Note>" +
          "<Zip>1.50</Zip>",
      );
    expect(fresh.parseDataContractXml(xml, card, types)).toEqual({
      body: { Code: " 0206 ", Note: `&<>"'|AA😀😀|&lt;&amp;<b>`, Zip: "1.50" },
      issues: [],
    });
  });

  it("reads xsi:nil as null under a prefix of any length", () => {
    expect(parseDataContractXml(cardXml('<Code xsi:nil="true"/>'), card, types)).toEqual({
      body: { Code: null },
      issues: [],
    });
  });

  it("reads nil only in the XML Schema instance namespace, under the prefix bound to it where it is used", () => {
    const instance = "http://www.w3.org/2001/XMLSchema-instance";
    const document = (root: string, member: string) => `<Card xmlns="urn:cards"${root}>${member}</Card>`;
    const read = (root: string, member: string) => parseDataContractXml(document(root, member), card, types);
    expect(read("", `<Code n:nil="true" xmlns:n="${instance}"/>`)).toEqual({ body: { Code: null }, issues: [] });
    expect(read(` xmlns:n="urn:other"`, `<Code n:nil="true" xmlns:n="${instance}"/>`).body).toEqual({ Code: null });
    // .NET reads these as an element with no text (aspnet-behaviours.test.ts): no nil, and an attribute the mock
    // refuses, so nothing is read as other than what the framework binds.
    const refused = { issues: [{ path: "body.Code", message: "must be a simple value" }] };
    expect(read("", '<Code nil="true"/>')).toEqual(refused);
    expect(read(` xmlns:x="${instance}"`, '<Code x:nil="true" xmlns:x="urn:other"/>')).toEqual(refused);
    expect(read("", '<Code x:nil="true" xmlns:x="urn:other"/>')).toEqual(refused);
    expect(read("", '<Code x:nil="true"/>')).toEqual(refused);
    expect(read(` xmlns:x="${instance}"`, "<Code><![CDATA[]]></Code><Note x:nil='true'/>")).toEqual({
      body: { Code: "", Note: null },
      issues: [],
    });
  });

  it("binds a nil prefix only by a declaration, never by another attribute's value or name", () => {
    const instance = "http://www.w3.org/2001/XMLSchema-instance";
    // Cut where a declaration's prefix starts ("@_xmlns:" is 8 long), "@_abcdefn" leaves "n"; "undefined" is no prefix.
    for (const member of [
      `<Code n:nil="true" abcdefn="${instance}"/>`,
      `<Code kind="true" xmlns:undefined="${instance}"/>`,
    ]) {
      expect(parseDataContractXml(cardXml(member), card, types)).toEqual({
        issues: [{ path: "body.Code", message: "must be a simple value" }],
      });
    }
  });

  it("takes namespace declarations on a member for no attribute of its value", () => {
    expect(parseDataContractXml(cardXml('<Code xmlns="urn:cards" xmlns:q="urn:q">1</Code>'), card, types)).toEqual({
      body: { Code: "1" },
      issues: [],
    });
  });

  describe("a body that is a single value", () => {
    const serialization = "http://schemas.microsoft.com/2003/10/Serialization/";
    const alone = (name: string, text: string, extra = "") =>
      `<${name} xmlns="${serialization}"${extra}>${text}</${name}>`;

    it.each<[string, BodyModel, string, unknown]>([
      ["int", { kind: "integer", xmlName: "int" }, "5", 5],
      ["long", { kind: "integer", xmlName: "int" }, "-9007199254740991", -9007199254740991],
      ["short", { kind: "integer" }, "7", 7],
      ["byte", { kind: "integer" }, "-1", -1],
      ["unsignedByte", { kind: "integer" }, "1", 1],
      ["unsignedShort", { kind: "integer" }, "2", 2],
      ["unsignedInt", { kind: "integer" }, "3", 3],
      ["unsignedLong", { kind: "integer" }, "4", 4],
      ["decimal", { kind: "number" }, "0.0000001", 1e-7],
      ["double", { kind: "number" }, "0.5", 0.5],
      ["float", { kind: "number" }, "1.5", 1.5],
      ["string", { kind: "string" }, " a&lt;b ", " a<b "],
      ["boolean", { kind: "boolean" }, "true", true],
      ["dateTime", { kind: "date-time" }, "2020-01-02T03:04:05Z", "2020-01-02T03:04:05Z"],
      ["guid", { kind: "uuid" }, "0f8fad5b-d9cb-469f-a165-70867728950e", "0f8fad5b-d9cb-469f-a165-70867728950e"],
    ])("reads <%s> as DataContract writes it", (name, model, text, value) => {
      expect(parseDataContractXml(alone(name, text), model, {})).toEqual({ body: value, issues: [] });
    });

    // The tables of roots are made when the module loads: a fresh copy of the module shows them.
    it("takes every .NET width of an integer or a decimal number, and names them when the root is none", async () => {
      vi.resetModules();
      const fresh = await import("../../src/formats/xml/parse-data-contract-xml.ts");
      const integers = ["int", "long", "short", "byte", "unsignedByte", "unsignedShort", "unsignedInt", "unsignedLong"];
      for (const name of integers) {
        expect(fresh.parseDataContractXml(alone(name, "1"), { kind: "integer" }, {})).toEqual({ body: 1, issues: [] });
      }
      for (const name of ["decimal", "double", "float"]) {
        expect(fresh.parseDataContractXml(alone(name, "1"), { kind: "number" }, {})).toEqual({ body: 1, issues: [] });
      }
      expect(fresh.parseDataContractXml(alone("x", "1"), { kind: "integer" }, {}).issues[0]!.message).toBe(
        `must have the root element ${integers.map((name) => `<${name}>`).join(" or ")}, found x`,
      );
      expect(fresh.parseDataContractXml(alone("x", "1"), { kind: "boolean" }, {}).issues[0]!.message).toBe(
        "must have the root element <boolean>, found x",
      );
      expect(fresh.parseDataContractXml(alone("int", "1", ' xmlns:q="urn:q"'), { kind: "integer" }, {}).body).toBe(1);
      const double = { kind: "number", xmlName: "double" } as const;
      expect(fresh.parseDataContractXml(alone("decimal", "1"), double, {})).toEqual({ body: 1, issues: [] });
      expect(fresh.parseDataContractXml(alone("short", "1"), { kind: "integer", xmlName: "long" }, {}).body).toBe(1);
    });

    it("reads i:nil on the root as null", () => {
      const xml = alone("int", "", ` xmlns:i="http://www.w3.org/2001/XMLSchema-instance" i:nil="true"`);
      expect(parseDataContractXml(xml, { kind: "integer" }, {})).toEqual({ body: null, issues: [] });
    });

    it("reads an enum by its contract's name and namespace, into its number", () => {
      const kinds = { kind: "enum", members: { "0": "Person", "1": "Company" }, xmlName: "ContactKinds" } as const;
      const xml = '<ContactKinds xmlns="urn:kinds">Company</ContactKinds>';
      expect(parseDataContractXml(xml, { ...kinds, xmlNamespace: "urn:kinds" }, {})).toEqual({ body: 1, issues: [] });
      expect(parseDataContractXml(xml, { ...kinds, xmlNamespace: "urn:other" }, {}).issues).toEqual([
        { path: "body", message: "<ContactKinds> must be in namespace urn:other" },
      ]);
    });

    it.each<[string, BodyModel, string, string]>([
      ["a width's name for a string", { kind: "string" }, alone("int", "5"), "<string>, found int"],
      ["another kind's name", { kind: "boolean" }, alone("string", "true"), "<boolean>, found string"],
      [
        "a decimal for an integer",
        { kind: "integer", xmlName: "long" },
        alone("decimal", "1"),
        "<long> or <int> or <short> or <byte> or <unsignedByte> or <unsignedShort> or <unsignedInt> or <unsignedLong>, found decimal",
      ],
      ["an integer for a number", { kind: "number" }, alone("int", "1"), "<decimal> or <double> or <float>, found int"],
      ["anyType for a string", { kind: "string" }, "<anyType>x</anyType>", "<string>, found anyType"],
    ])("refuses %s, naming the roots it takes", (_case, model, xml, message) => {
      expect(parseDataContractXml(xml, model, {})).toEqual({
        issues: [{ path: "body", message: `must have the root element ${message}` }],
      });
    });

    it("refuses a single value in another namespace, or in none", () => {
      const message = `<string> must be in namespace ${serialization}`;
      expect(parseDataContractXml('<string xmlns="urn:x">a</string>', { kind: "string" }, {}).issues).toEqual([
        { path: "body", message },
      ]);
      expect(parseDataContractXml("<string>a</string>", { kind: "string" }, {}).issues).toEqual([
        { path: "body", message },
      ]);
    });

    it("refuses an attribute on the root other than a namespace declaration", () => {
      expect(parseDataContractXml(alone("int", "5", ' kind="x"'), { kind: "integer" }, {})).toEqual({
        issues: [{ path: "body", message: "must be a simple value" }],
      });
    });
  });

  it.each([
    ["nil that is not true", '<Code xsi:nil="false">1</Code>'],
    ["another attribute that is true", '<Code kind="true">1</Code>'],
    ["an attribute whose name only starts with nil", '<Code xsi:nilled="true">1</Code>'],
  ])("refuses %s: the member is no simple value, and not null", (_case, member) => {
    expect(parseDataContractXml(cardXml(member), card, types)).toEqual({
      issues: [{ path: "body.Code", message: "must be a simple value" }],
    });
  });

  it("reads a member of a contract it does not know as text members, for validation to name them", () => {
    expect(parseDataContractXml(cardXml("<Extra><B>1</B><A>2</A></Extra>"), card, types)).toEqual({
      body: { Extra: { B: "1", A: "2" } },
      issues: [],
    });
  });
});
