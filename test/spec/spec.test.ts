// The spec says what the help page says: this test reads both and compares them.
import { describe, expect, it } from "vitest";
import type { ScalarModel } from "../../src/model/body-model.ts";
import { findOperations } from "../../scripts/generate/operations.ts";
import { readSpec } from "../../scripts/generate/spec.ts";
import { httpMethods } from "../../src/http-methods.ts";
import { helpPageSamples, helpPageText } from "../helpers/help-page.ts";

const spec = await readSpec();
const operation = spec.paths["/api/v2/clientcontact/{clientContactId}/phone"]?.patch as Record<string, any>;
const schemas = spec.components!.schemas as Record<string, any>;
const examples = () => (spec as any).components.examples as Record<string, { value: unknown }>;

/** The body table of the page: field name → the type the page prints for it. */
function helpPageBodyFields(): Map<string, string> {
  const table = /Body Parameters\s+Phone\s+Name.*?\n([\s\S]*?)Request Formats/.exec(helpPageText)?.[1] ?? "";
  const fields = new Map<string, string>();
  for (const match of table.matchAll(/^(\w+)\n\n(\w+)\n\nNone\.$/gm)) fields.set(match[1]!, match[2]!);
  return fields;
}

/**
 * How each type printed on the page is written in the spec. HelpPage writes "integer" for Int16, Int32 and Int64
 * alike, so no width (`format`) is claimed, and each integer field says its width is not documented.
 */
const specTypeOfPageType: Record<string, object> = {
  integer: { type: "integer", description: expect.stringContaining("width is not documented") },
  // A .NET string is a reference type: it can always be null (the server writes an unset one as null).
  string: { type: ["string", "null"] },
  boolean: { type: "boolean" },
  date: { type: "string", format: "date-time" },
  ObjectTypes: { $ref: "#/components/schemas/ObjectTypes" },
  NameOptions: { $ref: "#/components/schemas/NameOptions" },
};

