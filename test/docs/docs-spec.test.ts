// The spec as the docs page renders it: derived at build time from spec/openapi.yaml, never kept.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { docsSpec } from "../../scripts/docs/docs-spec.ts";
import { readSpec } from "../../scripts/generate/spec.ts";

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
