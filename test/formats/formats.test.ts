// Body formats: DataContract XML and form encoding, written and read back from the spec's generated metadata.
import { XMLParser } from "fast-xml-parser";
import { fileURLToPath } from "node:url";
import { describe, expect, it, vi } from "vitest";
import { operations } from "../../generated/operations.ts";
import { findOperations } from "../../scripts/generate/operations.ts";
import { readSpec } from "../../scripts/generate/spec.ts";
import { parseFormUrlEncoded as readForm, serializeFormUrlEncoded } from "../../src/formats/form-urlencoded.ts";
import { formTextIssues } from "../../src/formats/unsendable-text.ts";
import { serializeJson } from "../../src/formats/json.ts";
import { bodyFormatOf } from "../../src/formats/media-types.ts";
import { loadBodyFormat, serializeBody } from "../../src/formats/serialize-body.ts";
import { parseDataContractXml as readXml } from "../../src/formats/xml/parse-data-contract-xml.ts";
import { writeDataContractXml } from "../../src/formats/xml/write-data-contract-xml.ts";
import { serializeXmlBody } from "../../src/formats/xml/xml-body.ts";
import { operationLabel, type OperationInfo } from "../../src/operation-info.ts";
import { helpPageSamples } from "../helpers/help-page.ts";

const phoneOperation = operations.find((o) => o.operationId === "patchClientContactPhone")!;
const phoneLabel = operationLabel(phoneOperation);
const ns = 'xmlns="http://schemas.datacontract.org/2004/07/CaliberAPI"';
const samples = helpPageSamples();
const pageJson = JSON.parse(samples.json) as Record<string, unknown>;

/** The readers, for an operation's request body. */
const parseDataContractXml = (xml: string, operation: OperationInfo) =>
  readXml(xml, operation.requestBody, operation.types);
const parseFormUrlEncoded = (form: string, operation: OperationInfo) =>
  readForm(form, operation.requestBody, operation.types);

/** Elements in document order with their text, and the root's attributes: what "element for element" compares. */
function elementsOf(xml: string) {
  const parsed = new XMLParser({ preserveOrder: true, ignoreAttributes: false, trimValues: true }).parse(xml);
  const root = parsed[0] as Record<string, unknown> & { ":@"?: Record<string, string> };
  const [rootName] = Object.keys(root).filter((k) => k !== ":@");
  const children = (root[rootName!] as Record<string, { "#text": unknown }[]>[]).map((child) => {
    const [name] = Object.keys(child);
    return [name, String(child[name!]![0]?.["#text"] ?? "")];
  });
  return { rootName, attributes: root[":@"], children };
}

/** The body as DataContract XML for an operation with an XML shape, or the issues that keep it from being written. */
const writeXml = (body: Record<string, unknown>, operation: OperationInfo = phoneOperation) =>
  writeDataContractXml(body, operation.requestBody!, operation.types);

/** The XML of a body that can be written. */
function serializeDataContractXml(body: Record<string, unknown>, operation: OperationInfo): string {
  const written = writeXml(body, operation);
  if (typeof written !== "string") throw new Error(`not written: ${JSON.stringify(written)}`);
  return written;
}

function caught(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    return error;
  }
  throw new Error("expected an error");
}

