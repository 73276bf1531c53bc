// fast-check arbitraries derived from the spec's schemas, so the properties follow the spec as it grows.
import fc from "fast-check";
import type { JsonSchema, OpenApiDocument } from "../../scripts/generate/spec.ts";

const int32 = { min: -(2 ** 31), max: 2 ** 31 - 1 };

export function resolveSchema(spec: OpenApiDocument, schema: JsonSchema): JsonSchema {
  const ref = schema.$ref as string | undefined;
  if (ref === undefined) return schema;
  const name = ref.replace("#/components/schemas/", "");
  return resolveSchema(spec, spec.components!.schemas![name]!);
}

/** Values the schema accepts. */
export function validValue(spec: OpenApiDocument, raw: JsonSchema): fc.Arbitrary<unknown> {
  const schema = resolveSchema(spec, raw);
  if (Array.isArray(schema.enum)) return fc.constantFrom(...schema.enum);
  switch (schema.type) {
    case "integer":
      if (schema.format !== "int32") throw new Error(`no arbitrary for integer format ${String(schema.format)}`);
      return fc.integer(int32);
    case "boolean":
      return fc.boolean();
    case "string":
      return schema.format === "date-time" ? validDateTime : fc.string({ unit: "binary", maxLength: 40 });
    case "object": {
      const properties = schema.properties as Record<string, JsonSchema>;
      const shape = Object.fromEntries(Object.entries(properties).map(([k, v]) => [k, validValue(spec, v)]));
      return fc.record(shape, { requiredKeys: (schema.required as string[] | undefined) ?? [] });
    }
    default:
      throw new Error(`no arbitrary for schema type ${String(schema.type)}`);
  }
}

const pad = (n: number, width = 2): string => String(n).padStart(width, "0");

