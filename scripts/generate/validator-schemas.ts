import type { HttpMethod } from "openapi-typescript-helpers";
import { httpMethods } from "../../src/http-methods.ts";
import { validationFormats } from "../../src/validation/string-formats.ts";
import type { JsonSchema, OpenApiDocument } from "./spec.ts";

/**
 * Turns the spec into plain JSON Schemas that Ajv compiles in strict mode: the component schemas, and per
 * operation one schema for its parameters and one per request media type. Only the shapes are derived here;
 * validators.ts compiles them.
 */

/** `$id` of a component schema as Ajv knows it; `$ref: "#/components/schemas/X"` is rewritten to this. */
export const componentId = (name: string): string => `urn:caliber:schemas:${name}`;

export interface OperationSchemas {
  path: string;
  method: HttpMethod;
  /** For messages and export names: the operationId, or `method path`. */
  name: string;
  /** Validates openapi-fetch's `params` object: `{ path, query }`. */
  params: JsonSchema;
  /** Media type → schema of the body object the caller passes (the one the media type names; XML included). */
  body: Map<string, JsonSchema>;
  /** Every request media type the spec documents, with a schema or not. */
  mediaTypes: string[];
  bodyRequired: boolean;
}

const int32 = { minimum: -2147483648, maximum: 2147483647 };
/** The integers a JavaScript number carries exactly: every integer (and int64) is held to them. */
const safeIntegers = { minimum: Number.MIN_SAFE_INTEGER, maximum: Number.MAX_SAFE_INTEGER };
/** OpenAPI-only keywords Ajv does not know, and annotations that would only grow the generated code. */
const droppedKeywords = new Set([
  "xml",
  "example",
  "examples",
  "externalDocs",
  "discriminator",
  "description",
  "title",
  "$comment",
  "deprecated",
  "readOnly",
  "writeOnly",
]);

/**
 * A schema Ajv's strict mode accepts: vendor (`x-…`) and OpenAPI-only keywords removed, integers given explicit
 * ranges (int32's, else the safe integers: beyond them a JS number is no longer exact), component refs pointed at
 * their `$id`.
 */
export function toAjvSchema(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(toAjvSchema);
  if (schema === null || typeof schema !== "object") return schema;
  const out: JsonSchema = {};
  for (const [key, value] of Object.entries(schema)) {
    if (key.startsWith("x-") || droppedKeywords.has(key)) continue;
    if (key === "$ref" && typeof value === "string") out[key] = rewriteRef(value);
    // `properties`, `$defs` etc. map names to schemas: keep the names (a property may be called `description`).
    else if (isSchemaMap(key)) out[key] = mapValues(value as JsonSchema, toAjvSchema);
    else out[key] = toAjvSchema(value);
  }
  return narrowFormat(fromOpenApi30(out));
}

/**
 * OpenAPI 3.0's own keywords, in JSON Schema terms: `nullable: true` allows null, and a boolean
 * `exclusiveMinimum`/`exclusiveMaximum` moves the bound it qualifies.
 */
function fromOpenApi30(schema: JsonSchema): JsonSchema {
  const { nullable, ...rest } = schema;
  for (const [exclusive, bound] of [
    ["exclusiveMinimum", "minimum"],
    ["exclusiveMaximum", "maximum"],
  ] as const) {
    if (typeof rest[exclusive] !== "boolean") continue;
    if (rest[exclusive] === true) rest[exclusive] = rest[bound];
    else delete rest[exclusive];
    if (rest[exclusive] !== undefined) delete rest[bound];
  }
  if (nullable !== true) return rest;
  if (Array.isArray(rest.enum) && !rest.enum.includes(null)) rest.enum = [...rest.enum, null];
  if (typeof rest.type === "string") return { ...rest, type: [rest.type, "null"] };
  if (Array.isArray(rest.type)) return rest.type.includes("null") ? rest : { ...rest, type: [...rest.type, "null"] };
  return { anyOf: [rest, { type: "null" }] };
}

function isSchemaMap(key: string): boolean {
  return key === "properties" || key === "patternProperties" || key === "$defs" || key === "dependentSchemas";
}

function narrowFormat(schema: JsonSchema): JsonSchema {
  const { format, ...rest } = schema;
  const integer = schema.type === "integer" || (Array.isArray(schema.type) && schema.type.includes("integer"));
  const range = format === "int32" ? int32 : integer || format === "int64" ? safeIntegers : undefined;
  // An enum is narrower than any range: the range would only add code.
  if (range && Array.isArray(rest.enum)) return rest;
  // JSON Schema 2020-12 makes `format` an annotation unless a validator asserts it. Only the formats the client
  // checks (src/validation/string-formats.ts) are asserted; others (`uri`, `email`, `float`, …) are dropped, not refused.
  if (!range) return typeof format === "string" && format in validationFormats ? schema : rest;
  return {
    ...rest,
    minimum: Math.max(range.minimum, (rest.minimum as number | undefined) ?? -Infinity),
    maximum: Math.min(range.maximum, (rest.maximum as number | undefined) ?? Infinity),
  };
}

