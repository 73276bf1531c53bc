import type { BodyModel, DataContracts } from "../../src/model/body-model.ts";
import { itemElementName, itemNamespace, rootElement } from "../../src/formats/xml/write-data-contract-xml.ts";
import { rootBodyModel } from "./body-model.ts";
import type { JsonSchema, OpenApiDocument } from "./spec.ts";

/** Follows `#/components/schemas/…` references to the schema itself. */
export function resolveSchema(spec: OpenApiDocument, schema: JsonSchema | undefined): JsonSchema | undefined {
  const ref = schema?.$ref;
  if (typeof ref !== "string") return schema;
  return resolveSchema(spec, spec.components?.schemas?.[decodeURIComponent(ref.replace("#/components/schemas/", ""))]);
}

/**
 * The XML wire form of a body schema as a schema of its own, for the docs page only (scripts/build-docs.ts), read
 * off the body model the XML writer and reader walk (rootBodyModel: a request body's or an answer's): members in
 * DataContract order at every depth, collections wrapped with their items named by contract or .NET type (a
 * collection as the body too: `ArrayOfPhone` holding `Phone`s), each enum as the strings of its member names.
 * Nothing else reads it.
 */
export function xmlWireSchema(
  spec: OpenApiDocument,
  schemaOrRef: JsonSchema,
  mediaTypes: readonly string[] = ["application/xml"],
): JsonSchema {
  const types: Record<string, import("../../src/model/body-model.ts").DataContract> = {};
  const model = rootBodyModel(spec, schemaOrRef, types, "the body", mediaTypes);
  if (!model) return schemaOrRef;
  const root = rootElement(model, types);
  const name = typeof schemaOrRef.$ref === "string" ? `\`${schemaOrRef.$ref.split("/").pop()}\`` : "The body";
  const wire = wireSchema(spec, model, types, new Set());
  return {
    ...wire,
    description:
      `${name} as DataContract XML: root element \`${root.name}\`` +
      (root.namespace ? ` in namespace \`${root.namespace}\`` : "") +
      ', members in alphabetical order at every depth, enums written by member name, `null` as `i:nil="true"`. ' +
      "Only the fields given are written.",
    xml: {
      ...(wire.xml as JsonSchema | undefined),
      name: root.name,
      ...(root.namespace ? { namespace: root.namespace } : {}),
    },
  };
}

const scalarSchemas: Record<string, JsonSchema> = {
  integer: { type: "integer" },
  number: { type: "number", description: "Plain decimal digits, never an exponent." },
  boolean: { type: "boolean" },
  string: { type: "string" },
  "date-time": { type: "string", format: "date-time" },
  uuid: { type: "string", format: "uuid" },
  any: {},
};

/** A member as the spec gives it (with its description), where it is a component's property. */
const specMember = (spec: OpenApiDocument, type: string, member: string): JsonSchema | undefined =>
  (spec.components?.schemas?.[type]?.properties as Record<string, JsonSchema> | undefined)?.[member];

function wireSchema(
  spec: OpenApiDocument,
  model: BodyModel,
  types: DataContracts,
  within: ReadonlySet<string>,
  given?: JsonSchema,
): JsonSchema {
  if (model.kind === "object") {
    const contract = types[model.type];
    if (!contract || within.has(model.type)) return { type: "object", description: `A \`${model.type}\`, as above.` };
    const inside = new Set([...within, model.type]);
    return {
      type: "object",
      properties: Object.fromEntries(
        contract.members.map(([member, inner]) => [
          member,
          wireSchema(spec, inner, types, inside, specMember(spec, model.type, member)),
        ]),
      ),
    };
  }
  if (model.kind === "collection") {
    const namespace = itemNamespace(model, types);
    return {
      ...(given?.description ? { description: given.description } : {}),
      type: "array",
      xml: { wrapped: true },
      items: {
        ...wireSchema(spec, model.items, types, within),
        xml: { name: itemElementName(model, types), ...(namespace ? { namespace } : {}) },
      },
    };
  }
  if (model.kind === "enum") {
    return {
      type: "string",
      enum: Object.values(model.members ?? {}),
      description: "An enum member, written by name.",
    };
  }
  // A scalar is written as the spec gives it: its schema, description and all.
  return given && given.$ref === undefined ? given : (scalarSchemas[model.kind] ?? {});
}
