/**
 * The spec as the docs page renders it, derived at build time and never kept: each XML media type, of a request
 * body or of an answer, shows the XML wire form of its body (members in DataContract order, enums by name, a
 * collection as `ArrayOf…`; xmlWireSchema), since the spec itself names one schema for every format; and the
 * package's CHANGELOG.md is appended to the introduction, so a team that upgrades sees what changed for them on the
 * page it already reads.
 */
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { xmlWireSchema } from "../generate/data-contract.ts";
import { readSpec, type JsonSchema, type OpenApiDocument } from "../generate/spec.ts";
import { bodyFormatOf } from "../../src/formats/media-types.ts";
import { httpMethods } from "../../src/http-methods.ts";

const isXmlMediaType = (type: string) => bodyFormatOf(type) === "xml";
type Content = Record<string, { schema?: JsonSchema }>;

export function docsSpec(spec: OpenApiDocument, changelog?: string): OpenApiDocument {
  const copy = structuredClone(spec) as OpenApiDocument & { info: { description?: string } };
  for (const pathItem of Object.values(copy.paths ?? {})) {
    for (const method of httpMethods) {
      const operation = pathItem[method] as
        { requestBody?: { content?: Content }; responses?: Record<string, { content?: Content }> } | undefined;
      // Request bodies and answers alike: the client writes the one and reads the other in this wire form.
      for (const content of [
        operation?.requestBody?.content,
        ...Object.values(operation?.responses ?? {}).map((r) => r?.content),
      ]) {
        const types = Object.keys(content ?? {});
        for (const [type, media] of Object.entries(content ?? {})) {
          if (isXmlMediaType(type) && media.schema) media.schema = xmlWireSchema(spec, media.schema, types);
        }
      }
    }
  }
  if (changelog !== undefined && changelog.trim() !== "") {
    // The page's own headings are `##`: the changelog's title becomes one of them and its versions sit below it
    // (both in the page's menu); the classes of change are bold labels, which the menu does not list.
    const body = changelog
      .replace(/^# .*\n+/, "")
      .replace(/^### (.*)$/gm, "**$1**")
      .replace(/^## /gm, "### ");
    copy.info.description = `${copy.info.description ?? ""}\n## Changelog\n\n${body}`;
  }
  return copy;
}

/** Writes the docs spec for `specPath` to a fresh temp file (JSON, which is YAML) and returns its path. */
export async function writeDocsSpec(specPath: string, changelogPath?: string): Promise<string> {
  let changelog: string | undefined;
  try {
    changelog = changelogPath === undefined ? undefined : readFileSync(changelogPath, "utf8");
  } catch {
    changelog = undefined; // no changelog yet: the page shows none
  }
  const file = join(mkdtempSync(join(tmpdir(), "caliber-docs-")), "openapi.json");
  writeFileSync(file, JSON.stringify(docsSpec(await readSpec(specPath), changelog), null, 2));
  return file;
}
