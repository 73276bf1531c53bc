import { readFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { parse } from "yaml";

/** The one source of truth: every generated file is derived from this spec. */
export const specPath = fileURLToPath(new URL("../../spec/openapi.yaml", import.meta.url));

export type JsonSchema = Record<string, unknown>;

export interface OpenApiDocument {
  openapi: string;
  info: { version: string; title: string };
  paths: Record<string, Record<string, unknown>>;
  components?: { schemas?: Record<string, JsonSchema> };
}

export async function readSpec(path = specPath): Promise<OpenApiDocument> {
  const text = await readFile(path, "utf8");
  // JSON is YAML, but the YAML parser takes seconds on a description of many megabytes; JSON.parse does not.
  return (path.endsWith(".json") ? JSON.parse(text) : parse(text)) as OpenApiDocument;
}
