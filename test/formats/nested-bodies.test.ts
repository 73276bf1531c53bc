// The body formats on nested bodies, from a fixture spec: each format walks the body model (objects, collections of
// objects and of primitives, nulls, decimals), with no code per schema. The wire shapes expected here are the ones
// ASP.NET Web API binds (issue 18; test/conformance proves them against the framework).
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { findOperations } from "../../scripts/generate/operations.ts";
import { readSpec } from "../../scripts/generate/spec.ts";
import { parseFormUrlEncoded, serializeFormUrlEncoded } from "../../src/formats/form-urlencoded.ts";
import { formTextIssues } from "../../src/formats/unsendable-text.ts";
import { serializeJson } from "../../src/formats/json.ts";
import { parseDataContractXml } from "../../src/formats/xml/parse-data-contract-xml.ts";
import { writeDataContractXml } from "../../src/formats/xml/write-data-contract-xml.ts";

const spec = await readSpec(fileURLToPath(new URL("fixtures/nested-bodies.yaml", import.meta.url)));
const operations = findOperations(spec);
const put = operations.find((o) => o.operationId === "putClientContact")!;
const getPhones = operations.find((o) => o.operationId === "getPhones")!;
const body = put.requestBody!;
const { types } = put;

const xmlns =
  'xmlns:i="http://www.w3.org/2001/XMLSchema-instance" xmlns="http://schemas.datacontract.org/2004/07/CaliberAPI"';
const arrays = "http://schemas.microsoft.com/2003/10/Serialization/Arrays";
const contact = {
  Phones: [{ Number: "555" }],
  Emails: ["a@x.test", "b@x.test"],
  HomeAddress: { City: "Oslo" },
  ManagerID: null,
};

describe("DataContract XML of nested bodies", () => {
  it("writes the issue's body as ASP.NET binds it: members in order, items by contract, Arrays items, i:nil", () => {
    expect(writeDataContractXml(contact, body, types)).toBe(
      `<ClientContact ${xmlns}>` +
        `<Emails xmlns:d2p1="${arrays}"><d2p1:string>a@x.test</d2p1:string><d2p1:string>b@x.test</d2p1:string></Emails>` +
        `<HomeAddress><City>Oslo</City></HomeAddress><ManagerID i:nil="true"/>` +
        `<Phones><Phone><Number>555</Number></Phone></Phones></ClientContact>`,
    );
  });

  it("writes primitive items by the .NET type the spec names, decimals as plain digits, enums by name", () => {
    const xml = writeDataContractXml({ Scores: [1, -2], Balance: 1e-7, Kind: 1, Emails: [null] }, body, types);
    expect(xml).toContain(`<Balance>0.0000001</Balance>`);
    expect(xml).toContain(`<Emails xmlns:d2p1="${arrays}"><d2p1:string i:nil="true"/></Emails>`);
    expect(xml).toContain(`<Kind>Company</Kind>`);
    expect(xml).toContain(`<Scores xmlns:d2p1="${arrays}"><d2p1:int>1</d2p1:int><d2p1:int>-2</d2p1:int></Scores>`);
  });

  it("reads back what it writes, at every depth", () => {
    const value = {
      ...contact,
      Scores: [3],
      Balance: 12.5,
      Key: "0f8fad5b-d9cb-469f-a165-70867728950e",
      Kind: 0,
      HomeAddress: { City: null, Lines: ["1 Main St", "Floor 2"] },
      Phones: [{ Number: "1", IsPrimary: true }, { Number: null }],
    };
    const xml = writeDataContractXml(value, body, types) as string;
    expect(parseDataContractXml(xml, body, types)).toEqual({ body: value, issues: [] });
  });

  it("writes and reads a collection root as ArrayOf its item contract", () => {
    const phones = getPhones.responses![0]!.model;
    const xml = writeDataContractXml([{ Number: "1" }, null], phones, getPhones.types) as string;
    expect(xml).toBe(`<ArrayOfPhone ${xmlns}><Phone><Number>1</Number></Phone><Phone i:nil="true"/></ArrayOfPhone>`);
    expect(parseDataContractXml(xml, phones, getPhones.types)).toEqual({ body: [{ Number: "1" }, null], issues: [] });
  });

  it("refuses, naming the path, a value of another shape than the model's and an item element of another name", () => {
    expect(writeDataContractXml({ HomeAddress: "Oslo", Phones: {} }, body, types)).toEqual([
      { path: "body.HomeAddress", message: "must be an object to be written as XML" },
      { path: "body.Phones", message: "must be an array to be written as XML" },
    ]);
    const xml = `<ClientContact ${xmlns}><Phones><Telephone><Number>1</Number></Telephone></Phones></ClientContact>`;
    expect(parseDataContractXml(xml, body, types).issues).toEqual([
      { path: "body.Phones.0", message: "must be an <Phone> element, found <Telephone>" },
    ]);
  });

  it("refuses a nested member out of DataContract order", () => {
    const xml = `<ClientContact ${xmlns}><Phones><Phone><Number>1</Number><IsPrimary>true</IsPrimary></Phone></Phones></ClientContact>`;
    expect(parseDataContractXml(xml, body, types).issues).toEqual([
      { path: "body.Phones.0.IsPrimary", message: "is out of order: members must come in the order IsPrimary, Number" },
    ]);
  });
});