describe("DataContract XML", () => {
  // The first XML written in this file: the builder is made then, so its options show in this test's output.
  it("writes the exact wire text: the root and namespaces, members in order, text escaped once, nothing between", () => {
    expect(writeXml({ RefType: 0, Number: "555 & <0100>", IsPrimary: false, AreaCode: "206" })).toBe(
      '<Phone xmlns:i="http://www.w3.org/2001/XMLSchema-instance" xmlns="http://schemas.datacontract.org/2004/07/CaliberAPI">' +
        "<AreaCode>206</AreaCode><IsPrimary>false</IsPrimary><Number>555 &amp; &lt;0100&gt;</Number>" +
        "<RefType>Division</RefType></Phone>",
    );
  });

  it("writes the page's JSON sample as the page's XML sample, element for element", () => {
    const written = serializeDataContractXml(pageJson, phoneOperation);
    expect(elementsOf(written)).toEqual(elementsOf(samples.xml));
    expect(elementsOf(written).children).toHaveLength(16);
  });

  it("writes only the fields given, in alphabetical order, booleans as true/false and enums by name", () => {
    const written = serializeDataContractXml(
      { RefType: 0, Number: "555", IsPrimary: false, AreaCode: "206" },
      phoneOperation,
    );
    expect(elementsOf(written).children).toEqual([
      ["AreaCode", "206"],
      ["IsPrimary", "false"],
      ["Number", "555"],
      ["RefType", "Division"],
    ]);
    expect(
      written.startsWith(
        '<Phone xmlns:i="http://www.w3.org/2001/XMLSchema-instance" xmlns="http://schemas.datacontract.org/2004/07/CaliberAPI">',
      ),
    ).toBe(true);
  });

  it("escapes &, < and > (a raw ]]> is an error to .NET's reader); quotes stay as they are", () => {
    const written = serializeDataContractXml({ Number: `<a & b> "c" 'd' ]]>` }, phoneOperation);
    expect(written).toContain(`<Number>&lt;a &amp; b&gt; "c" 'd' ]]&gt;</Number>`);
    expect(parseDataContractXml(written, phoneOperation)).toEqual({
      body: { Number: `<a & b> "c" 'd' ]]>` },
      issues: [],
    });
  });

  it("writes CR and what XML 1.0 cannot hold raw as character references, which read back exactly", () => {
    const text = "a\r\nb\rc\0d\u0001\u001f\ud800e\udc00\ufffe\uffff\tf\ng\u0085\u2028😀";
    const written = serializeDataContractXml({ Number: text }, phoneOperation);
    expect(written).toContain(
      "<Number>a&#xD;\nb&#xD;c&#x0;d&#x1;&#x1F;&#xD800;e&#xDC00;&#xFFFE;&#xFFFF;\tf\ng\u0085\u2028😀</Number>",
    );
    expect(parseDataContractXml(written, phoneOperation)).toEqual({ body: { Number: text }, issues: [] });
  });

  it("refuses an enum value with no known name, naming the field", () => {
    expect(writeXml({ RefType: 7, NameOption: 3 })).toEqual([
      { path: "body.NameOption", message: expect.stringContaining("no known enum member name for 3") },
      { path: "body.RefType", message: expect.stringContaining("no known enum member name for 7") },
    ]);
  });

  it("reads the page's XML sample back into the page's JSON sample", () => {
    expect(parseDataContractXml(samples.xml, phoneOperation)).toEqual({ body: pageJson, issues: [] });
  });

  it("reads references and CDATA as .NET's reader does", () => {
    const xml = (number: string) =>
      `<Phone xmlns="http://schemas.datacontract.org/2004/07/CaliberAPI"><Number>${number}</Number></Phone>`;
    expect(parseDataContractXml(xml("&#65;&#x1F600;&quot;&apos;<![CDATA[&amp;<b>]]>"), phoneOperation).body).toEqual({
      Number: `A😀"'&amp;<b>`,
    });
    expect(parseDataContractXml(xml("a&nbsp;b"), phoneOperation).issues).toEqual([
      { path: "body.Number", message: "holds &nbsp;, an entity reference XML does not define" },
    ]);
    expect(parseDataContractXml(xml("&#x110000;"), phoneOperation).issues).toHaveLength(1);
  });

  it("reads a body with an XML declaration and line breaks around its members, as .NET writes one", () => {
    const xml =
      '<?xml version="1.0" encoding="utf-8"?>\n<Phone xmlns="http://schemas.datacontract.org/2004/07/CaliberAPI">\n' +
      "  <AreaCode>0206</AreaCode>\n  <Extension>1.50</Extension>\n  <Number>1e3</Number>\n</Phone>\n";
    expect(parseDataContractXml(xml, phoneOperation)).toEqual({
      body: { AreaCode: "0206", Extension: "1.50", Number: "1e3" },
      issues: [],
    });
  });

  it("reads a reference to the last code point, U+10FFFF", () => {
    const xml = `<Phone xmlns="http://schemas.datacontract.org/2004/07/CaliberAPI"><Number>&#x10FFFF;</Number></Phone>`;
    expect(parseDataContractXml(xml, phoneOperation).body).toEqual({ Number: "\u{10FFFF}" });
  });

  it("keeps a member the spec does not name, for validation to name it; only the spec's members have an order", () => {
    const xml = `<Phone xmlns="http://schemas.datacontract.org/2004/07/CaliberAPI"><Number>1</Number><Zone>x</Zone></Phone>`;
    expect(parseDataContractXml(xml, phoneOperation)).toEqual({ body: { Number: "1", Zone: "x" }, issues: [] });
  });

  it("reads i:nil as null, under whatever prefix the instance namespace has", () => {
    const xml = `<Phone ${ns} xmlns:x="http://www.w3.org/2001/XMLSchema-instance"><Number x:nil="true"/></Phone>`;
    expect(parseDataContractXml(xml, phoneOperation)).toEqual({ body: { Number: null }, issues: [] });
  });

  it("keeps whitespace inside strings", () => {
    const written = serializeDataContractXml({ Extension: "  12 " }, phoneOperation);
    expect(parseDataContractXml(written, phoneOperation).body).toEqual({ Extension: "  12 " });
  });

  it.each([
    ["malformed XML", "<Phone><Number>1</Phone>", /not well-formed XML/],
    [
      "an unknown enum name",
      '<Phone xmlns="http://schemas.datacontract.org/2004/07/CaliberAPI"><RefType>Region</RefType></Phone>',
      /not a known enum member name: "Region"/,
    ],
  ])("refuses %s with an issue", (_case, xml, message) => {
    const { body, issues } = parseDataContractXml(xml, phoneOperation);
    expect(body).toBeUndefined();
    expect(issues).toEqual([expect.objectContaining({ message: expect.stringMatching(message) })]);
  });

  it.each([
    [
      "a wrong root",
      '<Email xmlns="urn:x"/>',
      [{ path: "body", message: "must have the root element <Phone>, found Email" }],
    ],
    [
      "two roots",
      "<Phone/><Phone/>",
      [{ path: "body", message: "must have the root element <Phone>, found Phone, Phone" }],
    ],
    [
      "no namespace",
      "<Phone><Number>1</Number></Phone>",
      [{ path: "body", message: "<Phone> must be in namespace http://schemas.datacontract.org/2004/07/CaliberAPI" }],
    ],
    [
      "a member with an attribute other than i:nil",
      `<Phone ${ns}><Number kind="x">1</Number></Phone>`,
      [{ path: "body.Number", message: "must be a simple value" }],
    ],
    [
      "a member with an element inside",
      `<Phone ${ns}><Number><Digits>1</Digits></Number></Phone>`,
      [{ path: "body.Number", message: "must be a simple value" }],
    ],
    [
      "text beside the members",
      `<Phone ${ns}>555<Number>1</Number></Phone>`,
      [{ path: "body", message: "<Phone> must hold only elements, found text" }],
    ],
    [
      "a member given twice",
      `<Phone ${ns}><Number>1</Number><Number>2</Number></Phone>`,
      [{ path: "body.Number", message: "appears more than once" }],
    ],
    [
      "members out of order",
      `<Phone ${ns}><Number>1</Number><AreaCode>2</AreaCode></Phone>`,
      [
        {
          path: "body.AreaCode",
          message: `is out of order: members must come in the order ${phoneOperation.types.Phone!.members.map(([name]) => name).join(", ")}`,
        },
      ],
    ],
  ])("refuses %s, saying where and what", (_case, xml, issues) => {
    expect(parseDataContractXml(xml, phoneOperation)).toEqual({ issues });
  });

  it("writes and reads a shape without a namespace", () => {
    const plain: OperationInfo = {
      ...phoneOperation,
      types: { Phone: { name: "Phone", members: [["Number", { kind: "string" }]] } },
    };
    const xml = serializeDataContractXml({ Number: "1" }, plain);
    expect(xml).toBe('<Phone xmlns:i="http://www.w3.org/2001/XMLSchema-instance"><Number>1</Number></Phone>');
    expect(parseDataContractXml(xml, plain)).toEqual({ body: { Number: "1" }, issues: [] });
  });

  it("refuses a body for an operation without an XML shape", () => {
    expect(parseDataContractXml("<Phone/>", { ...phoneOperation, requestBody: undefined })).toEqual({
      issues: [{ path: "body", message: "has no XML shape in the spec" }],
    });
  });
});

