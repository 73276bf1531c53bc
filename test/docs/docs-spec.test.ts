// The spec as the docs page renders it: derived at build time from spec/openapi.yaml, never kept.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { docsSpec } from "../../scripts/docs/docs-spec.ts";
import { rootBodyModel } from "../../scripts/generate/body-model.ts";
import { readSpec } from "../../scripts/generate/spec.ts";
import { serializeFormUrlEncoded } from "../../src/formats/form-urlencoded.ts";
import { formTextIssues } from "../../src/formats/unsendable-text.ts";
import { parseDataContractXml } from "../../src/formats/xml/parse-data-contract-xml.ts";
import { writeDataContractXml } from "../../src/formats/xml/write-data-contract-xml.ts";
import type { DataContracts } from "../../src/model/body-model.ts";
import { sampleValue } from "../../src/model/sample-value.ts";

const spec = await readSpec();
const changelog = readFileSync(new URL("../../CHANGELOG.md", import.meta.url), "utf8");
const content = (document: any) =>
  document.paths["/api/v2/clientcontact/{clientContactId}/phone"].patch.requestBody.content;

describe("docsSpec", () => {
  it("shows each XML media type's body in its wire form, derived from Phone: DataContract order, enums by name", () => {
    const derived = docsSpec(spec, changelog);
    for (const type of ["application/xml", "text/xml"]) {
      const schema = content(derived)[type].schema;
      expect(Object.keys(schema.properties)).toEqual(Object.keys(spec.components!.schemas!.Phone!.properties!).sort());
      expect(schema.xml).toEqual(spec.components!.schemas!.Phone!.xml);
      expect(schema.properties.RefType).toMatchObject({ type: "string", enum: ["Division"] });
      expect(schema.properties.NameOption).toMatchObject({ type: "string", enum: ["Contact1"] });
      expect(schema.properties.Number).toEqual((spec.components!.schemas!.Phone!.properties as any).Number);
    }
    expect(content(derived)["application/json"].schema).toEqual({ $ref: "#/components/schemas/Phone" });
    expect(content(spec)["application/xml"].schema).toEqual({ $ref: "#/components/schemas/Phone" });
  });

  it("appends CHANGELOG.md to the introduction, its versions below a Changelog heading", () => {
    const description = (docsSpec(spec, changelog).info as any).description as string;
    expect(description.startsWith((spec.info as any).description)).toBe(true);
    expect(description).toContain(`\n## Changelog\n`);
    expect(description).toContain(`\n### ${spec.info.version}\n`);
    expect(description).not.toContain("\n# Changelog");
    expect((docsSpec(spec).info as any).description).toBe((spec.info as any).description);
  });
});

