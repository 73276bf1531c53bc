// Drafting the spec from saved pages: what each page's words become, in the spec's conventions; types reused
// and enum members merged; samples that disagree with their table, and types described nowhere, refused.
import { readFileSync } from "node:fs";
import { parse } from "yaml";
import { describe, expect, it } from "vitest";
import { checkPages } from "../../scripts/help-pages/check-pages.ts";
import { conflictsWithSpec, draftSpec, modelPages } from "../../scripts/help-pages/draft-spec.ts";
import { parsePage } from "../../scripts/help-pages/parse-page.ts";
import { draftInto, emptySpecText, fixturePagesDir, fixtures, loadPages, seedPagesDir } from "./pages-helper.ts";

const specPath = new URL("../../spec/openapi.yaml", import.meta.url);

describe("the seed page round-trips", () => {
  it("today's spec holds to every saved page", () => {
    const spec = parse(readFileSync(specPath, "utf8"));
    expect(checkPages(loadPages(seedPagesDir), spec).issues).toEqual([]);
  });

  it("drafted from an empty spec, it gives a spec the check holds to the page, saying what the page says", () => {
    const pages = loadPages(seedPagesDir);
    const { spec } = draftInto(emptySpecText, pages);
    expect(checkPages(pages, spec).issues).toEqual([]);
    const operation = spec.paths["/api/v2/clientcontact/{clientContactId}/phone"].patch;
    expect(operation.operationId).toBe("patchClientContactPhone");
    expect(Object.keys(operation.requestBody.content)).toEqual([
      "application/json",
      "text/json",
      "application/xml",
      "text/xml",
      "application/x-www-form-urlencoded",
    ]);
    expect(operation.responses["200"].content["*/*"].schema).toEqual({
      description: "Not documented by the help page.",
    });
    const phone = spec.components.schemas.Phone;
    expect(phone.xml).toEqual({ name: "Phone", namespace: "http://schemas.datacontract.org/2004/07/CaliberAPI" });
    expect(phone.additionalProperties).toBe(false);
    expect(phone.properties.PhoneID).toMatchObject({ type: "integer" });
    expect(phone.properties.PhoneID.format).toBeUndefined();
    expect(phone.properties.DateCreated).toMatchObject({ type: "string", format: "date-time" });
    expect(spec.components.schemas.ObjectTypes).toMatchObject({ enum: [0], "x-enum-varnames": ["Division"] });
    expect(spec.components.schemas.NameOptions).toMatchObject({ enum: [0], "x-enum-varnames": ["Contact1"] });
    expect(spec.components.examples.PhoneXmlSample.value).toContain("<RefType>Division</RefType>");
  });
});

