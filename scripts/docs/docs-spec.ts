/**
 * The spec as the docs page renders it, derived at build time and never kept: each XML media type, of a request
 * body or of an answer, shows the XML wire form of its body (members in DataContract order, enums by name, a
 * collection as `ArrayOf…`; xmlWireSchema), since the spec itself names one schema for every format; an XML or form
 * body the spec gives no example for shows one written by the client's own writers; and the package's CHANGELOG.md
 * is appended to the introduction, so a team that upgrades sees what changed for them on the page it already reads.
 */
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { rootBodyModel } from "../generate/body-model.ts";
import { xmlWireSchema } from "../generate/data-contract.ts";
import { readSpec, type JsonSchema, type OpenApiDocument } from "../generate/spec.ts";
import { serializeFormUrlEncoded } from "../../src/formats/form-urlencoded.ts";
import { formTextIssues } from "../../src/formats/unsendable-text.ts";
import { bodyFormatOf } from "../../src/formats/media-types.ts";
import { writeDataContractXml } from "../../src/formats/xml/write-data-contract-xml.ts";
import type { DataContracts } from "../../src/model/body-model.ts";
import { sampleValue } from "../../src/model/sample-value.ts";
import { httpMethods } from "../../src/http-methods.ts";

const isXmlMediaType = (type: string) => bodyFormatOf(type) === "xml";
type Content = Record<string, { schema?: JsonSchema; example?: unknown; examples?: unknown }>;

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
          if (!media.schema) continue;
          if (media.example === undefined && media.examples === undefined) {
            const written = writtenSample(spec, media.schema, type, types);
            if (written !== undefined) media.examples = { written };
          }
          if (isXmlMediaType(type)) media.schema = xmlWireSchema(spec, media.schema, types);
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

/**
 * A sample of an XML or form body that the spec gives no example for, written by the client's own writer from the
 * body model's sample value (the mock's): Redoc's own sample of the schema leaves the XML root's namespace out and
 * writes a form's nested values as JSON, neither of which is what the client sends or the server reads.
 */
function writtenSample(
  spec: OpenApiDocument,
  schema: JsonSchema,
  mediaType: string,
  mediaTypes: readonly string[],
): { summary: string; description: string; value: string } | undefined {
  const format = bodyFormatOf(mediaType);
  if (format !== "xml" && format !== "form") return undefined;
  const types: DataContracts = {};
  const model = rootBodyModel(spec, schema, types, "the body", mediaTypes);
  if (model === undefined) return undefined;
  const value = sampleValue(model, types);
  const text =
    format === "xml"
      ? writeDataContractXml(value, model, types)
      : typeof value === "object" && value !== null && !Array.isArray(value)
        ? serializeFormUrlEncoded(value as Record<string, unknown>, formTextIssues)
        : undefined;
  if (typeof text !== "string") return undefined;
  return {
    summary: "A sample, as the client writes it",
    description:
      "Not from the API's documentation: a value of each field, written in this format by the client's own " +
      (format === "xml" ? "DataContract XML writer." : "form writer (nested fields in MVC notation)."),
    value: format === "xml" ? indentXml(text) : text,
  };
}

/** The writer's one-line XML, one element per line (whitespace between elements is nothing to DataContract). */
function indentXml(xml: string): string {
  let depth = 0;
  return xml
    .replace(/>\s*</g, ">\n<")
    .split("\n")
    .map((line) => {
      const closing = line.startsWith("</");
      if (closing) depth--;
      const indented = "  ".repeat(Math.max(depth, 0)) + line;
      if (!closing && !line.endsWith("/>") && !/<\/[^>]+>$/.test(line)) depth++;
      return indented;
    })
    .join("\n");
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