// A fixture spec with answers of each kind, so that this holds whatever operations spec/openapi.yaml has.
describe("docsSpec on a spec whose answers have XML bodies", async () => {
  const fixture = await readSpec(
    fileURLToPath(new URL("../conformance/fixtures/nested-contact.yaml", import.meta.url)),
  );
  const derived = docsSpec(fixture) as any;
  const answer = (path: string, method: string, type: string) =>
    derived.paths[path][method].responses["200"].content[type].schema;

  it("shows a collection answered as XML as DataContract writes it: ArrayOf… holding an element per item", () => {
    const schema = answer("/api/v2/clientcontact/{id}/phones", "post", "application/xml");
    expect(schema).toMatchObject({
      type: "array",
      xml: { wrapped: true, name: "ArrayOfPhone", namespace: "http://schemas.datacontract.org/2004/07/CaliberAPI" },
      items: { type: "object", xml: { name: "Phone" } },
    });
    expect(Object.keys(schema.items.properties)).toEqual(["AreaCode", "IsPrimary", "Number"]);
    expect(answer("/api/v2/clientcontact/{id}/emails", "get", "application/xml")).toMatchObject({
      xml: { wrapped: true, name: "ArrayOfstring" },
      items: { type: "string", xml: { name: "string" } },
    });
  });

  it("shows an object, a single value and an enum answered as XML in their wire form, JSON as the spec gives it", () => {
    const contact = answer("/api/v2/clientcontact/{id}", "get", "text/xml");
    expect(contact.xml).toEqual({
      name: "ClientContact",
      namespace: "http://schemas.datacontract.org/2004/07/CaliberAPI",
    });
    expect(Object.keys(contact.properties)).toEqual(
      Object.keys(fixture.components!.schemas!.ClientContact!.properties!).sort(),
    );
    expect(contact.properties.Kind).toMatchObject({ type: "string", enum: ["Person", "Company"] });
    expect(answer("/api/v2/clientcontact/{id}/count", "get", "application/xml").xml).toMatchObject({ name: "int" });
    expect(answer("/api/v2/clientcontact/{id}/kind", "get", "application/xml")).toMatchObject({
      type: "string",
      enum: ["Person", "Company"],
      xml: { name: "ContactKinds" },
    });
    expect(answer("/api/v2/clientcontact/{id}", "get", "application/json")).toEqual({
      $ref: "#/components/schemas/ClientContact",
    });
  });
});

describe("docsSpec's samples of XML and form bodies the spec gives no example for", async () => {
  const fixture = await readSpec(
    fileURLToPath(new URL("../conformance/fixtures/nested-contact.yaml", import.meta.url)),
  );
  const derived = docsSpec(fixture) as any;
  const put = derived.paths["/api/v2/clientcontact/{id}"].put.requestBody.content;
  const types: DataContracts = {};
  const model = rootBodyModel(fixture, { $ref: "#/components/schemas/ClientContact" }, types, "ClientContact", [
    "application/xml",
  ])!;
  const sample = sampleValue(model, types) as Record<string, unknown>;

  it("writes the XML sample with the client's DataContract writer: the root in its namespace, nested members in order", () => {
    const xml: string = put["application/xml"].examples.written.value;
    expect(xml).toMatch(
      /^<ClientContact xmlns:i="http:\/\/www\.w3\.org\/2001\/XMLSchema-instance" xmlns="http:\/\/schemas\.datacontract\.org\/2004\/07\/CaliberAPI">\n/,
    );
    // One element per line, and otherwise exactly what the writer writes, which the client's reader reads back.
    expect(xml.replace(/>\n\s*</g, "><")).toBe(writeDataContractXml(sample, model, types));
    expect(parseDataContractXml(xml, model, types)).toEqual({ body: sample, issues: [] });
    expect(put["text/xml"].examples.written.value).toBe(xml);
  });

  it("writes the form sample with the client's form writer: nested fields in MVC notation, not JSON", () => {
    const form: string = put["application/x-www-form-urlencoded"].examples.written.value;
    expect(form).toBe(serializeFormUrlEncoded(sample, formTextIssues));
    expect(decodeURIComponent(form)).toContain("Phones[0].Number=");
    expect(decodeURIComponent(form)).toContain("HomeAddress.City=");
  });

  it("writes an answer's XML sample too, and leaves JSON and a media type with an example of its own to the spec", () => {
    const answer = derived.paths["/api/v2/clientcontact/{id}/phones"].post.responses["200"].content;
    expect(answer["application/xml"].examples.written.value).toMatch(/^<ArrayOfPhone [^>]*>\n {2}<Phone>\n/);
    expect(put["application/json"].examples).toBeUndefined();
    expect(answer["application/json"].examples).toBeUndefined();
    const given = docsSpec(spec) as any;
    const patch = given.paths["/api/v2/clientcontact/{clientContactId}/phone"].patch.requestBody.content;
    for (const type of ["application/xml", "application/x-www-form-urlencoded"]) {
      expect(patch[type].examples, type).toEqual(content(spec)[type].examples);
    }
  });
});
