import type { BodyModel, DataContract, ScalarKind } from "../../src/model/body-model.ts";
import { bodyFormatOf } from "../../src/formats/media-types.ts";
import type { JsonSchema, OpenApiDocument } from "./spec.ts";

/**
 * Derives the body model (src/model/body-model.ts) of one schema: what every body format and the mock walk.
 * Data contracts it reaches are added to `types`, keyed by component name (an inline object by its path), so a
 * type that refers to itself ends. A contract without an `xml.namespace` of its own is in the spec's one
 * namespace (specNamespace). Throws, naming `where`, on what the formats cannot write exactly. `inXml` is false
 * for a path or query parameter, which is never written in XML: its collections need no item element name.
 */
export function bodyModel(
  spec: OpenApiDocument,
  schema: JsonSchema | undefined,
  types: Record<string, DataContract>,
  where: string,
  inXml = true,
): BodyModel | undefined {
  if (schema === undefined) return undefined;
  const { schema: own, nullable, component } = unwrap(spec, schema, where);
  if (!describesAType(own)) return undefined;
  const mark = <M extends BodyModel>(model: M): M => (nullable ? { ...model, nullable: true } : model);
  const type = typeOf(own, where);

  if (type === "object") {
    const key = component ?? where;
    const xml = (own.xml ?? {}) as { name?: string; namespace?: string };
    const contractNamespace = xml.namespace ?? specNamespace(spec);
    if (!(key in types)) {
      const contract: DataContract = {
        name: xml.name ?? component ?? lastSegment(where),
        ...(contractNamespace ? { namespace: contractNamespace } : {}),
        members: [],
      };
      types[key] = contract; // registered before its members, so a member of its own type finds it
      const properties = (own.properties ?? {}) as Record<string, JsonSchema>;
      const members: [string, BodyModel][] = [];
      for (const name of Object.keys(properties).sort()) {
        if (properties[name]!.xml !== undefined) {
          throw new Error(
            `spec: ${where}.${name} has an \`xml\` object; DataContract XML writes each member as an element named as the field, so only a schema's own \`xml\` (name, namespace) is read`,
          );
        }
        const member = bodyModel(spec, properties[name], types, `${key}.${name}`, inXml);
        members.push([name, member ?? { kind: "any" }]);
      }
      types[key] = { ...contract, members };
    }
    return mark({ kind: "object", type: key });
  }

  if (type === "array") {
    const itemsSchema = own.items as JsonSchema | undefined;
    const items = bodyModel(spec, itemsSchema, types, `${where}[]`, inXml) ?? { kind: "any" };
    const xmlItemName =
      !inXml || items.kind === "object" ? undefined : primitiveItemName(spec, itemsSchema, items, where);
    return mark({ kind: "collection", items, ...(xmlItemName ? { xmlItemName } : {}) });
  }

  return mark(scalarModel(own, type));
}

/** The model of a path or query parameter's schema: a URL carries it as text, so nothing of XML is asked for. */
export const parameterModel = (
  spec: OpenApiDocument,
  schema: JsonSchema | undefined,
  types: Record<string, DataContract>,
  where: string,
): BodyModel | undefined => bodyModel(spec, schema, types, where, false);

/**
 * The body model of a whole request body or answer (bodyModel's): a single value gets the root element
 * DataContract writes for it (ScalarModel.xmlName) from the schema's `xml` (an enum's component name without one).
 * Throws, naming `where`, for an integer or enum sent or answered as XML whose element the spec does not name: the
 * root is `<int>`, `<long>` or `<short>` as the server's .NET type is, which the page's "integer" leaves open.
 */
export function rootBodyModel(
  spec: OpenApiDocument,
  schema: JsonSchema | undefined,
  types: Record<string, DataContract>,
  where: string,
  mediaTypes: readonly string[],
): BodyModel | undefined {
  const model = bodyModel(spec, schema, types, where);
  if (model === undefined || model.kind === "object" || model.kind === "collection") return model;
  const { schema: own, component } = unwrap(spec, schema!, where);
  const xml = (own.xml ?? {}) as { name?: string; namespace?: string };
  const xmlName = xml.name ?? (model.kind === "enum" ? component : undefined);
  const xmlNamespace = model.kind === "enum" ? (xml.namespace ?? specNamespace(spec)) : undefined;
  const asXml = mediaTypes.some((type) => bodyFormatOf(type) === "xml");
  if (asXml && xmlName === undefined && (model.kind === "integer" || model.kind === "enum")) {
    throw new Error(
      `spec: ${where} is ${model.kind === "enum" ? "an enum" : "an integer"} alone in XML, whose root element names the .NET type ` +
        `(${model.kind === "enum" ? "the enum's contract name" : "int, long, short, …"}) that the help page leaves open: ` +
        `give its schema an \`xml: { name: … }\` as the page's XML sample shows it (<int>)`,
    );
  }
  return {
    ...model,
    ...(xmlName !== undefined ? { xmlName } : {}),
    ...(xmlNamespace !== undefined ? { xmlNamespace } : {}),
  };
}

const namespaces = new WeakMap<OpenApiDocument, string | undefined>();

/**
 * The XML namespace of the spec's data contracts: the one that the component schemas which give an
 * `xml.namespace` agree on (the server's CLR namespace, `…/2004/07/CaliberAPI`), so that it is written once; none
 * when they give none or differ.
 */
