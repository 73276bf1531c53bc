/**
 * What the conformance suite compares, for any body model: a value as the framework bound it (test/aspnet's
 * BindingReport writes it), as the mock stored it, and as it was sent, in one comparable form. Dates compare as
 * instants, decimals as numbers, Guids in lower case; what a request leaves out compares as .NET's default.
 */
import type { BodyModel, DataContracts } from "../../src/model/body-model.ts";
import type { ParameterInfo } from "../../src/operation-info.ts";

/** How test/aspnet/Json.cs writes a bound DateTime. */
interface BoundDateTime {
  o: string;
  kind: "Utc" | "Local" | "Unspecified";
  utc: string;
}

/** What every generated action answers: the bound parameters and body, and the model state. */
export interface BindingReport<Body = unknown> {
  operation: string;
  query: string;
  contentType: string | null;
  params: Record<string, unknown>;
  hasBody: boolean;
  bodyIsNull: boolean;
  body: Body;
  modelStateIsValid: boolean;
  modelState: { key: string; message: string; innerExceptions: string[] }[];
  rawBodyBase64: string | null;
}

const pad = (n: number, width = 2) => String(n).padStart(width, "0");

/**
 * The instant of an RFC 3339 date-time as .NET's round-trip UTC text, `yyyy-MM-ddTHH:mm:ss.fffffffZ`: the
 * offset applied, the fraction kept to its 7th digit. Offsets are whole minutes, so the fraction never changes.
 */
export function utcText(dateTime: string): string {
  const match = /^(\d{4})-(\d\d)-(\d\d)T(\d\d):(\d\d):(\d\d)(?:\.(\d+))?(?:[Zz]|([+-])(\d\d):(\d\d))$/.exec(dateTime);
  if (!match) throw new Error(`not a date-time the client sends: ${dateTime}`);
  const [, year, month, day, hour, minute, second, fraction = "", sign, offsetHours, offsetMinutes] = match;
  const wall = new Date(0);
  wall.setUTCFullYear(Number(year), Number(month) - 1, Number(day));
  wall.setUTCHours(Number(hour), Number(minute), Number(second), 0);
  const offset = sign === undefined ? 0 : (sign === "-" ? -1 : 1) * (Number(offsetHours) * 60 + Number(offsetMinutes));
  const utc = new Date(wall.getTime() - offset * 60_000);
  const date = `${pad(utc.getUTCFullYear(), 4)}-${pad(utc.getUTCMonth() + 1)}-${pad(utc.getUTCDate())}`;
  const time = `${pad(utc.getUTCHours())}:${pad(utc.getUTCMinutes())}:${pad(utc.getUTCSeconds())}`;
  return `${date}T${time}.${fraction.padEnd(7, "0")}Z`;
}

/** .NET's `default(DateTime)`: 0001-01-01, Kind Unspecified (no instant). */
const defaultDateTime = "unspecified 0001-01-01T00:00:00.0000000";

/** What a member the request left out binds as: the .NET type's default (null for references and `T?`). */
export function defaultValue(model: BodyModel): unknown {
  if (model.nullable) return null;
  switch (model.kind) {
    case "integer":
    case "number":
    case "enum":
      return 0;
    case "boolean":
      return false;
    case "date-time":
      return defaultDateTime;
    case "uuid":
      return "00000000-0000-0000-0000-000000000000";
    default:
      return null; // string, object, collection
  }
}

/** A value as the framework bound it, comparable. A DateTime with a Kind is its instant; Unspecified its wall clock. */
export function boundValue(value: unknown, model: BodyModel, types: DataContracts): unknown {
  if (value === null || value === undefined) return null;
  switch (model.kind) {
    case "object": {
      const bound = value as Record<string, unknown>;
      return Object.fromEntries(
        types[model.type]!.members.map(([name, member]) => [name, boundValue(bound[name], member, types)]),
      );
    }
    case "collection":
      return (value as unknown[]).map((item) => boundValue(item, model.items, types));
    case "enum":
      return (value as { value: number }).value;
    case "number":
      return Number((value as { decimal: string }).decimal);
    case "date-time": {
      const date = value as BoundDateTime;
      return date.kind === "Unspecified" ? `unspecified ${date.o}` : date.utc;
    }
    default:
      return value;
  }
}

/** A value as sent (or as the mock stored it) in boundValue's form, .NET's defaults filled in for what is left out. */
export function expectedValue(value: unknown, model: BodyModel, types: DataContracts): unknown {
  if (value === undefined) return defaultValue(model);
  if (value === null) return null;
  switch (model.kind) {
    case "object": {
      const sent = value as Record<string, unknown>;
      return Object.fromEntries(
        types[model.type]!.members.map(([name, member]) => [name, expectedValue(sent[name], member, types)]),
      );
    }
    case "collection":
      return (value as unknown[]).map((item) => expectedValue(item, model.items, types));
    case "number":
      return (value as number) + 0; // -0 is written "0"
    case "uuid":
      return (value as string).toLowerCase();
    case "date-time":
      return value instanceof Date ? utcText(value.toISOString()) : dateTimeValue(value as string);
    default:
      return value;
  }
}

/**
 * A date-time's text in boundValue's form: its instant, or, without an offset (how .NET writes a DateTime of Kind
 * Unspecified, `default(DateTime)` among them), its wall clock, as the framework would bind it.
 */
function dateTimeValue(text: string): string {
  const unspecified = /^(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d)(?:\.(\d{1,7}))?$/.exec(text);
  if (unspecified) return `unspecified ${unspecified[1]}.${(unspecified[2] ?? "").padEnd(7, "0")}`;
  return utcText(text);
}

/**
 * A path or query parameter as bound, and as it should be from what was sent: an optional one left out binds as
 * null (the action's `T? name = null`), except a collection, which Web API binds as empty.
 */
export function comparableParameter(
  parameter: ParameterInfo,
  bound: unknown,
  sent: unknown,
  types: DataContracts,
): { bound: unknown; expected: unknown } {
  const model = parameter.required ? parameter.model : { ...parameter.model, nullable: true as const };
  const given = sent === undefined && model.kind === "collection" ? [] : sent;
  return { bound: boundValue(bound, model, types), expected: expectedValue(given, model, types) };
}