describe("form encoding", () => {
  it("writes key=value pairs of the fields given, enums as numbers", () => {
    expect(
      serializeFormUrlEncoded(
        { RefType: 0, Number: "555 0100", IsPrimary: true, Extension: undefined },
        formTextIssues,
      ),
    ).toBe("RefType=0&Number=555+0100&IsPrimary=true");
  });

  it("percent-encodes what the form binder would misread: + as %2B, & and = in values, all of UTF-8", () => {
    expect(serializeFormUrlEncoded({ Number: "a+b&c=d %u0041 é\u0000" }, formTextIssues)).toBe(
      "Number=a%2Bb%26c%3Dd+%25u0041+%C3%A9%00",
    );
  });

  it("refuses, naming each field, text a form cannot carry: empty, whitespace only, a lone surrogate", () => {
    expect(
      serializeFormUrlEncoded(
        { Number: "", AreaCode: " \t\u00a0\u3000", Extension: "a\ud800", PhoneTypeName: "x" },
        formTextIssues,
      ),
    ).toEqual([
      { path: "body.Number", message: expect.stringContaining("is empty or only whitespace") },
      { path: "body.AreaCode", message: expect.stringContaining("is empty or only whitespace") },
      { path: "body.Extension", message: expect.stringContaining("lone surrogate") },
    ]);
    // Whitespace around other text, and characters .NET does not count as whitespace, are carried.
    expect(serializeFormUrlEncoded({ Number: " a ", AreaCode: "\ufeff", Extension: "\u200b" }, formTextIssues)).toEqual(
      expect.any(String),
    );
  });

  it("refuses a body with no field: the framework binds an empty form as no object at all", () => {
    expect(serializeFormUrlEncoded({}, formTextIssues)).toEqual([
      { path: "body", message: expect.stringContaining("has no fields") },
    ]);
    expect(serializeFormUrlEncoded({ Number: undefined }, formTextIssues)).toEqual([
      { path: "body", message: expect.stringContaining("has no fields") },
    ]);
  });

  it("reads the page's sample back, typed by the spec", () => {
    expect(parseFormUrlEncoded(serializeFormUrlEncoded(pageJson, formTextIssues) as string, phoneOperation)).toEqual({
      body: pageJson,
      issues: [],
    });
  });

  it("keeps a field the spec does not name as text, for validation to name it", () => {
    expect(parseFormUrlEncoded("Number=1&Zone=x", phoneOperation)).toEqual({
      body: { Number: "1", Zone: "x" },
      issues: [],
    });
  });

  it("refuses a field given twice", () => {
    expect(parseFormUrlEncoded("Number=1&Number=2", phoneOperation)).toEqual({
      issues: [{ path: "body.Number", message: "appears more than once" }],
    });
  });
});