describe("fixture pages drafted from an empty spec", () => {
  const pages = loadPages(fixturePagesDir);
  const { spec, notes } = draftInto(emptySpecText, pages);
  const schemas = spec.components.schemas;

  it("give a spec the check holds to every page", () => {
    expect(checkPages(pages, spec).issues).toEqual([]);
  });

  it("state every type word and annotation as JSON Schema", () => {
    const p = schemas.Widget.properties;
    expect(schemas.Widget.required).toEqual(["WidgetID", "Name"]);
    expect(p.Count).toMatchObject({ type: "integer", minimum: 1, maximum: 100 });
    expect(p.Level).toMatchObject({ type: "integer", format: "uint8", minimum: 0, maximum: 255 });
    expect(p.Offset).toMatchObject({ type: "integer", format: "int8", minimum: -128, maximum: 127 });
    expect(p.Initial).toMatchObject({ type: "string", format: "char", minLength: 1, maxLength: 1 });
    expect(p.Price).toMatchObject({ type: "number", minimum: 0.5, maximum: 999.99 });
    expect(p.Name).toMatchObject({ type: "string", minLength: 2, maxLength: 40 });
    expect(p.Code).toMatchObject({ type: "string", pattern: String.raw`^(?:[A-Z]{3}-\d+)?$` });
    expect(p.Notes).toMatchObject({ type: "string", minLength: 5, "x-data-type": "MultilineText" });
    expect(p.Token).toMatchObject({ type: "string", format: "uuid" });
    expect(p.Duration).toMatchObject({ type: "string", format: "time-span" });
    expect(p.Created).toMatchObject({ type: "string", format: "date-time" });
    expect(p.Active).toMatchObject({ type: "boolean" });
    expect(p.Homepage).toMatchObject({ type: "string", format: "uri-reference" });
    expect(p.Tags).toMatchObject({ type: "array", items: { type: "string" }, maxItems: 10 });
    expect(p.Parts).toMatchObject({ type: "array", items: { $ref: "#/components/schemas/Part" } });
    expect(p.Scores).toMatchObject({ type: "object", additionalProperties: { type: "integer" } });
    expect(p.Extra.type).toBeUndefined();
    expect(p.Colour).toEqual({ $ref: "#/components/schemas/Colour" });
    expect(schemas.Widget.xml).toEqual({
      name: "Widget",
      namespace: "http://schemas.datacontract.org/2004/07/Fixture.Widgets",
    });
  });

  it("take a nested type's namespace from the XML sample, and its fields from its model page", () => {
    expect(schemas.Part).toMatchObject({
      xml: { name: "Part", namespace: "http://schemas.datacontract.org/2004/07/Fixture.Parts" },
      required: ["PartID"],
      properties: { PartID: { type: "integer" }, Label: { type: "string", maxLength: 50 } },
    });
  });

  it("list every member of an enum whose model page is saved, and only the members the samples show otherwise", () => {
    expect(schemas.Colour).toMatchObject({
      type: "integer",
      enum: [0, 1, 2],
      "x-enum-varnames": ["Red", "Green", "Blue"],
      "x-enum-descriptions": ["Red", "Like grass.", "Blue"],
    });
    expect(schemas.Shape).toMatchObject({ enum: [0], "x-enum-varnames": ["Round"] });
    expect(schemas.Shape.description).toMatch(/Unknown members/);
  });

  it("draft a body-less DELETE: path and query parameters, no body, no response body", () => {
    const operation = spec.paths["/api/v1/widget/{widgetId}"].delete;
    expect(operation.parameters.map((p: any) => [p.name, p.in, p.required, p.schema])).toEqual([
      ["widgetId", "path", true, { type: "integer" }],
      ["hard", "query", false, { type: "boolean", default: false }],
    ]);
    expect(operation.requestBody).toBeUndefined();
    expect(Object.keys(operation.responses)).toEqual(["204", "default"]);
    expect(operation.responses["204"].content).toBeUndefined();
  });

  it("draft a GET with a collection response in each format the page lists, with its samples", () => {
    const operation = spec.paths["/api/v1/widget/{widgetId}/parts"].get;
    expect(operation.parameters[1]).toMatchObject({
      name: "page",
      in: "query",
      schema: { type: "integer", default: 1 },
    });
    const content = operation.responses["200"].content;
    expect(Object.keys(content)).toEqual(["application/json", "text/json", "application/xml", "text/xml"]);
    expect(content["application/json"].schema).toEqual({ type: "array", items: { $ref: "#/components/schemas/Part" } });
    expect(content["text/xml"].examples.helpPageSample.$ref).toBe("#/components/examples/CollectionOfPartXmlSample");
    expect(spec.components.examples.CollectionOfPartJsonSample.value).toHaveLength(2);
  });

  it("give a sample that breaks its own page's annotations as no example, and say so", () => {
    const body = spec.paths["/api/v1/widget"].post.requestBody.content;
    expect(body["application/json"].examples).toBeUndefined();
    expect(body["application/xml"].examples.helpPageSample.$ref).toBe("#/components/examples/WidgetXmlSample");
    expect(notes).toEqual([
      "the request JSON sample of Widget breaks its own annotations or types, so it is not given as an example",
    ]);
  });
});

