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
