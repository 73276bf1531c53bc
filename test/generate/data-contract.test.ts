// The XML wire shape is derived from the body's one schema by the DataContract rules; a second field list is refused.
import { describe, expect, it } from "vitest";
import { dataContractShape } from "../../scripts/generate/data-contract.ts";
import { findOperations } from "../../scripts/generate/operations.ts";
import type { OpenApiDocument } from "../../scripts/generate/spec.ts";

function specWith(content: Record<string, unknown>, schemas: Record<string, unknown>): OpenApiDocument {
  return {
    openapi: "3.1.0",
    info: { title: "t", version: "1.0.0" },
    paths: { "/a": { put: { requestBody: { content }, responses: { "200": { description: "OK" } } } } },
    components: { schemas },
  } as unknown as OpenApiDocument;
}

const ref = { $ref: "#/components/schemas/Note" };

describe("dataContractShape", () => {
  it("orders members ordinally (upper case before lower), roots at the xml name, else the component's", () => {
    const note = { type: "object", properties: { body: {}, Zeta: {}, Alpha: {}, _id: {} } };
    expect(dataContractShape(specWith({}, { Note: note }), ref)).toEqual({
      root: "Note",
      order: ["Alpha", "Zeta", "_id", "body"],
    });
    const named = { ...note, xml: { name: "NoteItem", namespace: "urn:x" } };
    expect(dataContractShape(specWith({}, { Note: named }), ref)).toMatchObject({
      root: "NoteItem",
      namespace: "urn:x",
    });
  });

  it("refuses an xml object on a property: members are elements named as their fields", () => {
    const note = { type: "object", properties: { Text: { type: "string", xml: { attribute: true } } } };
    expect(() => dataContractShape(specWith({}, { Note: note }), ref)).toThrow(/property Text has an `xml` object/);
  });
});

describe("findOperations", () => {
  it("refuses an XML media type with a schema of its own: the body's fields are listed once", () => {
    const schemas = { Note: { type: "object", properties: { Text: {} } }, NoteXml: { type: "object" } };
    const content = {
      "application/json": { schema: ref },
      "text/xml": { schema: { $ref: "#/components/schemas/NoteXml" } },
    };
    expect(() => findOperations(specWith(content, schemas))).toThrow(/PUT \/a: text\/xml has its own schema/);
    const same = { "application/json": { schema: ref }, "text/xml": { schema: ref } };
    expect(findOperations(specWith(same, schemas))[0]!.xmlBody).toEqual({ root: "Note", order: ["Text"] });
  });
});
