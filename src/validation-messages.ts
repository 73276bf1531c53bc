/**
 * Validation issues in words, loaded by validation.ts on the first refusal: a call that passes validation never
 * loads this. It imports nothing the client's entry chunk has (types aside), so it stays a chunk of its own.
 */
import type { FoundIssue } from "./validation.ts";

const article = (type: unknown): string => (/^[aeiou]/.test(String(type)) ? `an ${type}` : `a ${type}`);

/** The sentence for an issue (`must be an integer`), or undefined for a rule that has none (validation.ts words it). */
export function describe({ keyword, params }: FoundIssue): string | undefined {
  switch (keyword) {
    case "operation":
      return "is not an operation of the spec";
    case "required":
      return "is required";
    case "additionalProperties":
      return "is not a property of the schema";
    case "type":
      return `must be ${String(params.type)
        .split(",")
        .map((type) => (type === "null" ? "null" : article(type)))
        .join(" or ")}`;
    case "enum":
      return `must be one of ${(params.allowedValues as unknown[]).map((value) => JSON.stringify(value)).join(", ")}`;
    case "const":
      return `must be ${JSON.stringify(params.allowedValue)}`;
    case "minimum":
    case "maximum":
    case "exclusiveMinimum":
    case "exclusiveMaximum":
      return `must be ${String(params.comparison)} ${String(params.limit)}`;
    case "format":
      return params.format === "date-time"
        ? "must be an RFC 3339 date-time with an offset, like 2025-05-20T10:21:27.3260116-07:00"
        : `must be a valid ${String(params.format)}`;
    case "pattern":
      return `must match the pattern ${String(params.pattern)}`;
    case "minLength":
      return `must have at least ${String(params.limit)} characters`;
    case "maxLength":
      return `must have at most ${String(params.limit)} characters`;
    default:
      return undefined;
  }
}
