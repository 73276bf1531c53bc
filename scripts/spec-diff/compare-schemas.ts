import { sameJson, show, type Emit } from "./changes.ts";
import type { Direction } from "./schema-usage.ts";

type Schema = Record<string, unknown>;

/** Keywords that only document: a change is a fix. */
const documentation = new Set([
  "description",
  "title",
  "summary",
  "example",
  "examples",
  "x-enum-descriptions",
  "deprecated",
  "externalDocs",
  "$comment",
  "readOnly",
  "writeOnly",
]);

/** Validation keywords: adding or changing one may refuse what was valid (breaking); dropping one is a feature. */
const constraints = new Set([
  "minimum",
  "maximum",
  "exclusiveMinimum",
  "exclusiveMaximum",
  "multipleOf",
  "minLength",
  "maxLength",
  "pattern",
  "minItems",
  "maxItems",
  "uniqueItems",
  "minProperties",
  "maxProperties",
  "const",
]);

/** Keywords this module compares itself; anything else falls through to a generic "changed" fix. */
const handled = new Set([
  "$ref",
  "type",
  "nullable",
  "format",
  "enum",
  "x-enum-varnames",
  "properties",
  "required",
  "additionalProperties",
  "items",
  "allOf",
  "oneOf",
  "anyOf",
  "not",
  "xml",
]);

/**
 * Compares two schemas and emits each difference with its class. A `$ref` is compared by name only:
 * component schemas are compared once each, by compareSpecs, not at every place that uses them.
 * `field` is the dotted path of the field being compared (undefined at a schema's root); `direction` is where its
 * values travel (schema-usage.ts), which decides whether a type that allows more (`null` too) is compatible.
 */
export function compareSchemas(
  base: unknown,
  head: unknown,
  emit: Emit,
  field?: string,
  direction: Direction = "both",
): void {
  const at = (message: string) => (field === undefined ? message : `field \`${field}\`: ${message}`);
  const b = asSchema(base);
  const h = asSchema(head);
  if (sameJson(b, h)) return;

  if (b.$ref !== undefined || h.$ref !== undefined) {
    if (b.$ref !== h.$ref) {
      emit("breaking", at(`type changed from ${describeType(b)} to ${describeType(h)}`));
    }
    compareRest(b, h, emit, at, ["$ref"]);
    return;
  }

  const baseTypes = typesOf(b);
  const headTypes = typesOf(h);
  const typeChanged = !sameJson(baseTypes, headTypes);
  if (typeChanged) compareTypes(b, h, direction, emit, at);
  if (b.format !== h.format && !typeChanged) {
    // Like a dropped constraint, a dropped format (int32 → any integer) refuses nothing that was valid.
    if (h.format === undefined) emit("feature", at(`format ${show(b.format)} dropped`));
    else emit("breaking", at(`format changed from ${show(b.format)} to ${show(h.format)}`));
  }
  compareEnums(b, h, emit, at);
  compareProperties(b, h, emit, field, direction);
  compareAdditionalProperties(b, h, emit, at, field, direction);
  if (b.items !== undefined || h.items !== undefined) {
    compareSchemas(b.items, h.items, emit, `${field ?? ""}[]`, direction);
  }
  for (const keyword of ["allOf", "oneOf", "anyOf", "not"]) {
    if (!sameJson(b[keyword], h[keyword])) emit("breaking", at(`\`${keyword}\` changed`));
  }
  if (!sameJson(b.xml, h.xml)) {
    emit("breaking", at(`XML name or namespace changed from ${showXml(b.xml)} to ${showXml(h.xml)}`));
  }
  compareRest(b, h, emit, at, [...handled]);
}

/**
 * A type that allows more JSON types than before (`string` → `[string, "null"]`) accepts everything it did: a
 * feature where only requests carry it, breaking where responses do (code that reads it must handle the new type).
 * One that allows fewer is the reverse. Any other change of type is breaking both ways.
 */
function compareTypes(b: Schema, h: Schema, direction: Direction, emit: Emit, at: (m: string) => string): void {
  const baseTypes = typesOf(b);
  const headTypes = typesOf(h);
  // No type at all allows every type: "any" is wider than any list.
  const within = (inner: string[], outer: string[]) =>
    outer.length === 0 || (inner.length > 0 && inner.every((type) => outer.includes(type)));
  const from = `from ${describeType(b)} to ${describeType(h)}`;
  if (within(baseTypes, headTypes)) {
    if (direction === "request") emit("feature", at(`type widened ${from} (only requests carry it: accepts more)`));
    else emit("breaking", at(`type widened ${from} (responses carry it: code that reads it must handle the new type)`));
  } else if (within(headTypes, baseTypes)) {
    if (direction === "response") emit("feature", at(`type narrowed ${from} (only responses carry it: fewer values)`));
    else emit("breaking", at(`type narrowed ${from} (requests carry it: refuses what was valid)`));
  } else {
    emit("breaking", at(`type changed ${from}`));
  }
}