describe("drafting into a spec that has some of it", () => {
  const pages = loadPages(fixturePagesDir);
  const first = draftInto(emptySpecText, pages);

  it("drafts nothing the spec has: operations, types and examples are reused, never duplicated", () => {
    const again = draftSpec(pages, first.spec, modelPages(pages, first.spec));
    expect(again.paths).toEqual({});
    expect(again.schemas).toEqual({});
    expect(again.examples).toEqual({});
    expect(again.alreadyDescribed).toHaveLength(3);
  });

  it("reports a conflict with a type the spec has, and does not count added enum members as one", () => {
    const spec = structuredClone(first.spec);
    spec.components.schemas.Part.properties.Label.type = "integer";
    Object.assign(spec.components.schemas.Colour, { enum: [0, 1], "x-enum-varnames": ["Red", "Lime"] });
    const printed = conflictsWithSpec(modelPages(pages, spec), spec).map(
      (c) => `${c.file}:${c.line}: ${c.at}: ${c.message}`,
    );
    expect(printed).toEqual([
      "ResourceModel-Colour.html:18: components.schemas.Colour: the page names member 1 Green, the spec says Lime (not overwritten)",
      "ResourceModel-Part.txt:14: components.schemas.Part.properties.Label: the page says string, the spec says integer (not overwritten)",
    ]);
    expect(conflictsWithSpec(modelPages(pages, first.spec), first.spec)).toEqual([]);
  });

  it("merges the members a page's samples show into an enum the spec has", () => {
    const text = readFileSync(fixturePagesDir + "/POST-api-v1-widget.txt", "utf8")
      .replace('"Shape": 0', '"Shape": 2')
      .replace("<Shape>Round</Shape>", "<Shape>Square</Shape>");
    const changed = pages.map((p) => (p.file === "POST-api-v1-widget.txt" ? parsePage(p.file, text) : p));
    const model = modelPages(changed, first.spec);
    expect(model.problems).toEqual([]);
    expect(conflictsWithSpec(model, first.spec)).toEqual([]);
    expect(draftSpec(changed, first.spec, model).enumMembers).toEqual({
      Shape: [{ value: 2, name: "Square", description: "Square (shown in the help page's samples)." }],
    });
  });

  it("merges the members an enum's model page adds into the spec's enum", () => {
    const spec = structuredClone(first.spec);
    Object.assign(spec.components.schemas.Colour, {
      enum: [0],
      "x-enum-varnames": ["Red"],
      "x-enum-descriptions": ["Red"],
    });
    const draft = draftSpec(pages, spec, modelPages(pages, spec));
    expect(draft.enumMembers).toEqual({
      Colour: [
        { value: 1, name: "Green", description: "Like grass." },
        { value: 2, name: "Blue", description: "Blue" },
      ],
    });
  });
});

describe("pages the draft refuses", () => {
  it("a page whose samples disagree with its table: each disagreement with its line", () => {
    const pages = loadPages(fixtures + "samples-disagree");
    const problems = modelPages(pages, {}).problems.map((p) => `${p.file}:${p.line}: ${p.at}: ${p.message}`);
    expect(problems).toEqual([
      `POST-api-v1-gadget.txt:37: components.schemas.Gadget.properties.GadgetID: the page's sample disagrees with its table: the request JSON sample has "sample string 1", the table says integer`,
      "POST-api-v1-gadget.txt:39: components.schemas.Gadget.properties: the page's sample disagrees with its table: the request JSON sample has key Colour, the table has no such property",
      "POST-api-v1-gadget.txt:36: components.schemas.Gadget.properties.Active: the page's sample disagrees with its table: the request JSON sample has no key Active",
      "POST-api-v1-gadget.txt:49: components.schemas.Gadget.properties: the page's sample disagrees with its table: the request XML sample has element Weight, the table has no such property",
    ]);
  });

  it("an XML sample out of DataContract's ordinal order, which the spec cannot state", () => {
    const text = readFileSync(fixtures + "broken/xml-sample-does-not-parse.txt", "utf8")
      .replace("</Labl>", "</Label>")
      .replace(
        "  <Active>true</Active>\n  <GadgetID>1</GadgetID>",
        "  <GadgetID>1</GadgetID>\n  <Active>true</Active>",
      );
    const problems = modelPages([parsePage("ordered.txt", text)], {}).problems.map(
      (p) => `${p.file}:${p.line}: ${p.message}`,
    );
    expect(problems).toEqual([
      "ordered.txt:46: the page's sample disagrees with its table: the request XML sample's members are in the order GadgetID, Active, Label; the table's DataContract order (ordinal) is Active, GadgetID, Label",
    ]);
  });

  it("samples that do not parse: the line where each stops", () => {
    const pages = loadPages(
      fixtures + "broken/json-sample-does-not-parse.txt",
      fixtures + "broken/xml-sample-does-not-parse.txt",
    );
    const problems = modelPages(pages, {}).problems.map((p) => `${p.file}:${p.line}: ${p.message}`);
    expect(problems).toEqual([
      "json-sample-does-not-parse.txt:38: the JSON sample does not parse: Expected ',' or '}' after property value in JSON at position 20",
      "xml-sample-does-not-parse.txt:48: the XML sample does not parse: Expected closing tag 'Label' (opened in line 4, col 3) instead of closing tag 'Labl'.",
    ]);
  });

  it("a type the pages link to but describe nowhere: its model page is asked for", () => {
    // Without ResourceModel-Part.txt, nothing says what a Part's fields are; Colour and Shape the samples show.
    const pages = loadPages(fixturePagesDir + "/POST-api-v1-widget.txt");
    const missing = modelPages(pages, {}).missingModels.map((p) => `${p.file}:${p.line}: ${p.message}`);
    expect(missing).toEqual([
      "POST-api-v1-widget.txt:111: type Part is described nowhere: save its model page (Help/ResourceModel?modelName=Part) in spec/help-pages/",
    ]);
  });
});
