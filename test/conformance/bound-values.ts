/**
 * What the conformance suite compares: each field as the framework bound it (test/aspnet's controller reports
 * it), as the mock stored it, and as it was sent, in one comparable form. Dates compare as instants.
 */
import type { PhoneField } from "./phone-arbitraries.ts";

/** How test/aspnet/Json.cs writes a bound DateTime. */
interface BoundDateTime {
  o: string;
  kind: "Utc" | "Local" | "Unspecified";
  utc: string;
}

/** How test/aspnet/Json.cs writes a bound enum. */
interface BoundEnum {
  value: number;
  name: string;
  defined: boolean;
}

/** What the controller answers: the bound `Phone` and the model state. */
export interface BindingReport {
  clientContactId: number;
  contentType: string;
  phoneIsNull: boolean;
  phone: Record<string, unknown> | null;
  modelStateIsValid: boolean;
  modelState: { key: string; message: string; innerExceptions: string[] }[];
  rawBodyBase64: string;
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

/** A field's value as the framework bound it. A DateTime with a Kind is its instant; Unspecified is its wall clock. */
export function boundValue(value: unknown, field: PhoneField): unknown {
  if (field.kind === "enum") return (value as BoundEnum).value;
  if (field.kind === "date-time") {
    const date = value as BoundDateTime;
    return date.kind === "Unspecified" ? `unspecified ${date.o}` : date.utc;
  }
  return value;
}

/** A field's value as sent (or as the mock stored it), in boundValue's form. */
export function sentValue(value: unknown, field: PhoneField): unknown {
  return field.kind === "date-time" ? utcText(value as string) : value;
}

/** What a field the request left out binds as: the .NET type's default. */
export function defaultValue(field: PhoneField): unknown {
  switch (field.kind) {
    case "integer":
    case "enum":
      return 0;
    case "boolean":
      return false;
    case "string":
      return null;
    case "date-time":
      return defaultDateTime;
  }
}

/** Every field of the bound `Phone`, comparable. */
export function boundPhone(
  phone: Record<string, unknown>,
  fields: Record<string, PhoneField>,
): Record<string, unknown> {
  return Object.fromEntries(Object.entries(fields).map(([name, field]) => [name, boundValue(phone[name], field)]));
}

/** Every field as the framework should bind it: what was sent, and the .NET default for the rest. */
export function expectedPhone(
  body: Record<string, unknown>,
  fields: Record<string, PhoneField>,
): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(fields).map(([name, field]) => [
      name,
      name in body ? sentValue(body[name], field) : defaultValue(field),
    ]),
  );
}
