import type { ParameterInfo } from "../../src/operation-info.ts";
import type { DateLocations } from "../../src/validation/date-values.ts";
import { resolveSchema } from "./data-contract.ts";
import type { JsonSchema, OpenApiDocument } from "./spec.ts";

/**
 * Where a body schema holds `format: date-time` strings, as the client's date conversion walks it
 * (src/validation/date-values.ts): `true` at such a string, an object naming the fields that lead to one, `[…]` for
 * the items of an array. Branches of `allOf`/`oneOf`/`anyOf` are merged: a `Date` is never valid JSON, so turning
 * one into a string where another branch would not expect it only lets validation name it. Undefined when there
 * is none. A schema that refers to itself is walked once.
 */
export function dateTimeLocations(
  spec: OpenApiDocument,
  schemaOrRef: JsonSchema | undefined,
  seen: ReadonlySet<string> = new Set(),
): DateLocations | undefined {
  const ref = typeof schemaOrRef?.$ref === "string" ? schemaOrRef.$ref : undefined;
  if (ref !== undefined && seen.has(ref)) return undefined;
  const inside = ref === undefined ? seen : new Set([...seen, ref]);
  const schema = resolveSchema(spec, schemaOrRef);
  if (schema === undefined) return undefined;
  const types = Array.isArray(schema.type) ? schema.type : [schema.type];
  if (schema.format === "date-time" && (schema.type === undefined || types.includes("string"))) return true;

  const fields: Record<string, DateLocations> = {};
  let found: DateLocations | undefined;
  for (const [name, property] of Object.entries((schema.properties ?? {}) as Record<string, JsonSchema>)) {
    const where = dateTimeLocations(spec, property, inside);
    if (where !== undefined) fields[name] = where;
  }
  const items = dateTimeLocations(spec, schema.items as JsonSchema | undefined, inside);
  if (items !== undefined) found = [items];
  for (const branch of [schema.allOf, schema.oneOf, schema.anyOf].flat() as (JsonSchema | undefined)[]) {
    const where = dateTimeLocations(spec, branch, inside);
    if (where === true) return true;
    if (Array.isArray(where)) found ??= where;
    else if (where !== undefined) Object.assign(fields, where);
  }
  if (Object.keys(fields).length > 0) return fields;
  return found;
}

/**
 * Where an operation's path and query parameters are date-times (a scalar, or the items of a collection), as
 * `{ path: { since: true }, query: { days: [true] } }`, so that the client's date conversion walks `params` as it
 * walks a body. Undefined when none is.
 */
export function parameterDateLocations(parameters: readonly ParameterInfo[]): DateLocations | undefined {
  const found: Partial<Record<ParameterInfo["in"], Record<string, DateLocations>>> = {};
  for (const { name, in: where, model } of parameters) {
    const date: DateLocations | undefined =
      model.kind === "date-time"
        ? true
        : model.kind === "collection" && model.items.kind === "date-time"
          ? [true]
          : undefined;
    if (date !== undefined) (found[where] ??= {})[name] = date;
  }
  return Object.keys(found).length > 0 ? found : undefined;
}
