// Text from a form field, an XML element or a URL segment, typed by the spec: one rule for all three readers.
import { describe, expect, it } from "vitest";
import { plainNumber, valueFromText } from "../../src/formats/text-values.ts";

describe("valueFromText", () => {
  it.each([
    ["42", 42],
    ["-7", -7],
    ["+7", 7],
    [" 42 ", 42],
    ["1.5", "1.5"],
    ["1e3", "1e3"],
    ["0x1A", "0x1A"],
    ["", ""],
    ["forty", "forty"],
  ])("integer %j → %j", (text, value) => {
    expect(valueFromText(text, "integer")).toBe(value);
  });

  it.each([
    ["1.5", 1.5],
    ["-.5", -0.5],
    ["2E-3", 0.002],
    ["7", 7],
    ["12.5", 12.5],
    [".25", 0.25],
    ["1e3", 1000],
    ["1.5e10", 15_000_000_000],
    [" 1.5 ", 1.5],
    ["x1", "x1"],
    ["1.5x", "1.5x"],
    ["Infinity", "Infinity"],
    ["NaN", "NaN"],
    [" ", " "],
  ])("number %j → %j", (text, value) => {
    expect(valueFromText(text, "number")).toBe(value);
  });

  it.each([
    ["true", true],
    ["false", false],
    ["True", "True"],
    ["1", "1"],
  ])("boolean %j → %j", (text, value) => {
    expect(valueFromText(text, "boolean")).toBe(value);
  });

  it("keeps strings, and text of no known type, as they are", () => {
    expect(valueFromText(" 42 ", "string")).toBe(" 42 ");
    expect(valueFromText("42", undefined)).toBe("42");
  });
});

describe("plainNumber", () => {
  it.each([
    [1.5e-7, "0.00000015"],
    [-1.25e-7, "-0.000000125"],
    [1e-7, "0.0000001"],
    [1.5e21, "1500000000000000000000"],
    [12.5, "12.5"],
  ])("%s → %s", (value, text) => {
    expect(plainNumber(value)).toBe(text);
  });

  it("reads back as the same double, up to the largest and from the smallest", () => {
    for (const value of [Number.MAX_VALUE, -1.2345678901234e25, Number.MIN_VALUE, 5e-324 * 3]) {
      const text = plainNumber(value);
      expect(text).toMatch(/^-?\d+(\.\d+)?$/);
      expect(Number(text)).toBe(value);
    }
  });
});