describe("JSON", () => {
  it("writes JSON.stringify's text", () => {
    expect(serializeJson({ Number: "a\u0000\u2028😀", PhoneID: 1 })).toBe('{"Number":"a\\u0000\u2028😀","PhoneID":1}');
  });

  it("refuses a lone surrogate, which Json.NET reads as U+FFFD, naming the field", () => {
    expect(serializeJson({ Number: "a\udc00", AreaCode: "\ud83d\ude00" })).toEqual([
      { path: "body.Number", message: expect.stringContaining("lone surrogate") },
    ]);
  });

  it("refuses a member name with a lone surrogate (validate: false sends any name), and sends a pair's", () => {
    expect(serializeJson({ Phones: [{ "a\ud800": 1 }], "\ud83d\ude00": 2 })).toEqual([
      {
        path: "body.Phones.0.a\ud800",
        message: "is a name holding a lone surrogate, which ASP.NET would read as U+FFFD",
      },
    ]);
    expect(serializeFormUrlEncoded({ "x\udc00": "1" }, formTextIssues)).toEqual([
      { path: "body.x\udc00", message: expect.stringContaining("is a name holding a lone surrogate") },
    ]);
  });

  it("sends text that spells out a surrogate escape, which is no lone surrogate, as it is", () => {
    const spelled = { Number: "\\ud800", AreaCode: "\\\\udc00x" };
    expect(serializeJson(spelled)).toBe(JSON.stringify(spelled));
  });

  it("names the lone surrogate before what JSON.stringify cannot write", () => {
    expect(serializeJson({ Number: "\ud800", PhoneID: 1n })).toEqual([
      { path: "body.Number", message: expect.stringContaining("lone surrogate") },
    ]);
  });

  it("refuses what JSON.stringify cannot write", () => {
    const cycle: Record<string, unknown> = {};
    cycle.self = cycle;
    // JSON.stringify's own words say which: a BigInt, or a circular structure.
    expect(serializeJson({ PhoneID: 1n })).toEqual([
      { path: "body", message: expect.stringMatching(/^cannot be written as JSON: .*BigInt/) },
    ]);
    expect(serializeJson(cycle)).toEqual([
      { path: "body", message: expect.stringMatching(/^cannot be written as JSON: .*circular/) },
    ]);
    for (const nothing of [() => 1, Symbol("body")]) {
      expect(serializeJson(nothing)).toEqual([
        { path: "body", message: "cannot be written as JSON: it is a function or a symbol" },
      ]);
    }
  });
});