describe("spec/openapi.yaml against the help page", () => {
  it("is OpenAPI 3.1 and has the page's operation, with summary, description, tag and operationId", () => {
    expect(spec.openapi).toBe("3.1.0");
    expect(helpPageText.startsWith("PATCH api/v2/clientcontact/{clientContactId}/phone")).toBe(true);
    expect(operation).toMatchObject({
      operationId: expect.any(String),
      summary: expect.any(String),
      description: expect.any(String),
      tags: [expect.any(String)],
    });
  });

  it("has clientContactId as a required integer path parameter of undocumented width", () => {
    expect(helpPageText).toMatch(/clientContactId\n\ninteger\n\nRequired/);
    expect(operation.parameters).toEqual([
      {
        name: "clientContactId",
        in: "path",
        required: true,
        description: expect.stringContaining("width the help page does not document"),
        schema: { type: "integer" },
        example: 42,
      },
    ]);
  });

  it("gives every path and query parameter an example, so example-driven tools (Dredd, Prism) can build requests", () => {
    const withoutExample = Object.entries(spec.paths as Record<string, Record<string, any>>).flatMap(([path, item]) =>
      Object.entries(item)
        .filter(([method]) => httpMethods.includes(method as never))
        .flatMap(([method, op]) =>
          [...(item.parameters ?? []), ...(op.parameters ?? [])]
            .filter((p: any) => (p.in === "path" || p.in === "query") && p.example === undefined && !p.examples)
            .map((p: any) => `${method} ${path}: ${p.in} parameter ${p.name}`),
        ),
    );
    expect(withoutExample).toEqual([]);
  });

  it("gives Phone exactly the page's 16 fields, in the page's order, with the page's types", () => {
    const pageFields = helpPageBodyFields();
    expect(pageFields.size).toBe(16);
    expect(Object.keys(schemas.Phone.properties)).toEqual([...pageFields.keys()]);
    for (const [name, pageType] of pageFields) {
      expect(schemas.Phone.properties[name], name).toMatchObject(specTypeOfPageType[pageType]!);
    }
  });

  it("claims no integer width anywhere: the page's 'integer' may be an Int16, Int32 or Int64", () => {
    expect(JSON.stringify(spec)).not.toMatch(/"format":"int(16|32|64)"/);
  });

  it("says the page's 'date' fields are DateTimes, and what date-time text they take", () => {
    expect(schemas.Phone.description).toMatch(/"date"\*\* is written for DateTime and\s+DateTimeOffset/);
    for (const name of ["DateCreated", "LastModified"]) {
      expect(schemas.Phone.properties[name].description, name).toMatch(
        /A \.NET DateTime.*up to 7 fraction digits.*±14:00/s,
      );
    }
  });

  it("says what it assumes about null, and why: strings may be null, value types may not", () => {
    expect(schemas.Phone.description).toMatch(/\*\*Null\.\*\* The page writes a type's name without saying whether/);
    expect(schemas.Phone.description).toMatch(/unless a page\s+says `Nullable`/);
    const nullable = Object.entries<any>(schemas.Phone.properties)
      .filter(([, property]) => Array.isArray(property.type) && property.type.includes("null"))
      .map(([name]) => name);
    expect(nullable).toEqual(["PhoneTypeName", "AreaCode", "Number", "Extension"]);
  });

  it("marks no field required, and describes every field", () => {
    expect(schemas.Phone.required).toBeUndefined();
    for (const [name, property] of Object.entries<any>(schemas.Phone.properties)) {
      const described = property.description ?? schemas[property.$ref?.split("/").pop()]?.description;
      expect(described, name).toEqual(expect.any(String));
    }
  });

  it("documents the page's five request formats, JSON ones with Phone", () => {
    const content = operation.requestBody.content;
    expect(operation.requestBody.required).toBe(true);
    expect(Object.keys(content).sort()).toEqual(
      ["application/json", "application/x-www-form-urlencoded", "application/xml", "text/json", "text/xml"].sort(),
    );
    for (const type of [
      "application/json",
      "text/json",
      "application/xml",
      "text/xml",
      "application/x-www-form-urlencoded",
    ])
      expect(helpPageText).toContain(type);
    expect(content["application/json"].schema).toEqual({ $ref: "#/components/schemas/Phone" });
  });

  it("names the enum members the page's XML sample shows", () => {
    expect(helpPageText).toContain("<RefType>Division</RefType>");
    expect(helpPageText).toContain("<NameOption>Contact1</NameOption>");
    expect(schemas.ObjectTypes).toMatchObject({ type: "integer", enum: [0], "x-enum-varnames": ["Division"] });
    expect(schemas.NameOptions).toMatchObject({ type: "integer", enum: [0], "x-enum-varnames": ["Contact1"] });
    for (const name of ["ObjectTypes", "NameOptions"]) expect(schemas[name].description).toMatch(/Unknown members/);
  });

  it("carries the page's JSON sample verbatim and its XML sample", async () => {
    const samples = helpPageSamples();
    const examples = (spec as any).components.examples;
    expect(examples.PhoneJsonSample.value).toStrictEqual(JSON.parse(samples.json));
    expect(JSON.stringify(examples.PhoneJsonSample.value, null, 2)).toBe(samples.json);
    expect(examples.PhoneXmlSample.value.trim()).toBe(samples.xml);
    expect(examples.PhoneFormSample.description).toMatch(/could not render a sample/);
  });

  it("lists the body's fields once: every media type is Phone, whose xml object names the root and namespace", () => {
    for (const media of Object.values<any>(operation.requestBody.content)) {
      expect(media.schema).toEqual({ $ref: "#/components/schemas/Phone" });
    }
    expect(schemas.Phone.xml).toEqual({
      name: "Phone",
      namespace: "http://schemas.datacontract.org/2004/07/CaliberAPI",
    });
  });

  it("has an XML sample whose elements are the derived DataContract shape: root, namespace, order, enum names", () => {
    const derived = findOperations(spec).find((operation) => operation.operationId === "patchClientContactPhone");
    const sample = examples().PhoneXmlSample!.value as string;
    const root = /^<(\w+)[^>]*\sxmlns="([^"]+)"/.exec(sample.trim());
    const phone = derived!.types.Phone!;
    expect([root?.[1], root?.[2]]).toEqual([phone.name, phone.namespace]);
    const members = [...sample.matchAll(/^\s+<(\w+)>([^<]*)</gm)].map((m) => [m[1], m[2]]);
    expect(members.map(([name]) => name)).toEqual(phone.members.map(([name]) => name));
    const model = new Map(phone.members);
    expect(Object.fromEntries(members).RefType).toBe((model.get("RefType") as ScalarModel).members![0]);
    expect(Object.fromEntries(members).NameOption).toBe((model.get("NameOption") as ScalarModel).members![0]);
  });

  it("documents a 200 and a default response without inventing a body, auth or server", () => {
    expect(helpPageText).toContain("HttpResponseMessage");
    expect(Object.keys(operation.responses)).toEqual(["200", "default"]);
    for (const response of Object.values<any>(operation.responses)) {
      expect(response.content["*/*"].schema).toEqual({ description: expect.stringMatching(/Not documented/) });
    }
    expect((spec as any).components.securitySchemes).toBeUndefined();
    expect((spec as any).security).toBeUndefined();
    expect((spec as any).servers[0].url).toMatch(/\{basePath\}/);
  });
});