function specNamespace(spec: OpenApiDocument): string | undefined {
  if (!namespaces.has(spec)) {
    const given = new Set(
      Object.values(spec.components?.schemas ?? {})
        .map((schema) => (schema.xml as { namespace?: string } | undefined)?.namespace)
        .filter((namespace) => namespace !== undefined),
    );
    namespaces.set(spec, given.size === 1 ? [...given][0] : undefined);
  }
  return namespaces.get(spec);
}

function scalarModel(schema: JsonSchema, type: string | undefined): BodyModel {
  const names = schema["x-enum-varnames"] as string[] | undefined;
  if (Array.isArray(schema.enum) && names) {
    const values = (schema.enum as unknown[]).filter((value) => value !== null);
    return {
      kind: "enum",
      members: Object.fromEntries(values.map((value, i) => [String(value), names[i]!])),
      ...(values.every((value) => typeof value === "string") ? { stringValues: true as const } : {}),
    };
  }
  const kind: ScalarKind =
    type === "integer" || type === "number" || type === "boolean"
      ? type
      : type === "string"
        ? schema.format === "date-time"
          ? "date-time"
          : schema.format === "uuid"
            ? "uuid"
            : "string"
        : "any";
  return { kind };
}

/** The element DataContract writes for each primitive item of a List<T>, which depends on T's .NET type. */
const itemNames: Partial<Record<ScalarKind, string>> = {
  string: "string",
  boolean: "boolean",
  "date-time": "dateTime",
  uuid: "guid",
};

function primitiveItemName(
  spec: OpenApiDocument,
  itemsSchema: JsonSchema | undefined,
  items: BodyModel,
  where: string,
): string | undefined {
  const own = itemsSchema ? unwrap(spec, itemsSchema, where).schema : {};
  const named = (own.xml as { name?: string } | undefined)?.name;
  if (named) return named;
  if (items.kind === "collection") return undefined; // a collection of collections: named ArrayOf… by the codec
  const name = items.kind === "object" ? undefined : itemNames[items.kind];
  if (name) return name;
  if (items.kind === "integer" || items.kind === "number" || items.kind === "enum") {
    throw new Error(
      `spec: ${where} is a collection of ${items.kind === "number" ? "decimal numbers" : "integers"}, whose XML item element names the .NET type ` +
        `(int, long, short, decimal, double, …) that the help page's "${items.kind === "number" ? "decimal number" : "integer"}" leaves open: ` +
        `give \`items\` an \`xml: { name: … }\` as the page's XML sample shows it (<d2p1:int>)`,
    );
  }
  return undefined;
}

/**
 * The schema behind references, `allOf: [one]` wrappers and nullable unions (`type: [T, "null"]`, `oneOf`/`anyOf`
 * with `{ type: "null" }`, OpenAPI 3.0's `nullable: true`), and whether `null` is allowed; `component` names the
 * component schema it came from.
 */
function unwrap(
  spec: OpenApiDocument,
  schema: JsonSchema,
  where: string,
): { schema: JsonSchema; nullable: boolean; component?: string } {
  let nullable = schema.nullable === true || (Array.isArray(schema.type) && schema.type.includes("null"));
  let component: string | undefined;
  let current = schema;
  for (let depth = 0; depth < 64; depth++) {
    if (typeof current.$ref === "string") {
      component = decodeURIComponent(current.$ref.replace("#/components/schemas/", ""));
      const target = spec.components?.schemas?.[component];
      if (!target) throw new Error(`spec: ${where}: $ref ${current.$ref} points at nothing`);
      current = target;
      if (current.nullable === true || (Array.isArray(current.type) && current.type.includes("null"))) nullable = true;
      continue;
    }
    const branches = (current.oneOf ?? current.anyOf ?? current.allOf) as JsonSchema[] | undefined;
    if (Array.isArray(branches)) {
      const typed = branches.filter((branch) => branch.type !== "null");
      if (typed.length < branches.length) nullable = true;
      if (typed.length === 1 && !describesAType(withoutBranches(current))) {
        current = typed[0]!;
        continue;
      }
      if (typed.length > 1) {
        throw new Error(
          `spec: ${where} is one of several schemas; the body formats write one .NET type per member (use one schema, nullable if need be)`,
        );
      }
    }
    return { schema: current, nullable, ...(component ? { component } : {}) };
  }
  throw new Error(`spec: ${where}: references nest too deeply`);
}

const withoutBranches = ({ oneOf: _o, anyOf: _a, allOf: _l, ...rest }: JsonSchema): JsonSchema => rest;

/** A schema that says what its value is (and not only, like "Not documented by the help page.", what it is not). */
function describesAType(schema: JsonSchema): boolean {
  return ["type", "properties", "items", "enum", "$ref", "oneOf", "anyOf", "allOf", "format"].some(
    (keyword) => schema[keyword] !== undefined,
  );
}

function typeOf(schema: JsonSchema, where: string): string | undefined {
  const types = (Array.isArray(schema.type) ? schema.type : [schema.type]).filter(
    (type) => type !== "null" && type !== undefined,
  ) as string[];
  if (types.length > 1) {
    throw new Error(`spec: ${where} has the types ${types.join(", ")}; a .NET member has one type`);
  }
  return types[0] ?? (schema.properties ? "object" : schema.items ? "array" : undefined);
}

const lastSegment = (where: string): string =>
  where
    .split(/[.[\]]/)
    .filter(Boolean)
    .pop() ?? "root";