function rewriteRef(ref: string): string {
  const match = /^#\/components\/schemas\/([^/]+)(\/.*)?$/.exec(ref);
  if (!match) throw new Error(`spec: $ref ${ref} is not a component schema; the validator generator cannot follow it`);
  return componentId(decodeURIComponent(match[1]!)) + (match[2] ? `#${match[2]}` : "");
}

function mapValues(record: JsonSchema, map: (value: unknown) => unknown): JsonSchema {
  return Object.fromEntries(Object.entries(record).map(([key, value]) => [key, map(value)]));
}

/** Every component schema, ready for Ajv, with its `$id`. */
export function componentSchemas(spec: OpenApiDocument): Map<string, JsonSchema> {
  const schemas = new Map<string, JsonSchema>();
  for (const [name, schema] of Object.entries(spec.components?.schemas ?? {})) {
    schemas.set(name, { $id: componentId(name), ...(toAjvSchema(schema) as JsonSchema) });
  }
  return schemas;
}

interface ParameterObject {
  name: string;
  in: "path" | "query" | "header" | "cookie";
  required?: boolean;
  schema?: unknown;
}

/**
 * Per operation: the params schema and the body schema per media type. The caller passes the same body object
 * whatever the Content-Type; an XML media type names the same schema as JSON (its wire shape is derived from it by
 * data-contract.ts), so XML bodies are validated as the object they are written from.
 */
export function operationSchemas(spec: OpenApiDocument): OperationSchemas[] {
  const operations: OperationSchemas[] = [];
  for (const [path, pathItem] of Object.entries(spec.paths)) {
    const shared = (pathItem.parameters as unknown[] | undefined) ?? [];
    for (const method of httpMethods) {
      const operation = pathItem[method] as Record<string, unknown> | undefined;
      if (!operation) continue;
      const name = (operation.operationId as string | undefined) ?? `${method} ${path}`;
      const parameters = mergeParameters(spec, shared, (operation.parameters as unknown[] | undefined) ?? []);
      const requestBody = resolve(spec, operation.requestBody) as
        { required?: boolean; content?: Record<string, { schema?: unknown }> } | undefined;
      const body = new Map<string, JsonSchema>();
      for (const mediaType of Object.keys(requestBody?.content ?? {})) {
        const schema = requestBody!.content![mediaType]!.schema;
        if (schema !== undefined) body.set(mediaType, toAjvSchema(schema) as JsonSchema);
      }
      operations.push({
        path,
        method,
        name,
        params: paramsSchema(parameters),
        body,
        mediaTypes: Object.keys(requestBody?.content ?? {}),
        bodyRequired: requestBody?.required === true,
      });
    }
  }
  return operations;
}

/** Path-level parameters, overridden by operation-level ones of the same name and location. */
function mergeParameters(spec: OpenApiDocument, shared: unknown[], own: unknown[]): ParameterObject[] {
  const byKey = new Map<string, ParameterObject>();
  for (const parameter of [...shared, ...own].map((p) => resolve(spec, p) as ParameterObject)) {
    byKey.set(`${parameter.in}:${parameter.name}`, parameter);
  }
  return [...byKey.values()];
}

/**
 * openapi-fetch's `params` is `{ path, query, header, cookie }`. Path and query are closed (a misspelled name
 * must not be sent or dropped silently); header and cookie stay open, since any header may be sent.
 */
function paramsSchema(parameters: ParameterObject[]): JsonSchema {
  const properties: JsonSchema = {};
  const required: string[] = [];
  for (const location of ["path", "query", "header", "cookie"] as const) {
    const own = parameters.filter((p) => p.in === location);
    if (own.length === 0 && (location === "header" || location === "cookie")) continue;
    const group: JsonSchema = {
      type: "object",
      properties: Object.fromEntries(own.map((p) => [p.name, toAjvSchema(p.schema ?? {})])),
      additionalProperties: location === "header" || location === "cookie",
    };
    const requiredNames = own.filter((p) => p.required === true || location === "path").map((p) => p.name);
    if (requiredNames.length > 0) {
      group.required = requiredNames;
      required.push(location);
    }
    properties[location] = group;
  }
  return { type: "object", properties, ...(required.length > 0 ? { required } : {}) };
}

/** Follows a local `$ref` to a component (parameters, requestBodies); other objects are returned as they are. */
export function resolve(spec: OpenApiDocument, value: unknown): unknown {
  const ref = (value as { $ref?: unknown } | undefined)?.$ref;
  if (typeof ref !== "string") return value;
  const target = ref
    .replace(/^#\//, "")
    .split("/")
    .reduce<unknown>(
      (node, key) => (node as Record<string, unknown> | undefined)?.[key.replace(/~1/g, "/").replace(/~0/g, "~")],
      spec,
    );
  if (target === undefined) throw new Error(`spec: $ref ${ref} points at nothing`);
  return resolve(spec, target);
}
