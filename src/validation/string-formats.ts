/**
 * The string formats the generated validators check, by JSON Schema `format` name. One hand-kept check instead of
 * all of ajv-formats keeps the client small; generated/validators.ts imports this map.
 */

// RFC 3339 §5.6 `date-time` as far as .NET's DateTime binds it exactly in JSON, XML and form bodies alike (measured
// on Mono, test/conformance): an upper-case T (XML's reader refuses `t`) and at most 7 fraction digits (more are
// rounded, even into the next second). The offset may be left out, as .NET writes a DateTime of Kind Unspecified.
const dateTime = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(\.\d{1,7})?(?:([Zz])|([+-])(\d{2}):(\d{2}))?$/;
const daysInMonth = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
/**
 * The instants DateTime carries in any server time zone: its range (years 1 to 9999) less a day at each end. The
 * server converts a date-time with an offset into its own zone, which shifts or clamps an instant nearer the ends
 * without an error.
 */
const firstInstant = -62135510400000; // 0001-01-02T00:00:00Z
const lastInstant = 253402214400000; // 9999-12-31T00:00:00Z, exclusive

/**
 * True for a date-time that ASP.NET binds to a DateTime exactly:
 *
 * - with `Z` or an offset within ±14:00 (.NET's limit), such as the help page's `2025-05-20T10:21:27.3260116-07:00`:
 *   the instant, from 0001-01-02 to 9999-12-30 (UTC), since the server converts it into its own time zone;
 * - without an offset, such as `0001-01-01T00:00:00` (what the server writes for an unset DateTime): a DateTime of
 *   Kind Unspecified with exactly this wall clock, not converted, so the whole of DateTime's range, 0001-01-01T00:00:00
 *   to 9999-12-31T23:59:59.9999999.
 *
 * Both: RFC 3339's layout with an upper-case `T` and 0 to 7 fraction digits, year 0001 or later. Refuses impossible
 * dates (Feb 30, Feb 29 outside leap years), hours past 23 and a leap second (`:60`), which DateTime cannot hold.
 */
export function isAspNetDateTime(value: string): boolean {
  const match = dateTime.exec(value);
  if (!match) return false;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  const offsetHours = match[10] === undefined ? 0 : Number(match[10]);
  const offsetMinutes = match[11] === undefined ? 0 : Number(match[11]);
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  const lastDay = month === 2 && leap ? 29 : daysInMonth[month - 1];
  if (
    lastDay === undefined ||
    year < 1 ||
    day < 1 ||
    day > lastDay ||
    Number(match[4]) > 23 ||
    Number(match[5]) > 59 ||
    Number(match[6]) > 59 ||
    offsetMinutes > 59 ||
    offsetHours * 60 + offsetMinutes > 14 * 60
  ) {
    return false;
  }
  // A wall clock of Kind Unspecified is bound as it is: any valid date of years 1 to 9999 fits. An offset moves
  // the instant by less than a day, so only the first and last year can leave the bounds.
  const hasOffset = match[8] !== undefined || match[9] !== undefined;
  if (!hasOffset || (year > 1 && year < 9999)) return true;
  // Whole seconds are enough here: the bounds are whole seconds, and a fraction never crosses one.
  const wall = new Date(0);
  wall.setUTCFullYear(year, month - 1, day);
  wall.setUTCHours(Number(match[4]), Number(match[5]), Number(match[6]));
  const sign = match[9] === "-" ? -1 : 1;
  const instant = wall.getTime() - sign * (offsetHours * 60 + offsetMinutes) * 60_000;
  return instant >= firstInstant && instant < lastInstant;
}

/**
 * True for a Guid written as RFC 9562 writes a UUID: 32 hex digits, either letter case, in groups of 8-4-4-4-12
 * joined by hyphens. .NET's Guid binds this to the same value in JSON, XML and form bodies, in a query and in a
 * path (test/conformance/url-parameters.test.ts). Guid also reads other forms (32 bare digits, braces,
 * parentheses, `{0x…}`, whitespace around), but they are no `format: uuid`, which other readers of the spec check.
 */
export const isUuid = (value: string): boolean =>
  /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value);

export const validationFormats = { "date-time": isAspNetDateTime, uuid: isUuid };
