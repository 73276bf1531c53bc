/**
 * The ready-to-paste curl line `npm start` prints: the spec's first operation with a JSON request body, sent with
 * its first JSON example or, where the spec gives none, the sample of its body model that the mock answers and the
 * docs show; path parameters as samples of theirs. Quoted for a POSIX shell, so any text in it pastes as it is.
 */
import { sampleValue } from "../../src/model/sample-value.ts";
import type { OperationInfo } from "../../src/operation-info.ts";
import { exampleOf } from "../generate/operations.ts";
import type { JsonSchema, OpenApiDocument } from "../generate/spec.ts";
import { resolve } from "../generate/validator-schemas.ts";

export function curlLine(origin: string, spec: OpenApiDocument, operations: readonly OperationInfo[]): string {
  const operation = operations.find(
    (info) => info.requestBody !== undefined && info.requestMediaTypes.includes("application/json"),
  );
  if (!operation?.requestBody) return `curl -i ${origin}/docs/`;
  const path = operation.path.replace(/\{([^}]+)\}/g, (_, name: string) => {
    const parameter = operation.parameters.find((candidate) => candidate.in === "path" && candidate.name === name);
    return urlSegment(parameter ? sampleValue(parameter.model, operation.types) : "1");
  });
  const body = jsonExample(spec, operation) ?? sampleValue(operation.requestBody, operation.types);
  return (
    `curl -i -X ${operation.method.toUpperCase()} ${origin}${path} -H 'Content-Type: application/json' ` +
    `-d ${shellQuoted(JSON.stringify(body))}`
  );
}

/** The first example the spec gives the operation's JSON body (exampleOf, as the generator reads answers' ones). */
function jsonExample(spec: OpenApiDocument, operation: OperationInfo): unknown {
  const pathItem = spec.paths?.[operation.path] as Record<string, JsonSchema | undefined> | undefined;
  const requestBody = resolve(spec, pathItem?.[operation.method]?.requestBody) as JsonSchema | undefined;
  const media = (requestBody?.content as Record<string, JsonSchema> | undefined)?.["application/json"];
  return media === undefined ? undefined : exampleOf(spec, media);
}

/** A path segment with nothing a shell or a URL would read otherwise (encodeURIComponent leaves `'()*!` as they are). */
const urlSegment = (value: unknown): string =>
  encodeURIComponent(String(value)).replace(/[!'()*]/g, (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`);

/** `text` in single quotes, each `'` in it closed, escaped and reopened: a POSIX shell reads it back as it is. */
export const shellQuoted = (text: string): string => `'${text.replaceAll("'", "'\\''")}'`;
