import { bodyFormatOf } from "../../src/formats/media-types.ts";
import { httpMethods } from "../../src/http-methods.ts";
import type { DataContract } from "../../src/model/body-model.ts";
import { operationLabel, type OperationInfo, type ParameterInfo, type ResponseInfo } from "../../src/operation-info.ts";
import type { JsonSchema, OpenApiDocument } from "./spec.ts";
import { parameterModel, rootBodyModel } from "./body-model.ts";
import { resolve } from "./validator-schemas.ts";
import { dateTimeLocations, parameterDateLocations } from "./date-time-locations.ts";
import type { DateLocations } from "../../src/validation/date-values.ts";

const isXmlMediaType = (type: string) => bodyFormatOf(type) === "xml";

type Content = Record<string, { schema?: JsonSchema }>;

/**
 * The schema of the body object the caller passes: the same whatever the Content-Type, which only picks how it is
 * written. `application/json`'s, else the first media type's. An XML media type must use that same schema: its
 * wire shape is derived from it (the body model), so the body's fields are listed once.
 */
function bodySchema(operation: string, content: Content): JsonSchema | undefined {
  const schema = (content["application/json"] ?? Object.values(content)[0])?.schema;
  for (const [type, media] of Object.entries(content)) {
    if (isXmlMediaType(type) && JSON.stringify(media.schema) !== JSON.stringify(schema)) {
      throw new Error(
        `spec: ${operation}: ${type} has its own schema; give it the body's schema (${JSON.stringify(schema)}), and the XML shape is derived from it (root and namespace from the schema's \`xml\` object)`,
      );
    }
  }
  return schema;
}

/** Every operation of the spec, with what the body formats and the mock server need at run time. */
export function findOperations(spec: OpenApiDocument): OperationInfo[] {
  return describeOperations(spec).map(({ info }) => info);
}

/** Each operation's run-time info, and the schema of its body (the same for every media type). */
function describeOperations(spec: OpenApiDocument): { info: OperationInfo; body: JsonSchema | undefined }[] {
  const operations: { info: OperationInfo; body: JsonSchema | undefined }[] = [];
  for (const [path, pathItem] of Object.entries(spec.paths ?? {})) {
    for (const method of httpMethods) {
      const operation = pathItem[method] as JsonSchema | undefined;
      if (!operation) continue;
      const label = `${method.toUpperCase()} ${path}`;
      const name = typeof operation.operationId === "string" ? operation.operationId : label;
      const types: Record<string, DataContract> = {};
      const requestBody = resolve(spec, operation.requestBody) as JsonSchema | undefined;
      const content = (requestBody?.content ?? {}) as Content;
      const schema = bodySchema(label, content);
      const model = rootBodyModel(spec, schema, types, `${name} request body`, Object.keys(content));
      const responses = responseInfos(spec, operation, types, name);
      const parameters = parameterInfos(spec, pathItem, operation, types, name);
      const info: OperationInfo = {
        path,
        method,
        ...(typeof operation.operationId === "string" ? { operationId: operation.operationId } : {}),
        parameters,
        requestMediaTypes: Object.keys(content),
        ...(model ? { requestBody: model } : {}),
        ...(responses.length > 0 ? { responses } : {}),
        types,
      };
      operations.push({ info, body: schema });
    }
  }
  return operations;
}

/** Path and query parameters (path-level ones overridden by the operation's own), each with its model. */
function parameterInfos(
  spec: OpenApiDocument,
  pathItem: Record<string, unknown>,
  operation: JsonSchema,
  types: Record<string, DataContract>,
  name: string,
): ParameterInfo[] {
  const byKey = new Map<string, JsonSchema>();
  for (const raw of [...((pathItem.parameters ?? []) as unknown[]), ...((operation.parameters ?? []) as unknown[])]) {
    const parameter = resolve(spec, raw) as JsonSchema;
    byKey.set(`${String(parameter.in)}:${String(parameter.name)}`, parameter);
  }
  return [...byKey.values()]
    .filter((p) => p.in === "path" || p.in === "query")
    .map((p) => ({
      name: String(p.name),
      in: p.in as "path" | "query",
      required: p.in === "path" || p.required === true,
      model: parameterModel(spec, p.schema as JsonSchema | undefined, types, `${name} ${String(p.name)}`) ?? {
        kind: "string",
      },
    }));
}

