/** Whole numbers and decimals as .NET reads them from text: an optional sign, digits, whitespace at the ends. */
const integerText = /^\s*[+-]?\d+\s*$/;
const numberText = /^\s*[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?\s*$/;

/**
 * A value read from text (a form field, an XML element, a URL segment) as its JSON type in the spec says:
 * `"42"` as 42 for an integer, `"true"` as true for a boolean. Text that does not read as that type is kept as
 * text, so that validation names the field and the value instead of this guessing.
 */
export function valueFromText(text: string, type: string | undefined): unknown {
  switch (type) {
    case "integer":
      return integerText.test(text) ? Number(text) : text;
    case "number":
      return numberText.test(text) ? Number(text) : text;
    case "boolean":
      return text === "true" ? true : text === "false" ? false : text;
    default:
      return text;
  }
}
