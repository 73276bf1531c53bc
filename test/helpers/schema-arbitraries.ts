// fast-check arbitraries derived from the spec's schemas, so the properties follow the spec as it grows.
import fc from "fast-check";
import type { JsonSchema, OpenApiDocument } from "../../scripts/generate/spec.ts";

const int32 = { min: -(2 ** 31), max: 2 ** 31 - 1 };
/** What a JavaScript number carries exactly: the client's range for an integer of undocumented width. */
const safeIntegers = { min: Number.MIN_SAFE_INTEGER, max: Number.MAX_SAFE_INTEGER };

export function resolveSchema(spec: OpenApiDocument, schema: JsonSchema): JsonSchema {
  const ref = schema.$ref as string | undefined;
  if (ref === undefined) return schema;
  const name = ref.replace("#/components/schemas/", "");
  return resolveSchema(spec, spec.components!.schemas![name]!);
}

/** A `type: [T, "null"]` schema as `type: T`, and whether it allows null. */
function withoutNull(schema: JsonSchema): { schema: JsonSchema; nullable: boolean } {
  if (!Array.isArray(schema.type) || !schema.type.includes("null")) return { schema, nullable: false };
  const types = (schema.type as string[]).filter((type) => type !== "null");
  return { schema: { ...schema, type: types.length === 1 ? types[0] : types }, nullable: true };
}

/** Values the schema accepts. */
export function validValue(spec: OpenApiDocument, raw: JsonSchema): fc.Arbitrary<unknown> {
  const { schema, nullable } = withoutNull(resolveSchema(spec, raw));
  if (nullable) return fc.option(validValue(spec, schema), { nil: null });
  if (Array.isArray(schema.enum)) return fc.constantFrom(...schema.enum);
  switch (schema.type) {
    case "integer":
      return fc.integer(schema.format === "int32" ? int32 : safeIntegers);
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

/** The instants a .NET DateTime carries in any time zone: its range less a day at each end. */
const firstInstant = new Date("0001-01-02T00:00:00Z");
const lastInstant = new Date("9999-12-30T23:59:59.999Z");

/** An hour around 2 a.m. on the first Sunday of November, 2007–2037: the hour Los Angeles's clocks repeat. */
const repeatedHour = fc
  .record({ year: fc.integer({ min: 2007, max: 2037 }), minutes: fc.integer({ min: 0, max: 180 }) })
  .map(({ year, minutes }) => {
    const firstSunday = 1 + ((7 - new Date(Date.UTC(year, 10, 1)).getUTCDay()) % 7);
    return new Date(Date.UTC(year, 10, firstSunday, 7, minutes));
  });

/** `instant` written with an offset of `offsetMinutes` (`utc` when undefined) and `fraction` digits. */
function writeDateTime(instant: Date, offsetMinutes: number | undefined, utc: string, fraction: string): string {
  const wall = new Date(instant.getTime() + (offsetMinutes ?? 0) * 60_000);
  const date = `${pad(wall.getUTCFullYear(), 4)}-${pad(wall.getUTCMonth() + 1)}-${pad(wall.getUTCDate())}`;
  const time = `${pad(wall.getUTCHours())}:${pad(wall.getUTCMinutes())}:${pad(wall.getUTCSeconds())}`;
  const minutes = Math.abs(offsetMinutes ?? 0);
  const offset =
    offsetMinutes === undefined
      ? utc
      : `${offsetMinutes < 0 ? "-" : "+"}${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}`;
  return `${date}T${time}${fraction === "" ? "" : `.${fraction}`}${offset}`;
}

/**
 * Date-times with an offset that the client accepts (what ASP.NET binds exactly): `yyyy-MM-ddTHH:mm:ss`, 0–7
 * fraction digits, `Z`, `z` or an offset within ±14:00, for any instant from 0001-01-02 to 9999-12-30 (UTC), and
 * often in the hour a server in Los Angeles sees twice.
 */
const validInstant: fc.Arbitrary<string> = fc
  .record({
    instant: fc.oneof(
      { weight: 9, arbitrary: fc.date({ min: firstInstant, max: lastInstant, noInvalidDate: true }) },
      { weight: 1, arbitrary: repeatedHour },
    ),
    subMillisecond: fc.integer({ min: 0, max: 9999 }),
    digits: fc.integer({ min: 0, max: 7 }),
    offsetMinutes: fc.option(fc.integer({ min: -14 * 60, max: 14 * 60 }), { nil: undefined, freq: 4 }),
    utc: fc.constantFrom("Z", "z", "+00:00", "-00:00"),
  })
  .map(({ instant, subMillisecond, digits, offsetMinutes, utc }) => {
    const wall = new Date(instant.getTime() + (offsetMinutes ?? 0) * 60_000);
    const fraction = `${pad(wall.getUTCMilliseconds(), 3)}${pad(subMillisecond, 4)}`.slice(0, digits);
    return writeDateTime(instant, offsetMinutes, utc, fraction);
  });

/**
 * Date-times without an offset (how .NET writes a DateTime of Kind Unspecified), which bind as that wall clock:
 * any of DateTime's, 0001-01-01T00:00:00 to 9999-12-31T23:59:59.9999999, its two ends often.
 */
const validWallClock: fc.Arbitrary<string> = fc.oneof(
  { weight: 1, arbitrary: fc.constantFrom("0001-01-01T00:00:00", "9999-12-31T23:59:59.9999999") },
  {
    weight: 9,
    arbitrary: fc
      .record({
        wall: fc.date({
          min: new Date("0001-01-01T00:00:00Z"),
          max: new Date("9999-12-31T23:59:59.999Z"),
          noInvalidDate: true,
        }),
        subMillisecond: fc.integer({ min: 0, max: 9999 }),
        digits: fc.integer({ min: 0, max: 7 }),
      })
      .map(({ wall, subMillisecond, digits }) =>
        writeDateTime(
          wall,
          undefined,
          "",
          `${pad(wall.getUTCMilliseconds(), 3)}${pad(subMillisecond, 4)}`.slice(0, digits),
        ),
      ),
  },
);

/** Every date-time the client accepts: with an offset (an instant) or without (a wall clock). */
export const validDateTime: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: validInstant },
  { weight: 1, arbitrary: validWallClock },
);

