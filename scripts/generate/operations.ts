import { httpMethods } from "../../src/http-methods.ts";
import { operationLabel, type BodyField, type OperationInfo, type XmlBodyShape } from "../../src/operation-info.ts";
import type { JsonSchema, OpenApiDocument } from "./spec.ts";
import { callerBodySchema } from "./validator-schemas.ts";

const isXmlMediaType = (type: string) => /[/+]xml$/.test(type);

type Content = Record<string, { schema?: JsonSchema }>;

function resolve(spec: OpenApiDocument, schema: JsonSchema | undefined): JsonSchema | undefined {
  const ref = schema?.$ref;
  if (typeof ref !== "string") return schema;
  return resolve(spec, spec.components?.schemas?.[ref.replace("#/components/schemas/", "")]);
}

/**
 * The fields of the body object the caller passes. Its schema is the one the validators check an XML body
 * against (callerBodySchema, THE RULE in validator-schemas.ts): the JSON schema, whatever the wire format.
 */
function callerBodyFields(spec: OpenApiDocument, content: Content): Record<string, BodyField> | undefined {
  const xmlType = Object.keys(content).find(isXmlMediaType) ?? "application/xml";
  return bodyFields(spec, resolve(spec, callerBodySchema(content, xmlType) as JsonSchema | undefined));
}

function bodyFields(spec: OpenApiDocument, schema: JsonSchema | undefined): Record<string, BodyField> | undefined {
  const properties = schema?.properties as Record<string, JsonSchema> | undefined;
  if (!properties) return undefined;
  return Object.fromEntries(
    Object.entries(properties).map(([name, property]) => {
      const resolved = resolve(spec, property);
      const values = resolved?.enum as unknown[] | undefined;
      const names = resolved?.["x-enum-varnames"] as string[] | undefined;
      const field: BodyField = { type: String(resolved?.type ?? "string") };
      if (values && names) field.enumNames = Object.fromEntries(values.map((v, i) => [String(v), names[i]!]));
      return [name, field];
    }),
  );
}

/** Root name, namespace and element order, from the XML media type's schema and its `xml` keyword. */
function xmlBodyShape(spec: OpenApiDocument, content: Content): XmlBodyShape | undefined {
  const xmlType = Object.keys(content).find(isXmlMediaType);
  if (!xmlType) return undefined;
  const schemaRef = content[xmlType]!.schema;
  const schema = resolve(spec, schemaRef);
  const xml = (schema?.xml ?? {}) as { name?: string; namespace?: string };
  const root =
    xml.name ??
    String(schemaRef?.$ref ?? "")
      .split("/")
      .pop() ??
    "";
  return {
    root,
    ...(xml.namespace ? { namespace: xml.namespace } : {}),
    order: Object.keys((schema?.properties ?? {}) as object),
  };
}

/** Every operation of the spec, with what the body formats and the mock server need at run time. */
export function findOperations(spec: OpenApiDocument): OperationInfo[] {
  const operations: OperationInfo[] = [];
  for (const [path, pathItem] of Object.entries(spec.paths ?? {})) {
    for (const method of httpMethods) {
      const operation = pathItem[method] as JsonSchema | undefined;
      if (!operation) continue;
      const parameters = [
        ...((pathItem.parameters ?? []) as JsonSchema[]),
        ...((operation.parameters ?? []) as JsonSchema[]),
      ];
      const content = ((operation.requestBody as JsonSchema | undefined)?.content ?? {}) as Content;
      const fields = callerBodyFields(spec, content);
      const xmlBody = xmlBodyShape(spec, content);
      operations.push({
        path,
        method,
        ...(typeof operation.operationId === "string" ? { operationId: operation.operationId } : {}),
        pathParameters: parameters
          .filter((p) => p.in === "path")
          .map((p) => ({
            name: String(p.name),
            type: String(resolve(spec, p.schema as JsonSchema)?.type ?? "string"),
          })),
        requestMediaTypes: Object.keys(content),
        ...(fields ? { bodyFields: fields } : {}),
        ...(xmlBody ? { xmlBody } : {}),
      });
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
 * `generated/body-formats.ts`: every operation by label, and whether its body has an XML shape. This is all the
 * client's entry chunk needs to pick a body format; the shapes themselves (operations.ts) load with the XML chunk.
 */
export function generateBodyFormats(spec: OpenApiDocument): string {
  const hasXmlBody = Object.fromEntries(
    findOperations(spec).map((operation) => [operationLabel(operation), operation.xmlBody !== undefined]),
  );
  return [
    "/** Every operation of the spec by label (`PATCH /path`): true when its request body has a DataContract XML shape. */",
    `export const hasXmlBody: Readonly<Record<string, boolean>> = ${JSON.stringify(hasXmlBody, null, 2)};`,
    "",
  ].join("\n");
}