describe("format by Content-Type", () => {
  it.each([
    ["application/json", "json"],
    ["text/json; charset=utf-8", "json"],
    ["Application/XML", "xml"],
    ["text/xml", "xml"],
    ["application/x-www-form-urlencoded", "form"],
    ["application/merge-patch+json", "json"],
    ["application/problem+xml", "xml"],
    ["application/json-seq", undefined],
    ["text/plain", undefined],
  ])("%s is %s", (contentType, format) => {
    expect(bodyFormatOf(contentType)).toBe(format);
  });

  it("serializes each format, JSON by default", async () => {
    const body = { Number: "1", RefType: 0 };
    expect(serializeBody(body, null, phoneLabel, true)).toBe('{"Number":"1","RefType":0}');
    await loadBodyFormat(true, () => "application/x-www-form-urlencoded", "PUT /a");
    expect(serializeBody(body, "application/x-www-form-urlencoded", phoneLabel, true)).toBe("Number=1&RefType=0");
    await loadBodyFormat(true, () => "text/xml", "PUT /a");
    expect(serializeBody(body, "text/xml", phoneLabel, true)).toContain(
      "<Number>1</Number><RefType>Division</RefType>",
    );
    // validate: true refuses the type before this; with validate: false it is JSON, as in openapi-fetch.
    expect(serializeBody(body, "text/plain", phoneLabel, true)).toBe('{"Number":"1","RefType":0}');
  });
});

describe("serializeBody's refusals name the operation and the reason", () => {
  const contentTypeIssue = (message: string) => [{ path: "headers.Content-Type", message }];

  it("XML asked for before the XML chunk is loaded", async () => {
    vi.resetModules();
    const fresh = await import("../../src/formats/serialize-body.ts");
    expect(caught(() => fresh.serializeBody({ Number: "1" }, "text/xml", phoneLabel, true))).toMatchObject({
      name: "CaliberValidationError",
      operation: phoneLabel,
      issues: contentTypeIssue('"text/xml" needs loadBodyFormat() first'),
    });
  });

  it("a form asked for before the form chunk is loaded, to any operation", async () => {
    vi.resetModules();
    const fresh = await import("../../src/formats/serialize-body.ts");
    for (const hasXmlBody of [true, false]) {
      expect(
        caught(() => fresh.serializeBody({ Number: "1" }, "application/x-www-form-urlencoded", phoneLabel, hasXmlBody)),
      ).toMatchObject({
        name: "CaliberValidationError",
        operation: phoneLabel,
        issues: contentTypeIssue('"application/x-www-form-urlencoded" needs loadBodyFormat() first'),
      });
    }
    // A URLSearchParams is already a form's text: no chunk is needed for it.
    expect(fresh.serializeBody(new URLSearchParams({ a: "1" }), "application/x-www-form-urlencoded")).toBe("a=1");
  });

  it("each format loads once: a second loadBodyFormat for it has nothing to load", async () => {
    vi.resetModules();
    const fresh = await import("../../src/formats/serialize-body.ts");
    await fresh.loadBodyFormat(false, () => "application/x-www-form-urlencoded", "PUT /a");
    expect(fresh.loadBodyFormat(false, () => "application/x-www-form-urlencoded", "PUT /a")).toBeUndefined();
    // Nor for an operation with an XML shape whose XML is not loaded yet: a form call needs only the form writer.
    expect(fresh.loadBodyFormat(true, () => "application/x-www-form-urlencoded", "PUT /a")).toBeUndefined();
    // With the form writer loaded, an operation with no XML shape asks for no Content-Type at all.
    expect(fresh.loadBodyFormat(false, () => expect.unreachable("Content-Type asked for"), "PUT /a")).toBeUndefined();
    // The XML format is still to load for an operation with an XML shape.
    const xml = fresh.loadBodyFormat(true, () => "text/xml", "PUT /a");
    expect(xml).toBeInstanceOf(Promise);
    await xml;
    expect(fresh.loadBodyFormat(true, () => expect.unreachable("Content-Type asked for"), "PUT /a")).toBeUndefined();
  });

  it("XML for an operation the spec gives no XML shape: the XML chunk is not even loaded", async () => {
    vi.resetModules();
    const fresh = await import("../../src/formats/serialize-body.ts");
    expect(fresh.loadBodyFormat(false, () => "text/xml", "PUT /a")).toBeUndefined();
    // Nor for a call that sends JSON or no Content-Type, to an operation that has an XML shape.
    expect(fresh.loadBodyFormat(true, () => "application/json", "PUT /a")).toBeUndefined();
    expect(fresh.loadBodyFormat(true, () => undefined, "PUT /a")).toBeUndefined();
    expect(caught(() => serializeBody({}, "application/xml", "POST /things"))).toMatchObject({
      operation: "POST /things",
      issues: contentTypeIssue('"application/xml" has no XML shape in the spec for this operation'),
    });
  });

  it("an enum number XML cannot name: the XML chunk's issue, thrown with the operation", async () => {
    await loadBodyFormat(true, () => "text/xml", "PUT /a");
    const error = caught(() => serializeBody({ Number: "1", RefType: 7 }, "text/xml", phoneLabel, true));
    expect(error).toMatchObject({
      name: "CaliberValidationError",
      operation: phoneLabel,
      issues: [{ path: "body.RefType", message: "has no known enum member name for 7 (XML writes enums by name)" }],
    });
    expect((error as Error).message).toBe(
      `Invalid request for ${phoneLabel}, nothing was sent: body.RefType has no known enum member name for 7 (XML writes enums by name)`,
    );
  });

  it("a Content-Type that names no format this client writes: JSON, as openapi-fetch writes it", () => {
    expect(serializeBody({ a: 1 }, "text/plain")).toBe('{"a":1}');
    expect(serializeBody("x", "application/my-json")).toBe('"x"');
  });

  it("a FormData goes on as it is; a URLSearchParams is a form's text, and refused in any other format", () => {
    const form = new FormData();
    expect(serializeBody(form, "application/json")).toBe(form);
    expect(serializeBody(new URLSearchParams({ a: "1 2" }), "application/x-www-form-urlencoded")).toBe("a=1+2");
    expect(caught(() => serializeBody(new URLSearchParams({ a: "1" }), undefined))).toMatchObject({
      operation: "request",
      issues: [{ path: "body", message: expect.stringMatching(/^is a URLSearchParams, which only a form carries/) }],
    });
  });
});