/**
 * Strings the client refuses as date-times: text that ASP.NET would not bind exactly (8 or more fraction digits,
 * an offset beyond ±14:00, a lower-case `t`, year 0000, an instant with an offset too near DateTime's ends),
 * a valid date-time with exactly one part broken, or text that is no date at all.
 */
export const invalidDateTime: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(
    "2025-02-30T10:21:27Z", // Feb 30
    "2023-02-29T10:21:27Z", // not a leap year
    "2025-04-31T10:21:27Z",
    "2025-05-20T25:21:27-07:00", // hour 25
    "0000-01-01T00:00:00", // year 0, without an offset
    "2023-02-29T00:00:00", // not a leap year, without an offset
    "2025-05-20T10:21:27.12345678", // 8 fraction digits, without an offset
    "2025-05-20t10:21:27", // a lower-case t, without an offset
    "2025-05-20T24:00:00", // hour 24, without an offset
    "2025-05-20 10:21:27Z", // no T
    "2025-05-20t10:21:27Z", // a lower-case t
    "2025-05-20", // date only
    "10:21:27Z", // time only
    "2025-05-20T10:21:27.Z", // empty fraction
    "2025-05-20T10:21:27+0700", // offset without colon
    "2025-05-20T10:21:27.12345678Z", // 8 fraction digits
    "2025-05-20T10:21:27+14:01", // beyond ±14:00
    "0000-01-01T00:00:00Z", // year 0
    "0001-01-01T00:00:00Z", // within a day of DateTime's first instant
    "0001-01-02T00:00:00+00:01",
    "9999-12-31T00:00:00Z", // within a day of its last
    "9999-12-30T23:59:59.9999999-00:01",
    "2016-12-31T23:59:60Z", // a leap second
  ),
  fc
    .record({
      instant: fc.date({ min: firstInstant, max: lastInstant, noInvalidDate: true }),
      offsetMinutes: fc.integer({ min: 14 * 60 + 1, max: 23 * 60 + 59 }),
      negative: fc.boolean(),
    })
    .map(({ instant, offsetMinutes, negative }) =>
      writeDateTime(instant, negative ? -offsetMinutes : offsetMinutes, "Z", ""),
    ),
  fc
    .record({
      instant: fc.date({ min: firstInstant, max: lastInstant, noInvalidDate: true }),
      fraction: fc.stringMatching(/^\d{8,12}$/),
    })
    .map(({ instant, fraction }) => writeDateTime(instant, undefined, "Z", fraction)),
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
      if (broken === "offset") p.offsetHour = 15 + (bad % 85);
      return `${pad(p.year, 4)}-${pad(p.month)}-${pad(p.day)}T${pad(p.hour)}:${pad(p.minute)}:${pad(p.second)}+${pad(p.offsetHour)}:00`;
    }),
  fc.string({ maxLength: 30 }).filter((s) => !/^\d{4}-/.test(s)),
);

const nonInteger = fc.double().filter((n) => !Number.isInteger(n)); // fractions, NaN, ±Infinity
/** Integers a JavaScript number holds but not exactly: beyond ±(2^53 − 1). */
const beyondSafe = fc
  .tuple(fc.double({ min: 2 ** 53, max: 2 ** 80, noNaN: true }), fc.boolean())
  .map(([n, negative]) => (negative ? -1 : 1) * Math.floor(n));
const notAScalar = fc.oneof(fc.constant(null), fc.array(fc.integer(), { maxLength: 3 }), fc.object({ maxDepth: 1 }));

/** Values the schema refuses, by what is wrong for its type (wrong type, out of range, enum by name, …). */
export function invalidValue(spec: OpenApiDocument, raw: JsonSchema): fc.Arbitrary<unknown> {
  const { schema, nullable } = withoutNull(resolveSchema(spec, raw));
  const wrong: fc.Arbitrary<unknown>[] = [nullable ? notAScalar.filter((value) => value !== null) : notAScalar];
  if (schema.type === "integer") {
    wrong.push(fc.string(), fc.boolean(), nonInteger, beyondSafe, fc.integer().map(String));
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