/** Each response the spec gives a body schema (the JSON media type's, else the first's), with its example. */
function responseInfos(
  spec: OpenApiDocument,
  operation: JsonSchema,
  types: Record<string, DataContract>,
  name: string,
): ResponseInfo[] {
  const infos: ResponseInfo[] = [];
  for (const [status, raw] of Object.entries((operation.responses ?? {}) as Record<string, unknown>)) {
    const content = ((resolve(spec, raw) as JsonSchema | undefined)?.content ?? {}) as Record<string, JsonSchema>;
    const media = content["application/json"] ?? Object.values(content)[0];
    const schema = media?.schema as JsonSchema | undefined;
    const model = rootBodyModel(spec, schema, types, `${name} response ${status}`, Object.keys(content));
    if (!model) continue;
    const example = exampleOf(spec, media!);
    infos.push({ status, mediaTypes: Object.keys(content), model, ...(example !== undefined ? { example } : {}) });
  }
  return infos;
}

/** A media type's `example`, else its first named example's value (following a `$ref` to components). */
export function exampleOf(spec: OpenApiDocument, media: JsonSchema): unknown {
  if (media.example !== undefined) return media.example;
  const first = Object.values((media.examples ?? {}) as Record<string, unknown>)[0];
  return (resolve(spec, first) as { value?: unknown } | undefined)?.value;
}

export function generateOperations(spec: OpenApiDocument): string {
  return [
    `import type { OperationInfo } from "../src/operation-info.ts";`,
    "",
    `/** Every operation of the spec with its parameters, request media types, body models and data contracts. */`,
    `export const operations: readonly OperationInfo[] = ${JSON.stringify(findOperations(spec), null, 2)};`,
    "",
  ].join("\n");
}

/** What the client needs of one operation at call time, besides its validators (by label, `PATCH /path`). */
export interface OperationFormats {
  label: string;
  /** Its request body has a DataContract XML shape (the shapes themselves, in operations.ts, load with the XML chunk). */
  xmlBody: boolean;
  /** The spec gives a 2xx answer a schema in DataContract XML: the client reads those by it. */
  xmlResponse: boolean;
  /** Where its request body holds date-time strings, which the caller may give as `Date`s. */
  dates: DateLocations | undefined;
  /** Where its path and query parameters are date-times (`{ query: { since: true } }`), as for `dates`. */
  parameterDates: DateLocations | undefined;
}

/** Every operation's formats, in the spec's order. */
export function operationFormats(spec: OpenApiDocument): OperationFormats[] {
  return describeOperations(spec).map(({ info, body }) => ({
    label: operationLabel(info),
    xmlBody: info.requestBody !== undefined && info.requestMediaTypes.some(isXmlMediaType),
    xmlResponse: (info.responses ?? []).some((response) => response.mediaTypes.some(isXmlMediaType)),
    dates: dateTimeLocations(spec, body),
    parameterDates: parameterDateLocations(info.parameters),
  }));
}

/**
 * `generated/body-formats.ts`: every operation's formats in one table each, for what needs them all at once: the
 * client's declarations read `requestBodyDates` (`string | Date` there, in request bodies only), and the CJS build
 * (src/validation/load-operation.eager.ts) loads them with the rest. The ESM build loads each operation's from its
 * group chunk instead (operation-groups.ts), so that its entry holds no table that grows with the spec.
 */
export function generateBodyFormats(spec: OpenApiDocument): string {
  const formats = operationFormats(spec);
  const hasXmlBody = Object.fromEntries(formats.map(({ label, xmlBody }) => [label, xmlBody]));
  const hasXmlResponse = Object.fromEntries(
    formats.filter(({ xmlResponse }) => xmlResponse).map(({ label }) => [label, true]),
  );
  const dates = formats.flatMap(({ label, dates: where }) => (where === undefined ? [] : [[label, where] as const]));
  const parameterDates = formats.flatMap(({ label, parameterDates: where }) =>
    where === undefined ? [] : [[label, where] as const],
  );
  return [
    "/** Every operation of the spec by label (`PATCH /path`): true when its request body has a DataContract XML shape. */",
    `export const hasXmlBody: Readonly<Record<string, boolean>> = ${JSON.stringify(hasXmlBody, null, 2)};`,
    "",
    "/** The operations whose 2xx answers the spec gives a schema in DataContract XML: the client reads those by it. */",
    `export const hasXmlResponse: Readonly<Record<string, boolean>> = ${JSON.stringify(hasXmlResponse, null, 2)};`,
    "",
    "/**",
    " * Where each operation's request body holds `format: date-time` strings (`true`; an object for fields, `[…]`",
    " * for array items): a `Date` given there is sent as its `toISOString()`. Operations without any are left out.",
    " */",
    `export const requestBodyDates = ${JSON.stringify(Object.fromEntries(dates), null, 2)} as const;`,
    "",
    "/** Where each operation's path and query parameters are date-times (`{ query: { since: true } }`), as above. */",
    `export const requestParameterDates = ${JSON.stringify(Object.fromEntries(parameterDates), null, 2)} as const;`,
    "",
  ].join("\n");
}
