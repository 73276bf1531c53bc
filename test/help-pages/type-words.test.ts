// The Type column's words and the Additional information lines, and the JSON Schema each stands for.
import { describe, expect, it } from "vitest";
import { annotationKeywords, parseAnnotation } from "../../scripts/help-pages/annotations.ts";
import {
  parseTypeWord,
  schemaOf,
  simpleWords,
  typeWord,
  withoutNull,
  wordOfSchema,
} from "../../scripts/help-pages/type-words.ts";

const none = () => undefined;

describe("type words", () => {
  const words = [
    ...Object.keys(simpleWords),
    "Object",
    "Phone",
    "Collection of Phone",
    "Collection of Collection of integer",
    "Dictionary of string [key] and Phone [value]",
  ];
  for (const word of words) {
    it(`"${word}" reads, prints and maps to a schema that maps back to it`, () => {
      const type = parseTypeWord(word)!;
      expect(type).toBeDefined();
      expect(typeWord(type)).toBe(word);
      expect(wordOfSchema(schemaOf(type), none)).toBe(word);
    });
  }

  it("claims no integer width, and what each narrower word implies", () => {
    expect(schemaOf(parseTypeWord("integer")!)).toEqual({ type: "integer" });
    expect(schemaOf(parseTypeWord("unsigned integer")!)).toEqual({ type: "integer", minimum: 0 });
    expect(schemaOf(parseTypeWord("byte")!)).toEqual({ type: "integer", format: "uint8", minimum: 0, maximum: 255 });
    expect(schemaOf(parseTypeWord("decimal number")!)).toEqual({ type: "number" });
    expect(schemaOf(parseTypeWord("date")!)).toEqual({ type: "string", format: "date-time" });
    expect(schemaOf(parseTypeWord("globally unique identifier")!)).toEqual({ type: "string", format: "uuid" });
    expect(schemaOf(parseTypeWord("Collection of Phone")!)).toEqual({
      type: "array",
      items: { $ref: "#/components/schemas/Phone" },
    });
  });

  it("refuses words HelpPage does not write", () => {
    for (const word of ["int", "wide string", "Collection of wibble", "Dictionary of string and integer", "List<int>"])
      expect(parseTypeWord(word)).toBeUndefined();
  });

  it("reads the nullable forms of 3.1 as the word without null", () => {
    expect(wordOfSchema({ type: ["string", "null"] }, none)).toBe("string");
    expect(wordOfSchema({ anyOf: [{ $ref: "#/components/schemas/Phone" }, { type: "null" }] }, none)).toBe("Phone");
    expect(wordOfSchema({ type: ["array", "null"], items: { type: "integer" } }, none)).toBe("Collection of integer");
    expect(withoutNull({ oneOf: [{ type: "null" }, { type: "boolean" }], description: "d" })).toEqual({
      type: "boolean",
      description: "d",
    });
  });

  it("tells integer from unsigned integer by the minimum alone", () => {
    expect(wordOfSchema({ type: "integer", minimum: 0 }, none)).toBe("unsigned integer");
    expect(wordOfSchema({ type: "integer", format: "int32" }, none)).toBeUndefined();
  });
});

describe("annotations", () => {
  const cases: [string, Record<string, unknown>, Record<string, unknown>?][] = [
    ["Required", {}],
    ["Range: inclusive between 1 and 100", { minimum: 1, maximum: 100 }],
    ["Range: inclusive between -0.5 and 1E3", { minimum: -0.5, maximum: 1000 }],
    ["Max length: 20", { maxLength: 20 }],
    ["Max length: 3", { maxItems: 3 }, { type: "array" }],
    ["Min length: 2", { minLength: 2 }],
    ["String length: inclusive between 0 and 40", { minLength: 0, maxLength: 40 }],
    ["Data type: EmailAddress", { "x-data-type": "EmailAddress" }],
    // .NET matches the whole value and lets an empty one through.
    [String.raw`Matching regular expression pattern: \d{3}|x`, { pattern: String.raw`^(?:\d{3}|x)?$` }],
    ["Default value is False", { default: false }, { type: "boolean" }],
    ["Default value is 1", { default: 1 }, { type: "integer" }],
    ["Default value is asc", { default: "asc" }, { type: "string" }],
  ];
  for (const [text, keywords, schema] of cases) {
    it(`"${text}" → ${JSON.stringify(keywords)}`, () => {
      const annotation = parseAnnotation(text)!;
      expect(annotation).toBeDefined();
      expect(annotationKeywords(annotation, schema ?? { type: "string" })).toEqual(keywords);
    });
  }

  it("anchors a pattern so that it means what the server checks", () => {
    const pattern = new RegExp(
      (annotationKeywords(parseAnnotation("Matching regular expression pattern: [A-Z]{3}")!, {}) as { pattern: string })
        .pattern,
    );
    expect(["ABC", ""].map((v) => pattern.test(v))).toEqual([true, true]);
    expect(["ABCD", "xABC", "AB"].map((v) => pattern.test(v))).toEqual([false, false, false]);
  });

  it("reads no annotation HelpPage does not write", () => {
    for (const text of ["Range: inclusive between one and ten", "Max length: many", "Optional", "None"])
      expect(parseAnnotation(text)).toBeUndefined();
  });
});
