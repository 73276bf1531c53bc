// The one hand-kept format check the generated validators use: a date-time, as far as ASP.NET binds it exactly (test/conformance proves the accepted ones arrive; these are the boundaries).
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isAspNetDateTime, isUuid } from "../../src/validation/string-formats.ts";
import { invalidDateTime, validDateTime } from "../helpers/schema-arbitraries.ts";

describe("isAspNetDateTime", () => {
  it.each([
    "2025-05-20T10:21:27.3260116-07:00", // the help page's, 7 fraction digits
    "2025-05-20T10:21:27Z",
    "2025-05-20T10:21:27z",
    "2025-05-20T10:21:27.3-00:00",
    "2024-02-29T00:00:00+14:00",
    "2000-02-29T23:59:59.9999999-14:00",
    "0001-01-02T00:00:00Z", // the first instant: DateTime's first, plus a day
    "0001-01-02T14:00:00+14:00",
    "9999-12-30T23:59:59.9999999Z", // the last: DateTime's last, less a day
    "9999-12-30T09:59:59-14:00",
    "2025-05-20T10:21:27.326Z", // what Date#toISOString() writes
    // Without an offset: a wall clock of Kind Unspecified, bound as it is (no time-zone conversion), so the whole of
    // DateTime's range, as the server writes it (an unset DateTime is 0001-01-01T00:00:00).
    "0001-01-01T00:00:00", // DateTime.MinValue
    "9999-12-31T23:59:59.9999999", // DateTime.MaxValue
    "2025-05-20T10:21:27.3260116",
    "2024-02-29T23:59:59",
    "2007-11-04T01:30:00", // an hour Los Angeles sees twice: no instant, so nothing to convert
  ])("accepts %s", (value) => {
    expect(isAspNetDateTime(value)).toBe(true);
  });

  it.each([
    ["Feb 30", "2025-02-30T10:21:27Z"],
    ["Feb 29 of a common year", "1900-02-29T10:21:27Z"],
    ["hour 24", "2025-05-20T24:00:00Z"],
    ["hour 25", "2025-05-20T25:21:27-07:00"],
    ["minute 60", "2025-05-20T10:60:00Z"],
    ["a leap second (.NET cannot hold it)", "2016-12-31T23:59:60Z"],
    ["no offset, Feb 29 of a common year", "2023-02-29T00:00:00"],
    ["no offset, hour 24", "2025-05-20T24:00:00"],
    ["no offset, year 0000", "0000-12-31T23:59:59"],
    ["no offset, 8 fraction digits", "2025-05-20T10:21:27.12345678"],
    ["no offset, a lower-case t", "2025-05-20t10:21:27"],
    ["no offset, no seconds", "2025-05-20T10:21"],
    ["an offset without its minutes", "2025-05-20T10:21:27+07"],
    ["offset hour 24", "2025-05-20T10:21:27+24:00"],
    ["an offset beyond +14:00 (JSON and form bodies refuse it)", "2025-05-20T10:21:27+14:01"],
    ["an offset beyond -14:00", "2025-05-20T10:21:27-15:00"],
    ["offset minute 60", "2025-05-20T10:21:27+01:60"],
    ["8 fraction digits (.NET rounds them)", "2025-05-20T10:21:27.12345678Z"],
    ["a lower-case t (XML bodies refuse it)", "2025-05-20t10:21:27Z"],
    ["year 0000", "0000-06-01T00:00:00Z"],
    ["an instant within a day of DateTime's first (a server west of UTC clamps it)", "0001-01-01T23:59:59Z"],
    ["the same, by its offset", "0001-01-02T00:00:00+00:01"],
    ["an instant within a day of DateTime's last", "9999-12-31T00:00:00Z"],
    ["the same, by its offset", "9999-12-30T23:59:59-00:01"],
    ["a year past 9999, as toISOString() writes it", "+010000-01-01T00:00:00.000Z"],
    ["month 13", "2025-13-20T10:21:27Z"],
    ["day 0", "2025-05-00T10:21:27Z"],
    ["a space for T", "2025-05-20 10:21:27Z"],
    ["a date alone", "2025-05-20"],
    ["text", "yesterday"],
    ["text before it", "x2025-05-20T10:21:27Z"],
    ["a trailing newline", "2025-05-20T10:21:27Z\n"],
  ])("refuses %s", (_why, value) => {
    expect(isAspNetDateTime(value)).toBe(false);
  });

  it("accepts every generated date-time ASP.NET binds exactly and refuses every generated other one", () => {
    fc.assert(
      fc.property(validDateTime, (value) => isAspNetDateTime(value)),
      { numRuns: 10_000 },
    );
    fc.assert(
      fc.property(invalidDateTime, (value) => !isAspNetDateTime(value)),
      { numRuns: 10_000 },
    );
  });
});

// The forms .NET's Guid binds to the same value in JSON, XML and form bodies, a query and a path (measured on Mono);
// only RFC 9562's is `format: uuid`. test/conformance/url-parameters.test.ts sends the accepted ones.
describe("isUuid", () => {
  it.each([
    "0f8fad5b-d9cb-469f-a165-70867728950e",
    "0F8FAD5B-D9CB-469F-A165-70867728950E",
    "0f8fad5b-D9CB-469f-a165-70867728950e",
    "00000000-0000-0000-0000-000000000000",
    "ffffffff-ffff-ffff-ffff-ffffffffffff",
  ])("accepts %s", (value) => {
    expect(isUuid(value)).toBe(true);
  });

  it.each([
    ["32 digits without hyphens (Guid's N form)", "0f8fad5bd9cb469fa16570867728950e"],
    ["braces (B)", "{0f8fad5b-d9cb-469f-a165-70867728950e}"],
    ["parentheses (P)", "(0f8fad5b-d9cb-469f-a165-70867728950e)"],
    ["hex groups (X)", "{0x0f8fad5b,0xd9cb,0x469f,{0xa1,0x65,0x70,0x86,0x77,0x28,0x95,0x0e}}"],
    ["whitespace around", " 0f8fad5b-d9cb-469f-a165-70867728950e"],
    ["a trailing newline", "0f8fad5b-d9cb-469f-a165-70867728950e\n"],
    ["a URN", "urn:uuid:0f8fad5b-d9cb-469f-a165-70867728950e"],
    ["a digit short", "0f8fad5b-d9cb-469f-a165-70867728950"],
    ["a digit over", "0f8fad5b-d9cb-469f-a165-70867728950e0"],
    ["a letter past f", "0f8fad5b-d9cb-469f-a165-70867728950g"],
    ["a hyphen missing", "0f8fad5b-d9cb-469fa165-70867728950e"],
    ["a sign", "+0f8fad5b-d9cb-469f-a165-70867728950e"],
    ["empty", ""],
  ])("refuses %s", (_why, value) => {
    expect(isUuid(value)).toBe(false);
  });
});