describe("form encoding of nested bodies", () => {
  it("writes MVC notation at any depth and leaves a null out (the binder reads a missing key as null)", () => {
    expect(serializeFormUrlEncoded(contact, formTextIssues)).toBe(
      "Phones%5B0%5D.Number=555&Emails%5B0%5D=a%40x.test&Emails%5B1%5D=b%40x.test&HomeAddress.City=Oslo",
    );
    expect(serializeFormUrlEncoded({ Balance: 1e21, HomeAddress: { Lines: ["a"] } }, formTextIssues)).toBe(
      "Balance=1000000000000000000000&HomeAddress.Lines%5B0%5D=a",
    );
  });

  it("refuses, naming each, what a form cannot carry in a nested body", () => {
    expect(
      serializeFormUrlEncoded(
        { Phones: [], HomeAddress: {}, Emails: ["a", null, " "], Scores: [1], Number: "x" },
        formTextIssues,
      ),
    ).toEqual([
      { path: "body.Emails.2", message: "is empty or only whitespace, which ASP.NET's form binder would read as null" },
      { path: "body.Phones", message: "is an empty collection, which ASP.NET's form binder would read as null" },
      {
        path: "body.HomeAddress",
        message: "has no fields a form can carry, which ASP.NET's form binder would read as null",
      },
      {
        path: "body.Emails.1",
        message: "is null, which a form cannot carry inside a collection (the binder stops at the gap)",
      },
    ]);
    expect(serializeFormUrlEncoded({ HomeAddress: { City: null }, Scores: [1] }, formTextIssues)).toEqual([
      {
        path: "body.HomeAddress",
        message: "has no fields a form can carry, which ASP.NET's form binder would read as null",
      },
    ]);
    expect(serializeFormUrlEncoded({ Phones: [{ Number: "1" }, {}], Scores: [1] }, formTextIssues)).toEqual([
      {
        path: "body.Phones.1",
        message: "has no fields a form can carry, which ASP.NET's form binder would read as null",
      },
    ]);
  });

  it("reads MVC and jQuery notation back into the body, typed by the model", () => {
    const expected = {
      Phones: [{ Number: "555", IsPrimary: true }],
      Emails: ["a@x.test", "b@x.test"],
      HomeAddress: { City: "Oslo" },
      Scores: [1, 2],
      Balance: 0.5,
    };
    const mvc =
      "Phones[0].Number=555&Phones[0].IsPrimary=true&Emails[0]=a%40x.test&Emails[1]=b%40x.test" +
      "&HomeAddress.City=Oslo&Scores[0]=1&Scores[1]=2&Balance=0.5";
    const jquery =
      "Phones[0][Number]=555&Phones[0][IsPrimary]=true&Emails[]=a%40x.test&Emails[]=b%40x.test" +
      "&HomeAddress[City]=Oslo&Scores[]=1&Scores[]=2&Balance=0.5";
    expect(parseFormUrlEncoded(mvc, body, types)).toEqual({ body: expected, issues: [] });
    expect(parseFormUrlEncoded(jquery, body, types)).toEqual({ body: expected, issues: [] });
    expect(parseFormUrlEncoded(serializeFormUrlEncoded(expected, formTextIssues) as string, body, types).body).toEqual(
      expected,
    );
  });

  it("refuses keys the binder would not read as sent: a gap in the indexes, a key twice, a value and an object", () => {
    expect(parseFormUrlEncoded("Emails[0]=a&Emails[2]=c", body, types).issues).toEqual([
      { path: "body.Emails", message: "must have items numbered from 0 with no gaps, as the model binder reads them" },
    ]);
    expect(parseFormUrlEncoded("HomeAddress.City=a&HomeAddress[City]=b", body, types).issues).toEqual([
      { path: "body.HomeAddress.City", message: "appears more than once" },
    ]);
    expect(parseFormUrlEncoded("HomeAddress=a&HomeAddress.City=b", body, types).issues).toEqual([
      { path: "body.HomeAddress", message: "is given both as a value and as an object" },
    ]);
    expect(parseFormUrlEncoded("a..b=1", body, types).issues).toEqual([
      { path: "body.a..b", message: "is not a form key the model binder reads" },
    ]);
  });
});

describe("JSON of nested bodies", () => {
  it("refuses a lone surrogate at any depth, naming its path", () => {
    expect(serializeJson({ Phones: [{ Number: "\ud800" }], HomeAddress: { City: "ok" } })).toEqual([
      { path: "body.Phones.0.Number", message: "holds a lone surrogate, which ASP.NET would read as U+FFFD" },
    ]);
  });

  it("refuses a lone surrogate in a body that is a string alone, at body, in JSON and form alike", () => {
    const issue = { path: "body", message: "holds a lone surrogate, which ASP.NET would read as U+FFFD" };
    expect(serializeJson("a\udc00")).toEqual([issue]);
    expect(serializeFormUrlEncoded("\ud800" as unknown as Record<string, unknown>, formTextIssues)).toContainEqual(
      issue,
    );
    expect(serializeJson("\ud83d\ude00")).toBe('"\ud83d\ude00"');
  });
});