/** RFC 3339 date-times: any real instant, 0–9 fraction digits, `Z`/`z` or an offset, `T` or `t`. */
export const validDateTime: fc.Arbitrary<string> = fc
  .record({
    instant: fc.date({
      min: new Date("0002-01-01T00:00:00Z"),
      max: new Date("9998-12-31T00:00:00Z"),
      noInvalidDate: true,
    }),
    fraction: fc.stringMatching(/^\d{0,9}$/),
    offsetMinutes: fc.option(fc.integer({ min: -(23 * 60 + 59), max: 23 * 60 + 59 }), { nil: undefined }),
    lowerCase: fc.boolean(),
  })
  .map(({ instant, fraction, offsetMinutes, lowerCase }) => {
    const local = new Date(instant.getTime() + (offsetMinutes ?? 0) * 60_000);
    const date = `${pad(local.getUTCFullYear(), 4)}-${pad(local.getUTCMonth() + 1)}-${pad(local.getUTCDate())}`;
    const time = `${pad(local.getUTCHours())}:${pad(local.getUTCMinutes())}:${pad(local.getUTCSeconds())}`;
    const frac = fraction === "" ? "" : `.${fraction}`;
    const abs = Math.abs(offsetMinutes ?? 0);
    const offset =
      offsetMinutes === undefined
        ? lowerCase
          ? "z"
          : "Z"
        : `${offsetMinutes < 0 ? "-" : "+"}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
    return `${date}${lowerCase ? "t" : "T"}${time}${frac}${offset}`;
  });

/** Strings RFC 3339 refuses: a valid date-time with exactly one part broken, or text that is no date at all. */
export const invalidDateTime: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(
    "2025-02-30T10:21:27Z", // Feb 30
    "2023-02-29T10:21:27Z", // not a leap year
    "2025-04-31T10:21:27Z",
    "2025-05-20T25:21:27-07:00", // hour 25
    "2025-05-20T10:21:27.3260116", // no offset
    "2025-05-20 10:21:27Z", // no T
    "2025-05-20", // date only
    "10:21:27Z", // time only
    "2025-05-20T10:21:27.Z", // empty fraction
    "2025-05-20T10:21:27+0700", // offset without colon
  ),
  fc
    .record({
      year: fc.integer({ min: 1, max: 9999 }),
      month: fc.integer({ min: 1, max: 12 }),
      day: fc.integer({ min: 1, max: 28 }),
      hour: fc.integer({ min: 0, max: 23 }),
      minute: fc.integer({ min: 0, max: 59 }),
      second: fc.integer({ min: 0, max: 59 }),
      broken: fc.constantFrom("month", "day", "hour", "minute", "second", "offset"),
      bad: fc.integer({ min: 0, max: 99 }),
    })
    .map(({ broken, bad, ...parts }) => {
      const p = { ...parts, offsetHour: 0 };
      if (broken === "month") p.month = bad === 0 ? 0 : 13 + (bad % 87);
      if (broken === "day") p.day = bad === 0 ? 0 : 32 + (bad % 68);
      if (broken === "hour") p.hour = 24 + (bad % 76);
      if (broken === "minute") p.minute = 60 + (bad % 40);
      if (broken === "second") p.second = 60 + (bad % 40);
      if (broken === "offset") p.offsetHour = 24 + (bad % 76);
      return `${pad(p.year, 4)}-${pad(p.month)}-${pad(p.day)}T${pad(p.hour)}:${pad(p.minute)}:${pad(p.second)}+${pad(p.offsetHour)}:00`;
    }),
  fc.string({ maxLength: 30 }).filter((s) => !/^\d{4}-/.test(s)),
);

const nonInteger = fc.double().filter((n) => !Number.isInteger(n)); // fractions, NaN, ±Infinity
const outsideInt32 = fc.oneof(
  fc.integer({ min: int32.max + 1, max: Number.MAX_SAFE_INTEGER }),
  fc.integer({ min: Number.MIN_SAFE_INTEGER, max: int32.min - 1 }),
);
const notAScalar = fc.oneof(fc.constant(null), fc.array(fc.integer(), { maxLength: 3 }), fc.object({ maxDepth: 1 }));

/** Values the schema refuses, by what is wrong for its type (wrong type, out of range, enum by name, …). */
export function invalidValue(spec: OpenApiDocument, raw: JsonSchema): fc.Arbitrary<unknown> {
  const schema = resolveSchema(spec, raw);
  const wrong: fc.Arbitrary<unknown>[] = [notAScalar];
  if (schema.type === "integer") {
    wrong.push(fc.string(), fc.boolean(), nonInteger, outsideInt32, fc.integer().map(String));
  }
  if (Array.isArray(schema.enum)) {
    const names = (schema["x-enum-varnames"] as string[] | undefined) ?? [];
    if (names.length > 0) wrong.push(fc.constantFrom(...names)); // an enum given by name in JSON
    wrong.push(fc.integer(int32).filter((n) => !(schema.enum as unknown[]).includes(n)));
  }
  if (schema.type === "string") wrong.push(fc.integer(), fc.double(), fc.boolean());
  if (schema.format === "date-time") wrong.push(invalidDateTime);
  if (schema.type === "boolean") wrong.push(fc.constantFrom("true", "false", "1", ""), fc.integer(), fc.string());
  return fc.oneof(...wrong);
}

export interface InvalidCase {
  value: unknown;
  /** The issue path the validator must report, relative to the value (`""`, `.PhoneID`). */
  path: string;
}

/** Objects the schema refuses: not an object, one property with an invalid value, or an unknown property. */
export function invalidObject(spec: OpenApiDocument, raw: JsonSchema): fc.Arbitrary<InvalidCase> {
  const schema = resolveSchema(spec, raw);
  const properties = schema.properties as Record<string, JsonSchema>;
  const known = new Set(Object.keys(properties));
  const valid = validValue(spec, schema) as fc.Arbitrary<Record<string, unknown>>;
  return fc.oneof(
    fc
      .oneof(fc.constant(null), fc.array(fc.anything(), { maxLength: 3 }), fc.string(), fc.double(), fc.boolean())
      .map((value) => ({ value, path: "" })),
    fc
      .tuple(valid, fc.constantFrom(...known))
      .chain(([body, name]) =>
        invalidValue(spec, properties[name]!).map((bad) => ({ value: { ...body, [name]: bad }, path: `.${name}` })),
      ),
    fc
      .tuple(
        valid,
        fc.string({ minLength: 1, maxLength: 20 }).filter((key) => !known.has(key)),
        fc.anything(),
      )
      .map(([body, key, extra]) => ({ value: { ...body, [key]: extra }, path: `.${key}` })),
  );
}
