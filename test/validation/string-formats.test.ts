// The one hand-kept format check the generated validators use: RFC 3339 date-time.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isRfc3339DateTime } from "../../src/validation/string-formats.ts";
import { invalidDateTime, validDateTime } from "../helpers/schema-arbitraries.ts";

describe("isRfc3339DateTime", () => {
  it.each([
    "2025-05-20T10:21:27.3260116-07:00", // the help page's, 7 fraction digits
    "2025-05-20T10:21:27Z",
    "2025-05-20t10:21:27z",
    "2024-02-29T00:00:00+14:00",
    "2000-02-29T23:59:59.999999999-23:59",
    "0001-01-01T00:00:00Z",
  ])("accepts %s", (value) => {
    expect(isRfc3339DateTime(value)).toBe(true);
  });

  it.each([
    ["Feb 30", "2025-02-30T10:21:27Z"],
    ["Feb 29 of a common year", "1900-02-29T10:21:27Z"],
    ["hour 24", "2025-05-20T24:00:00Z"],
    ["hour 25", "2025-05-20T25:21:27-07:00"],
    ["minute 60", "2025-05-20T10:60:00Z"],
    ["a leap second (.NET cannot hold it)", "2016-12-31T23:59:60Z"],
    ["no offset", "2025-05-20T10:21:27.3260116"],
    ["offset hour 24", "2025-05-20T10:21:27+24:00"],
    ["month 13", "2025-13-20T10:21:27Z"],
    ["day 0", "2025-05-00T10:21:27Z"],
    ["a space for T", "2025-05-20 10:21:27Z"],
    ["a date alone", "2025-05-20"],
    ["text", "yesterday"],
    ["a trailing newline", "2025-05-20T10:21:27Z\n"],
  ])("refuses %s", (_why, value) => {
    expect(isRfc3339DateTime(value)).toBe(false);
  });

  it("accepts every generated RFC 3339 date-time and refuses every generated broken one", () => {
    fc.assert(
      fc.property(validDateTime, (value) => isRfc3339DateTime(value)),
      { numRuns: 10_000 },
    );
    fc.assert(
      fc.property(invalidDateTime, (value) => !isRfc3339DateTime(value)),
      { numRuns: 10_000 },
    );
  });
});
