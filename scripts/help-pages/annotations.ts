import type { JsonSchema } from "./type-words.ts";

/**
 * The lines HelpPage writes under "Additional information" (ModelDescriptionGenerator's AnnotationTextGenerator,
 * and "Default value is …" for an optional URI parameter), each read into the JSON Schema keywords it means.
 */
export type Annotation =
  | { kind: "required" }
  | { kind: "range"; minimum: number; maximum: number }
  | { kind: "maxLength"; length: number }
  | { kind: "minLength"; length: number }
  | { kind: "stringLength"; minimum: number; maximum: number }
  | { kind: "dataType"; dataType: string }
  | { kind: "pattern"; pattern: string }
  | { kind: "default"; value: string };

const number = String.raw`(-?\d+(?:\.\d+)?(?:[eE][-+]?\d+)?)`;
const readers: [RegExp, (match: string[]) => Annotation][] = [
  [/^Required$/, () => ({ kind: "required" })],
  [
    new RegExp(`^Range: inclusive between ${number} and ${number}$`),
    (m) => ({ kind: "range", minimum: Number(m[1]), maximum: Number(m[2]) }),
  ],
  [/^Max length: (\d+)$/, (m) => ({ kind: "maxLength", length: Number(m[1]) })],
  [/^Min length: (\d+)$/, (m) => ({ kind: "minLength", length: Number(m[1]) })],
  [
    /^String length: inclusive between (\d+) and (\d+)$/,
    (m) => ({ kind: "stringLength", minimum: Number(m[1]), maximum: Number(m[2]) }),
  ],
  [/^Data type: (.+)$/, (m) => ({ kind: "dataType", dataType: m[1]! })],
  [/^Matching regular expression pattern: (.+)$/, (m) => ({ kind: "pattern", pattern: m[1]! })],
  [/^Default value is (.*)$/, (m) => ({ kind: "default", value: m[1]! })],
];

/** True for a line that begins an annotation of some kind, read or not ("Range: …" with words in it). */
export function looksLikeAnnotation(text: string): boolean {
  return (
    text === "None." ||
    text === "Required" ||
    /^(Range|Max length|Min length|String length|Data type|Matching regular expression pattern): /.test(text) ||
    text.startsWith("Default value is ")
  );
}

/** Reads one annotation line; undefined when it has the shape of none HelpPage writes with numbers in it. */
export function parseAnnotation(text: string): Annotation | undefined {
  for (const [pattern, read] of readers) {
    const match = pattern.exec(text);
    if (match) return read(match);
  }
  return undefined;
}

/**
 * The keywords an annotation puts on the field's own schema (`required` goes on the parent instead). A .NET
 * [RegularExpression] matches the whole value and lets an empty one through, hence `^(?:P)?$`; [Range] and
 * [StringLength] are inclusive. [DataType] validates nothing on the server: it is kept as `x-data-type`.
 */
export function annotationKeywords(annotation: Annotation, fieldSchema: JsonSchema): JsonSchema {
  switch (annotation.kind) {
    case "required":
      return {};
    case "range":
      return { minimum: annotation.minimum, maximum: annotation.maximum };
    case "maxLength":
      return fieldSchema.type === "array" ? { maxItems: annotation.length } : { maxLength: annotation.length };
    case "minLength":
      return fieldSchema.type === "array" ? { minItems: annotation.length } : { minLength: annotation.length };
    case "stringLength":
      return { minLength: annotation.minimum, maxLength: annotation.maximum };
    case "dataType":
      return { "x-data-type": annotation.dataType };
    case "pattern":
      return { pattern: `^(?:${annotation.pattern})?$` };
    case "default":
      return { default: defaultValue(annotation.value, fieldSchema) };
  }
}

/** "Default value is True" is .NET's Convert.ToString of the value: read back into the field's JSON type. */
function defaultValue(text: string, fieldSchema: JsonSchema): unknown {
  if (fieldSchema.type === "boolean") return text === "True" || text === "true";
  if ((fieldSchema.type === "integer" || fieldSchema.type === "number") && text.trim() !== "" && !isNaN(Number(text)))
    return Number(text);
  return text;
}

/** The keywords every annotation can put on a schema, in the order a message lists them. */
export const annotationKeywordNames = [
  "minimum",
  "maximum",
  "minLength",
  "maxLength",
  "minItems",
  "maxItems",
  "pattern",
  "x-data-type",
  "default",
] as const;
