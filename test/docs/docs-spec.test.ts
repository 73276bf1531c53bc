// The spec as the docs page renders it: derived at build time from spec/openapi.yaml, never kept.
import { readFileSync } from "node:fs";
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
