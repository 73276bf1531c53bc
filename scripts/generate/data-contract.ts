import type { XmlBodyShape } from "../../src/operation-info.ts";
import type { JsonSchema, OpenApiDocument } from "./spec.ts";

/**
 * How .NET's DataContractSerializer lays out a body, derived from its one JSON schema (the spec lists each field
 * once): the root element and namespace from the schema's `xml` object (else the component's name, and no
 * namespace); the members in DataContract order, which without `[DataMember(Order)]` is ordinal (alphabetical by
 * UTF-16 code unit, as JavaScript's default sort) — the help page's XML sample shows it. Enums are written by
 * their `x-enum-varnames` (src/formats/xml/write-data-contract-xml.ts, from the body fields).
 */
export function dataContractShape(spec: OpenApiDocument, schemaOrRef: JsonSchema | undefined): XmlBodyShape {
  const schema = resolveSchema(spec, schemaOrRef);
  const properties = (schema?.properties ?? {}) as Record<string, JsonSchema>;
  for (const [name, property] of Object.entries(properties)) {
    if (property.xml !== undefined) {
      throw new Error(
        `spec: property ${name} has an \`xml\` object; DataContract XML writes each member as an element named as the field, so only the schema's own \`xml\` (name, namespace) is read`,
      );
    }
  }
  const xml = (schema?.xml ?? {}) as { name?: string; namespace?: string };
  const componentName = String(schemaOrRef?.$ref ?? "")
    .split("/")
    .pop();
  return {
    root: xml.name ?? (componentName || "root"),
    ...(xml.namespace ? { namespace: xml.namespace } : {}),
    order: Object.keys(properties).sort(),
  };
}

/** Follows `#/components/schemas/…` references to the schema itself. */
export function resolveSchema(spec: OpenApiDocument, schema: JsonSchema | undefined): JsonSchema | undefined {
  const ref = schema?.$ref;
  if (typeof ref !== "string") return schema;
  return resolveSchema(spec, spec.components?.schemas?.[decodeURIComponent(ref.replace("#/components/schemas/", ""))]);
}

/**
 * The XML wire form of a body schema as a schema of its own, for the docs page only (scripts/build-docs.ts): the
 * members in DataContract order, each enum as the strings of its member names. Nothing else reads it.
 */
export function xmlWireSchema(spec: OpenApiDocument, schemaOrRef: JsonSchema): JsonSchema {
  const schema = resolveSchema(spec, schemaOrRef) ?? {};
  const shape = dataContractShape(spec, schemaOrRef);
  const properties = (schema.properties ?? {}) as Record<string, JsonSchema>;
  const name = String(schemaOrRef.$ref ?? "the body")
    .split("/")
    .pop();
  return {
    ...schema,
    description:
      `\`${name}\` as DataContract XML: root element \`${shape.root}\`` +
      (shape.namespace ? ` in namespace \`${shape.namespace}\`` : "") +
      ", members in alphabetical order, enums written by member name. Only the fields given are written.",
    xml: { name: shape.root, ...(shape.namespace ? { namespace: shape.namespace } : {}) },
    properties: Object.fromEntries(
      shape.order.map((field) => [field, xmlWireProperty(spec, properties[field]!)] as const),
    ),
  };
}

function xmlWireProperty(spec: OpenApiDocument, property: JsonSchema): JsonSchema {
  const resolved = resolveSchema(spec, property) ?? {};
  const names = resolved["x-enum-varnames"] as string[] | undefined;
  if (!Array.isArray(resolved.enum) || !names) return property;
  const enumName = String(property.$ref ?? "")
    .split("/")
    .pop();
  return {
    type: "string",
    enum: names,
    description: `${enumName ? `An \`${enumName}\`` : "An enum"} member, written by name.`,
  };
}
