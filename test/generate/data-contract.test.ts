// The body model is derived from the body's one schema by the DataContract rules; a second field list is refused.
import { describe, expect, it } from "vitest";
import { bodyModel } from "../../scripts/generate/body-model.ts";
import { xmlWireSchema } from "../../scripts/generate/data-contract.ts";
import { findOperations } from "../../scripts/generate/operations.ts";
import type { JsonSchema, OpenApiDocument } from "../../scripts/generate/spec.ts";
import type { DataContract } from "../../src/model/body-model.ts";

function specWith(content: Record<string, unknown>, schemas: Record<string, unknown>): OpenApiDocument {
  return {
    openapi: "3.1.0",
    info: { title: "t", version: "1.0.0" },
    paths: { "/a": { put: { requestBody: { content }, responses: { "200": { description: "OK" } } } } },
    components: { schemas },
  } as unknown as OpenApiDocument;
}

const ref = { $ref: "#/components/schemas/Note" };

function derive(schemas: Record<string, unknown>, schema: JsonSchema = ref) {
  const types: Record<string, DataContract> = {};
  return { model: bodyModel(specWith({}, schemas), schema, types, "Note"), types };
}

describe("bodyModel", () => {
  it("orders members ordinally (upper case before lower), names the contract by its xml name, else the component's", () => {
    const note = { type: "object", properties: { body: {}, Zeta: {}, Alpha: {}, _id: {} } };
    const { model, types } = derive({ Note: note });
    expect(model).toEqual({ kind: "object", type: "Note" });
    expect(types.Note!.name).toBe("Note");
    expect(types.Note!.members.map(([name]) => name)).toEqual(["Alpha", "Zeta", "_id", "body"]);
    const named = { ...note, xml: { name: "NoteItem", namespace: "urn:x" } };
    expect(derive({ Note: named }).types.Note).toMatchObject({ name: "NoteItem", namespace: "urn:x" });
  });

  it("puts a contract without a namespace in the one namespace the spec's contracts give", () => {
    const schemas = {
      Note: { type: "object", xml: { namespace: "urn:x" }, properties: { Tag: { $ref: "#/components/schemas/Tag" } } },
      Tag: { type: "object", properties: { Text: { type: "string" } } },
    };
    expect(derive(schemas).types.Tag!.namespace).toBe("urn:x");
    const two = {
      ...schemas,
      Tag: { ...schemas.Tag, xml: { namespace: "urn:y" } },
      Other: { xml: { namespace: "urn:z" } },
    };
    expect(derive({ ...two, Tag: schemas.Tag }).types.Tag!.namespace).toBeUndefined();
  });

  it("reads each kind, nullability and collections, and ends at a type that refers to itself", () => {
    const node = {
      type: "object",
      properties: {
        Children: { type: ["array", "null"], items: { $ref: "#/components/schemas/Note" } },
        Id: { type: "string", format: "uuid" },
        Amount: { type: "number" },
        Parent: { oneOf: [{ $ref: "#/components/schemas/Note" }, { type: "null" }] },
        Size: { type: ["integer", "null"] },
        Tags: { type: "array", items: { type: "integer", xml: { name: "long" } } },
        When: { type: "string", format: "date-time" },
      },
    };
    const members = new Map(derive({ Note: node }).types.Note!.members);
    expect(Object.fromEntries(members)).toEqual({
      Amount: { kind: "number" },
      Children: { kind: "collection", items: { kind: "object", type: "Note" }, nullable: true },
      Id: { kind: "uuid" },
      Parent: { kind: "object", type: "Note", nullable: true },
      Size: { kind: "integer", nullable: true },
      Tags: { kind: "collection", items: { kind: "integer" }, xmlItemName: "long" },
      When: { kind: "date-time" },
    });
  });

  it("refuses what DataContract XML cannot write exactly, naming where", () => {
    const withXml = { type: "object", properties: { Text: { type: "string", xml: { attribute: true } } } };
    expect(() => derive({ Note: withXml })).toThrow(/Note\.Text has an `xml` object/);
    const ints = { type: "object", properties: { Ids: { type: "array", items: { type: "integer" } } } };
    expect(() => derive({ Note: ints })).toThrow(/Note\.Ids is a collection of integers.*xml: \{ name: … \}/);
    const union = { type: "object", properties: { Any: { oneOf: [{ type: "string" }, { type: "integer" }] } } };
    expect(() => derive({ Note: union })).toThrow(/Note\.Any is one of several schemas/);
    const twoTypes = { type: "object", properties: { Any: { type: ["string", "integer"] } } };
    expect(() => derive({ Note: twoTypes })).toThrow(/Note\.Any has the types string, integer/);
  });

  it("gives no model to a schema that names no type (the help page's undocumented HttpResponseMessage)", () => {
    expect(derive({}, { description: "Not documented by the help page." }).model).toBeUndefined();
  });
});

