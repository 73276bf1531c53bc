import type { ValidationIssue } from "../errors.ts";

/**
 * Where a request body holds `format: date-time` strings (generated/body-formats.ts `requestBodyDates`): `true` at
 * such a string, an object naming the fields that lead to one, a one-item tuple for the items of an array.
 */
export type DateLocations = true | readonly [DateLocations] | { readonly [field: string]: DateLocations };

/** A request body with a `Date` accepted wherever `Where` marks a date-time string (request bodies only). */
export type WithDates<Body, Where> = Where extends true
  ? Body | Date
  : Where extends readonly [infer Item]
    ? Body extends readonly (infer Element)[]
      ? WithDates<Element, Item>[]
      : Body
    : Body extends object
      ? { [Field in keyof Body]: Field extends keyof Where ? WithDates<Body[Field], Where[Field]> : Body[Field] }
      : Body;

const isDate = (value: unknown): value is Date => Object.prototype.toString.call(value) === "[object Date]";

/**
 * The body with every `Date` at a date-time location as its `toISOString()` (RFC 3339 in UTC, as JSON.stringify
 * writes it), so that validation and every body format see the same string. The caller's object is not changed:
 * what holds a Date is copied, and the body is returned as it is when it holds none. An invalid Date is an issue
 * at its field (its string would be a RangeError).
 */
export function withDateStrings(
  value: unknown,
  where: DateLocations,
  path: string,
  issues: ValidationIssue[],
): unknown {
  if (where === true) {
    if (!isDate(value)) return value;
    if (Number.isNaN(value.getTime())) {
      issues.push({ path, message: "is an invalid Date" });
      return value;
    }
    return value.toISOString();
  }
  if (Array.isArray(where)) {
    if (!Array.isArray(value)) return value;
    const items = value.map((item, index) => withDateStrings(item, where[0], `${path}.${index}`, issues));
    return items.some((item, index) => item !== value[index]) ? items : value;
  }
  if (value === null || typeof value !== "object" || Array.isArray(value)) return value;
  let copy: Record<string, unknown> | undefined;
  for (const [field, inner] of Object.entries(where as Record<string, DateLocations>)) {
    if (!Object.prototype.hasOwnProperty.call(value, field)) continue;
    const before = (value as Record<string, unknown>)[field];
    const after = withDateStrings(before, inner, `${path}.${field}`, issues);
    if (after !== before) (copy ??= { ...(value as Record<string, unknown>) })[field] = after;
  }
  return copy ?? value;
}
