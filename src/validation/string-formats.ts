/**
 * The string formats the generated validators check, by JSON Schema `format` name. One hand-kept RFC 3339
 * check instead of all of ajv-formats keeps the client small; generated/validators.ts imports this map.
 */

// RFC 3339 §5.6 `date-time`: full-date "T" full-time, with a fraction of any length and a Z or ±hh:mm offset.
const rfc3339DateTime = /^(\d{4})-(\d{2})-(\d{2})[Tt](\d{2}):(\d{2}):(\d{2})(?:\.\d+)?(?:[Zz]|[+-](\d{2}):(\d{2}))$/;
const daysInMonth = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/**
 * True for an RFC 3339 date-time such as `2025-05-20T10:21:27.3260116-07:00`. Refuses impossible dates
 * (Feb 30, Feb 29 outside leap years), hours past 23, and a missing offset. A leap second (`:60`) is refused
 * too: RFC 3339 allows it, but .NET's DateTime, which the server parses into, cannot hold it.
 */
export function isRfc3339DateTime(value: string): boolean {
  const match = rfc3339DateTime.exec(value);
  if (!match) return false;
  // With `Z`, the offset groups are undefined, and Number(undefined) is NaN: count them as 0.
  const [year, month, day, hour, minute, second, offsetHour, offsetMinute] = match.slice(1).map((g) => Number(g ?? 0));
  const leap = year! % 4 === 0 && (year! % 100 !== 0 || year! % 400 === 0);
  const lastDay = month === 2 && leap ? 29 : daysInMonth[month! - 1];
  return (
    lastDay !== undefined &&
    day! >= 1 &&
    day! <= lastDay &&
    hour! <= 23 &&
    minute! <= 59 &&
    second! <= 59 &&
    offsetHour! <= 23 &&
    offsetMinute! <= 59
  );
}

export const validationFormats = { "date-time": isRfc3339DateTime };