function compareEnums(b: Schema, h: Schema, emit: Emit, at: (m: string) => string): void {
  const baseValues = b.enum as unknown[] | undefined;
  const headValues = h.enum as unknown[] | undefined;
  if (baseValues === undefined && headValues === undefined) return;
  if (baseValues === undefined) return emit("breaking", at(`now restricted to the values ${show(headValues)}`));
  if (headValues === undefined) return emit("feature", at(`no longer restricted to the values ${show(baseValues)}`));
  const baseNames = enumNames(b);
  const headNames = enumNames(h);
  for (const value of baseValues) {
    if (!headValues.some((v) => sameJson(v, value))) {
      emit("breaking", at(`enum member ${memberLabel(value, baseNames)} removed`));
    } else if (baseNames.get(JSON.stringify(value)) !== headNames.get(JSON.stringify(value))) {
      const from = baseNames.get(JSON.stringify(value));
      const to = headNames.get(JSON.stringify(value));
      emit("breaking", at(`enum member ${show(value)} renamed from ${show(from)} to ${show(to)}`));
    }
  }
  for (const value of headValues) {
    if (!baseValues.some((v) => sameJson(v, value))) {
      emit("feature", at(`enum member ${memberLabel(value, headNames)} added`));
    }
  }
}

function enumNames(schema: Schema): Map<string, string> {
  const values = (schema.enum as unknown[] | undefined) ?? [];
  const names = (schema["x-enum-varnames"] as string[] | undefined) ?? [];
  return new Map(values.map((value, i) => [JSON.stringify(value), names[i]!] as const).filter(([, n]) => n));
}

function memberLabel(value: unknown, names: Map<string, string>): string {
  const name = names.get(JSON.stringify(value));
  return name === undefined ? show(value) : `${show(value)} (${name})`;
}

function compareProperties(b: Schema, h: Schema, emit: Emit, field: string | undefined, direction: Direction): void {
  const baseProps = (b.properties ?? {}) as Record<string, unknown>;
  const headProps = (h.properties ?? {}) as Record<string, unknown>;
  const baseRequired = new Set((b.required as string[] | undefined) ?? []);
  const headRequired = new Set((h.required as string[] | undefined) ?? []);
  const path = (name: string) => (field === undefined ? name : `${field}.${name}`);
  for (const name of Object.keys(baseProps)) {
    if (!(name in headProps)) emit("breaking", `field \`${path(name)}\` removed`);
  }
  for (const [name, schema] of Object.entries(headProps)) {
    if (!(name in baseProps)) {
      if (headRequired.has(name)) emit("breaking", `required field \`${path(name)}\` added`);
      else emit("feature", `optional field \`${path(name)}\` added`);
      continue;
    }
    if (!baseRequired.has(name) && headRequired.has(name)) {
      emit("breaking", `field \`${path(name)}\` became required`);
    }
    if (baseRequired.has(name) && !headRequired.has(name)) {
      emit("breaking", `field \`${path(name)}\` became optional (code that reads it must now handle its absence)`);
    }
    compareSchemas(baseProps[name], schema, emit, path(name), direction);
  }
}

function compareAdditionalProperties(
  b: Schema,
  h: Schema,
  emit: Emit,
  at: (m: string) => string,
  field: string | undefined,
  direction: Direction,
): void {
  const closed = (s: Schema) => s.additionalProperties === false;
  if (!closed(b) && closed(h)) emit("breaking", at("no longer accepts fields it does not list"));
  if (closed(b) && !closed(h)) emit("feature", at("now accepts fields it does not list"));
  const bothSchemas = typeof b.additionalProperties === "object" && typeof h.additionalProperties === "object";
  if (bothSchemas) compareSchemas(b.additionalProperties, h.additionalProperties, emit, `${field ?? ""}{*}`, direction);
}

/** Keywords not handled above: documentation is a fix, constraints are judged by direction, the rest is a fix. */
function compareRest(b: Schema, h: Schema, emit: Emit, at: (m: string) => string, skip: string[]): void {
  const keys = new Set([...Object.keys(b), ...Object.keys(h)].filter((k) => !skip.includes(k)));
  for (const key of keys) {
    if (sameJson(b[key], h[key])) continue;
    if (constraints.has(key)) {
      if (h[key] === undefined) emit("feature", at(`constraint \`${key}\` (${show(b[key])}) removed`));
      else emit("breaking", at(`constraint \`${key}\` changed from ${show(b[key])} to ${show(h[key])}`));
    } else if (documentation.has(key)) {
      emit("fix", at(`${key} changed`));
    } else {
      emit("fix", at(`\`${key}\` changed from ${show(b[key])} to ${show(h[key])}`));
    }
  }
}

/** An `xml` object in words: `Phone in namespace urn:x`, `(none)`. */
function showXml(xml: unknown): string {
  const { name, namespace, ...rest } = asSchema(xml);
  if (xml === undefined) return "(none)";
  const words = [name === undefined ? "(default name)" : show(name)];
  if (namespace !== undefined) words.push(`in namespace ${show(namespace)}`);
  if (Object.keys(rest).length > 0) words.push(show(rest));
  return words.join(" ");
}

function asSchema(value: unknown): Schema {
  return value !== null && typeof value === "object" ? (value as Schema) : {};
}

/** The set of JSON types a schema allows; OpenAPI 3.0 `nullable` counts as "null". */
function typesOf(schema: Schema): string[] {
  const declared = schema.type === undefined ? [] : Array.isArray(schema.type) ? schema.type : [schema.type];
  const types = new Set(declared as string[]);
  if (schema.nullable === true) types.add("null");
  return [...types].sort();
}

function describeType(schema: Schema): string {
  if (typeof schema.$ref === "string") return schema.$ref.replace("#/components/schemas/", "");
  const types = typesOf(schema);
  if (types.length === 0) return "any";
  return types.join(" | ") + (typeof schema.format === "string" ? ` (${schema.format})` : "");
}
