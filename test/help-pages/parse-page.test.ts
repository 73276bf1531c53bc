// Reading saved help pages, text and HTML alike, into what they say; and the errors, with file and line, for
// what is no help page.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { PageError, pageLines } from "../../scripts/help-pages/page-lines.ts";
import { parsePage, type ApiPage, type ModelPage } from "../../scripts/help-pages/parse-page.ts";
import { fixturePagesDir, fixtures, seedPagesDir } from "./pages-helper.ts";

const read = (dir: string, name: string) => parsePage(name, readFileSync(`${dir}/${name}`, "utf8"));

describe("an endpoint's page", () => {
  it("reads the seed page: title, URI parameter, body table, the five formats and an undocumented response", () => {
    const page = read(seedPagesDir, "PATCH-api-v2-clientcontact-clientContactId-phone.txt") as ApiPage;
    expect(page).toMatchObject({ kind: "api", method: "PATCH", path: "api/v2/clientcontact/{clientContactId}/phone" });
    expect(page.uriParameters.map((p) => [p.name, p.typeText, p.annotations.map((a) => a.text), p.line])).toEqual([
      ["clientContactId", "integer", ["Required"], 8],
    ]);
    expect(page.body?.typeText).toBe("Phone");
    expect(page.body?.fields?.map((f) => `${f.name}:${f.typeText}`)).toEqual(
      "PhoneID:integer RefType:ObjectTypes RefID:integer PhoneType:integer PhoneTypeName:string AreaCode:string Number:string Extension:string IsPrimary:boolean IsSecondary:boolean NameOption:NameOptions IsDeleted:boolean DateCreated:date CreatedBy:integer LastModified:date ModifiedBy:integer".split(
        " ",
      ),
    );
    expect(page.body?.fields?.every((f) => f.annotations.length === 0)).toBe(true);
    expect(page.requestSamples.map((s) => [s.mediaTypes, s.text !== undefined])).toEqual([
      [["application/json", "text/json"], true],
      [["application/xml", "text/xml"], true],
      [["application/x-www-form-urlencoded"], false],
    ]);
    expect(page.requestSamples[2]!.unavailable).toMatch(/^Failed to generate the sample/);
    expect(page.response?.typeText).toBe("HttpResponseMessage");
    expect(page.responseSamples).toEqual([]);
  });

  it("reads every type word, description and annotation of a table", () => {
    const page = read(fixturePagesDir, "POST-api-v1-widget.txt") as ApiPage;
    const fields = page.body!.fields!;
    expect(fields.map((f) => f.typeText)).toEqual([
      "integer",
      "unsigned integer",
      "byte",
      "signed byte",
      "character",
      "decimal number",
      "string",
      "string",
      "string",
      "globally unique identifier",
      "time interval",
      "date",
      "boolean",
      "URI",
      "Collection of string",
      "Collection of Part",
      "Dictionary of string [key] and integer [value]",
      "Object",
      "Colour",
      "Shape",
    ]);
    expect(fields[0]).toMatchObject({ name: "WidgetID", description: "Id of the widget.", line: 15 });
    expect(fields.flatMap((f) => f.annotations.map((a) => a.annotation))).toEqual([
      { kind: "required" },
      { kind: "range", minimum: 1, maximum: 100 },
      { kind: "range", minimum: 0.5, maximum: 999.99 },
      { kind: "required" },
      { kind: "stringLength", minimum: 2, maximum: 40 },
      { kind: "pattern", pattern: String.raw`[A-Z]{3}-\d+` },
      { kind: "dataType", dataType: "MultilineText" },
      { kind: "minLength", length: 5 },
      { kind: "maxLength", length: 10 },
    ]);
    expect(page.response).toMatchObject({ typeText: "integer", documentation: "The new widget's id." });
    expect(page.responseSamples.map((s) => s.text)).toEqual([
      "1",
      '<int xmlns="http://schemas.microsoft.com/2003/10/Serialization/">1</int>',
    ]);
  });

  it("reads a body-less DELETE: a query parameter with its default, no body, no response", () => {
    const page = read(fixturePagesDir, "DELETE-api-v1-widget-widgetId.txt") as ApiPage;
    expect(page.path).toBe("api/v1/widget/{widgetId}");
    expect(page.uriParameters.map((p) => [p.name, p.description, p.annotations.map((a) => a.annotation)])).toEqual([
      ["widgetId", undefined, [{ kind: "required" }]],
      ["hard", "Deletes for good, not only marks as deleted.", [{ kind: "default", value: "False" }]],
    ]);
    expect(page.body).toBeUndefined();
    expect(page.response).toBeUndefined();
    expect(page.requestSamples).toEqual([]);
  });

  it("reads the HTML the HelpPage area serves: entities decoded, samples verbatim, lines of the HTML file", () => {
    const page = read(fixturePagesDir, "GET-api-v1-widget-widgetId-parts.html") as ApiPage;
    expect(page).toMatchObject({ method: "GET", path: "api/v1/widget/{widgetId}/parts", line: 19 });
    expect(page.documentation).toBe("Lists a widget's parts, a page at a time.");
    expect(page.uriParameters.map((p) => [p.name, p.typeText, p.description, p.line])).toEqual([
      ["widgetId", "integer", undefined, 32],
      ["page", "integer", "Which page of parts.", 44],
    ]);
    expect(page.body).toBeUndefined();
    expect(page.response).toMatchObject({ typeText: "Collection of Part", type: { kind: "collection" } });
    expect(page.response?.fields?.map((f) => [f.name, f.description, f.annotations[0]?.text])).toEqual([
      ["PartID", undefined, "Required"],
      ["Label", "The part's label.", "Max length: 50"],
    ]);
    const [json, xml] = page.responseSamples;
    expect(JSON.parse(json!.text!)).toEqual([
      { PartID: 1, Label: "sample string 2" },
      { PartID: 1, Label: "sample string 2" },
    ]);
    expect(json!.textLine).toBe(110);
    expect(xml!.text!.split("\n")[0]).toBe(
      '<ArrayOfPart xmlns:i="http://www.w3.org/2001/XMLSchema-instance" xmlns="http://schemas.datacontract.org/2004/07/Fixture.Parts">',
    );
    expect(xml!.textLine).toBe(127);
  });

  it("lays an HTML page out as its saved text: one line per paragraph and cell, a header row's cells run together", () => {
    const html = readFileSync(`${fixturePagesDir}/GET-api-v1-widget-widgetId-parts.html`, "utf8");
    const texts = pageLines("page.html", html).map((l) => l.text);
    expect(texts.slice(0, 8)).toEqual([
      "Help Page Home",
      "GET api/v1/widget/{widgetId}/parts?page={page}",
      "Lists a widget's parts, a page at a time.",
      "Request Information",
      "URI Parameters",
      "NameDescriptionTypeAdditional information",
      "widgetId",
      "integer",
    ]);
  });
});

