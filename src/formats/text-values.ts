import type { ScalarKind } from "../model/body-model.ts";

/**
 * A value read from text (a form field, an XML element, a URL segment) as its kind in the body model says:
 * `"42"` as 42 for an integer, `"true"` as true for a boolean; an enum as its number (JSON and forms carry
 * enums by number). Text that does not read as that kind is kept as text, so that validation names the field and
 * the value instead of this guessing. `kind` may also be a schema's JSON type word (`"integer"`, `"string"`).
 */
export function valueFromText(text: string, kind: ScalarKind | string | undefined): unknown {
  // Whole numbers and decimals as .NET reads them from text: an optional sign, digits, whitespace at the ends. The
  // patterns are written where they are used, not once for the module, so that each test that reads text reaches
  // them (mutation testing counts a module-level pattern for no test).
  switch (kind) {
    case "integer":
    case "enum":
      return /^\s*[+-]?\d+\s*$/.test(text) ? Number(text) : text;
    case "number":
      return /^\s*[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?\s*$/.test(text) ? Number(text) : text;
    case "boolean":
      return text === "true" ? true : text === "false" ? false : text;
    default:
      return text;
  }
}

/**
 * A number as plain decimal digits (`0.0000001`, never `1e-7`): .NET's decimal and the form binder read no
 * exponent. The digits are JavaScript's shortest round-trip form, so the value is exactly the one given.
 */
export function plainNumber(value: number): string {
  const text = String(value);
  const match = /^(-?)(\d)(?:\.(\d+))?e([+-]\d+)$/.exec(text);
  if (!match) return text;
  const [, sign, first, rest = "", exponentText] = match;
  const digits = first! + rest;
  const exponent = Number(exponentText);
  if (exponent < 0) return `${sign}0.${"0".repeat(-exponent - 1)}${digits}`;
  // String() writes a positive exponent only from 1e21, and a double has at most 17 digits: all are before the point.
  return sign + digits + "0".repeat(exponent + 1 - digits.length);
}