describe("the client's XML chunk (xml-body.ts)", () => {
  it("finds the operation's XML shape by its label", () => {
    expect(serializeXmlBody({ Number: "1" }, phoneLabel)).toBe(
      serializeDataContractXml({ Number: "1" }, phoneOperation),
    );
  });

  it("returns an issue for an operation it has no XML shape for", () => {
    expect(serializeXmlBody({ Number: "1" }, "GET /nowhere")).toEqual([
      { path: "body", message: "has no XML shape in the spec" },
    ]);
  });
});

describe("enums of other types", () => {
  it("reads a string enum's and a number enum's member names back to their values", () => {
    const kinds: OperationInfo = {
      ...phoneOperation,
      types: {
        Phone: {
          name: "Phone",
          members: [
            ["Kind", { kind: "enum", members: { home: "Home" }, stringValues: true }],
            ["Share", { kind: "enum", members: { "0.5": "Half" } }],
          ],
        },
      },
    };
    const xml = serializeDataContractXml({ Kind: "home", Share: 0.5 }, kinds);
    expect(xml).toContain("<Kind>Home</Kind><Share>Half</Share>");
    expect(parseDataContractXml(xml, kinds)).toEqual({ body: { Kind: "home", Share: 0.5 }, issues: [] });
  });
});

describe("a second schema", () => {
  it("works from its spec alone, without new serializer code", async () => {
    const spec = await readSpec(fileURLToPath(new URL("../fixtures/second-schema.yaml", import.meta.url)));
    const [email] = findOperations(spec);
    const xml = serializeDataContractXml({ Verified: true, Kind: 2, Address: "a@b.c" }, email!);
    expect(xml).toBe(
      '<EmailAddress xmlns:i="http://www.w3.org/2001/XMLSchema-instance" xmlns="urn:example:second">' +
        "<Address>a@b.c</Address><Kind>Home</Kind><Verified>true</Verified></EmailAddress>",
    );
    expect(parseDataContractXml(xml, email!).body).toEqual({
      Address: "a@b.c",
      Kind: 2,
      Verified: true,
    });
  });
});