describe("a model page", () => {
  it("reads an enum's values with their descriptions (HTML)", () => {
    const page = read(fixturePagesDir, "ResourceModel-Colour.html") as ModelPage;
    expect(page).toMatchObject({ kind: "model", name: "Colour", line: 18 });
    expect(page.members).toEqual([
      { name: "Red", value: 0, line: 30 },
      { name: "Green", value: 1, description: "Like grass.", line: 39 },
      { name: "Blue", value: 2, line: 48 },
    ]);
  });

  it("reads a complex type's table (text)", () => {
    const page = read(fixturePagesDir, "ResourceModel-Part.txt") as ModelPage;
    expect(page).toMatchObject({ name: "Part", documentation: "A part of a widget." });
    expect(page.fields?.map((f) => [f.name, f.typeText, f.annotations.map((a) => a.text)])).toEqual([
      ["PartID", "integer", ["Required"]],
      ["Label", "string", ["Max length: 50"]],
    ]);
  });
});

describe("a page that cannot be read", () => {
  const cases: [string, number, RegExp][] = [
    ["not-a-help-page.txt", 1, /not a help page: it should open with "METHOD path".*not "Shopping list"/],
    ["unknown-type-word.txt", 21, /Label: unknown type word "wide string"/],
    ["unreadable-annotation.txt", 17, /unreadable annotation "Range: inclusive between one and ten"/],
  ];
  for (const [file, line, message] of cases) {
    it(`${file}: names the file and line`, () => {
      let error: unknown;
      try {
        read(fixtures + "broken", file);
      } catch (caught) {
        error = caught;
      }
      expect(error).toBeInstanceOf(PageError);
      expect((error as PageError).message).toMatch(new RegExp(`^${file.replace(/\./g, "\\.")}:${line}: `));
      expect((error as PageError).problem).toMatch(message);
    });
  }

  it("names the section a page lacks", () => {
    expect(() => parsePage("cut.txt", "GET api/x\n\nRequest Information\n\nURI Parameters\n\nNone.\n")).toThrow(
      /^cut\.txt:7: not a help page as HelpPage writes it: "Body Parameters" was expected before the end/,
    );
  });
});
