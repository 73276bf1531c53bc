import { bodyFormatOf } from "../../src/formats/media-types.ts";
import { httpMethods } from "../../src/http-methods.ts";
import { operationLabel, type BodyField, type OperationInfo } from "../../src/operation-info.ts";
import type { JsonSchema, OpenApiDocument } from "./spec.ts";
import { dataContractShape, resolveSchema } from "./data-contract.ts";
import { dateTimeLocations } from "./date-time-locations.ts";

const isXmlMediaType = (type: string) => bodyFormatOf(type) === "xml";

type Content = Record<string, { schema?: JsonSchema }>;

/**
 * The schema of the body object the caller passes: the same whatever the Content-Type, which only picks how it is
 * written. `application/json`'s, else the first media type's. An XML media type must use that same schema: its
 * wire shape is derived from it (dataContractShape), so the body's fields are listed once.
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

function bodyFields(spec: OpenApiDocument, schema: JsonSchema | undefined): Record<string, BodyField> | undefined {
  const properties = resolveSchema(spec, schema)?.properties as Record<string, JsonSchema> | undefined;
  if (!properties) return undefined;
  return Object.fromEntries(
    Object.entries(properties).map(([name, property]) => {
      const resolved = resolveSchema(spec, property);
      const values = resolved?.enum as unknown[] | undefined;
      const names = resolved?.["x-enum-varnames"] as string[] | undefined;
      const field: BodyField = { type: String(resolved?.type ?? "string") };
      if (values && names) field.enumNames = Object.fromEntries(values.map((v, i) => [String(v), names[i]!]));
      return [name, field];
    }),
  );
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
      const parameters = [
        ...((pathItem.parameters ?? []) as JsonSchema[]),
        ...((operation.parameters ?? []) as JsonSchema[]),
      ];
      const content = ((operation.requestBody as JsonSchema | undefined)?.content ?? {}) as Content;
      const schema = bodySchema(`${method.toUpperCase()} ${path}`, content);
      const fields = bodyFields(spec, schema);
      const xmlBody = Object.keys(content).some(isXmlMediaType) ? dataContractShape(spec, schema) : undefined;
      const info: OperationInfo = {
        path,
        method,
        ...(typeof operation.operationId === "string" ? { operationId: operation.operationId } : {}),
        pathParameters: parameters
          .filter((p) => p.in === "path")
          .map((p) => ({
            name: String(p.name),
            type: String(resolveSchema(spec, p.schema as JsonSchema)?.type ?? "string"),
          })),
        requestMediaTypes: Object.keys(content),
        ...(fields ? { bodyFields: fields } : {}),
        ...(xmlBody ? { xmlBody } : {}),
      };
      operations.push({ info, body: schema });
    }
  }
  return operations;
}

export function generateOperations(spec: OpenApiDocument): string {
  return [
    `import type { OperationInfo } from "../src/operation-info.ts";`,
    "",
    `/** Every operation of the spec with its path parameters, request media types, body fields and XML shape. */`,
    `export const operations: readonly OperationInfo[] = ${JSON.stringify(findOperations(spec), null, 2)};`,
    "",
  ].join("\n");
}

/**
 * `generated/body-formats.ts`: what the client's entry chunk needs per operation (by label, `PATCH /path`) to
 * prepare and write a body: whether it has an XML shape (the shapes themselves, in operations.ts, load with the XML
 * chunk), and where its body holds date-time strings, which the caller may give as `Date`s. The latter is also the
 * type the client's declarations read (`string | Date` there, in request bodies only).
 */
export function generateBodyFormats(spec: OpenApiDocument): string {
  const described = describeOperations(spec);
  const hasXmlBody = Object.fromEntries(
    described.map(({ info }) => [operationLabel(info), info.xmlBody !== undefined]),
  );
  const dates = described.flatMap(({ info, body }) => {
    const where = dateTimeLocations(spec, body);
    return where === undefined ? [] : [[operationLabel(info), where] as const];
  });
  return [
    "/** Every operation of the spec by label (`PATCH /path`): true when its request body has a DataContract XML shape. */",
    `export const hasXmlBody: Readonly<Record<string, boolean>> = ${JSON.stringify(hasXmlBody, null, 2)};`,
    "",
    "/**",
    " * Where each operation's request body holds `format: date-time` strings (`true`; an object for fields, `[…]`",
    " * for array items): a `Date` given there is sent as its `toISOString()`. Operations without any are left out.",
    " */",
    `export const requestBodyDates = ${JSON.stringify(Object.fromEntries(dates), null, 2)} as const;`,
    "",
  ].join("\n");
}