describe("xmlWireSchema", () => {
  it("shows nested members in order, collections wrapped with their items' names, enums by name", () => {
    const schemas = {
      Note: {
        type: "object",
        xml: { namespace: "urn:x" },
        properties: { Tags: { type: "array", items: { type: "string" } }, Kind: { $ref: "#/components/schemas/K" } },
      },
      K: { type: "integer", enum: [0], "x-enum-varnames": ["Plain"] },
    };
    const wire = xmlWireSchema(specWith({}, schemas), ref);
    expect(wire.xml).toEqual({ name: "Note", namespace: "urn:x" });
    expect(Object.keys(wire.properties as object)).toEqual(["Kind", "Tags"]);
    expect((wire.properties as Record<string, JsonSchema>).Kind!.enum).toEqual(["Plain"]);
    expect((wire.properties as Record<string, JsonSchema>).Tags).toMatchObject({
      type: "array",
      xml: { wrapped: true },
      items: { type: "string", xml: { name: "string" } },
    });
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
    expect(findOperations(specWith(same, schemas))[0]!.requestBody).toEqual({ kind: "object", type: "Note" });
  });

  describe("a body or answer that is a single value", () => {
    const answering = (content: Record<string, unknown>, schemas: Record<string, unknown> = {}) =>
      ({
        openapi: "3.1.0",
        info: { title: "t", version: "1.0.0" },
        paths: { "/a": { get: { operationId: "getA", responses: { "200": { description: "OK", content } } } } },
        components: { schemas },
      }) as unknown as OpenApiDocument;
    const modelOf = (spec: OpenApiDocument) => findOperations(spec)[0]!.responses![0]!.model;
    const kinds = { type: "integer", enum: [0, 1], "x-enum-varnames": ["Person", "Company"] };

    it("names its XML root by the schema's xml.name, an enum by its component and the spec's namespace", () => {
      const int = { type: "integer", xml: { name: "long" } };
      expect(modelOf(answering({ "application/xml": { schema: int } }))).toEqual({ kind: "integer", xmlName: "long" });
      expect(modelOf(answering({ "application/json": { schema: { type: "string" } } }))).toEqual({ kind: "string" });
      const schemas = {
        Kinds: kinds,
        Note: { type: "object", xml: { namespace: "urn:notes" }, properties: {} },
      };
      expect(modelOf(answering({ "text/xml": { schema: { $ref: "#/components/schemas/Kinds" } } }, schemas))).toEqual({
        kind: "enum",
        members: { "0": "Person", "1": "Company" },
        xmlName: "Kinds",
        xmlNamespace: "urn:notes",
      });
      const own = { ...kinds, xml: { name: "Kind", namespace: "urn:kinds" } };
      expect(modelOf(answering({ "application/xml": { schema: own } }))).toMatchObject({
        xmlName: "Kind",
        xmlNamespace: "urn:kinds",
      });
    });

    it("refuses an integer or an inline enum alone in XML whose root the spec does not name, naming the place", () => {
      const json = answering({ "application/json": { schema: { type: "integer" } } });
      expect(modelOf(json)).toEqual({ kind: "integer" });
      expect(() => findOperations(answering({ "application/xml": { schema: { type: "integer" } } }))).toThrow(
        /^spec: getA response 200 is an integer alone in XML, .*int, long, short.*xml: \{ name: … \}/,
      );
      expect(() => findOperations(answering({ "text/xml": { schema: kinds } }))).toThrow(
        /^spec: getA response 200 is an enum alone in XML, .*contract name/,
      );
      const body = specWith({ "application/xml": { schema: { type: "integer" } } }, {});
      expect(() => findOperations(body)).toThrow(/^spec: PUT \/a request body is an integer alone in XML/);
      const numbers = answering({ "application/xml": { schema: { type: "number" } } });
      expect(modelOf(numbers)).toEqual({ kind: "number" });
    });
  });
});
