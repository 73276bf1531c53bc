// Dates to date-time strings, where the generator says a body holds them; and where it says so.
import { describe, expect, it } from "vitest";
import { dateTimeLocations } from "../../scripts/generate/date-time-locations.ts";
import type { OpenApiDocument } from "../../scripts/generate/spec.ts";
import type { ValidationIssue } from "../../src/errors.ts";
import { withDateStrings } from "../../src/validation/date-values.ts";

const at = new Date(Date.UTC(2024, 1, 29, 23, 59, 59, 5));

describe("withDateStrings", () => {
  it("turns Dates at the marked places into toISOString(), in nested objects and array items", () => {
    const issues: ValidationIssue[] = [];
    const body = { When: at, Other: at, Inner: { Since: at }, Log: [{ At: at }, { At: "2024-01-01T00:00:00Z" }] };
    const where = { When: true, Inner: { Since: true }, Log: [{ At: true }] } as const;
    expect(withDateStrings(body, where, "body", issues)).toEqual({
      When: "2024-02-29T23:59:59.005Z",
      Other: at, // not a date-time field: left for validation to name
      Inner: { Since: "2024-02-29T23:59:59.005Z" },
      Log: [{ At: "2024-02-29T23:59:59.005Z" }, { At: "2024-01-01T00:00:00Z" }],
    });
    expect(issues).toEqual([]);
    expect(body.When).toBe(at);
  });

  it("returns the very same body when it holds no Date, and names each invalid Date", () => {
    const body = { When: "2024-01-01T00:00:00Z", Log: [{ At: "x" }] };
    expect(withDateStrings(body, { When: true, Log: [{ At: true }] }, "body", [])).toBe(body);
    const issues: ValidationIssue[] = [];
    withDateStrings({ Log: [{ At: new Date("") }] }, { Log: [{ At: true }] }, "body", issues);
    expect(issues).toEqual([{ path: "body.Log.0.At", message: "is an invalid Date" }]);
  });

  it("leaves a value of the wrong shape where Dates would be as it is, for validation to name", () => {
    const where = { Log: [{ At: true }], Inner: { Since: true } } as const;
    const body = { Log: "x", Inner: 5 };
    expect(withDateStrings(body, where, "body", [])).toBe(body);
    expect(withDateStrings(null, where, "body", [])).toBe(null);
  });
});

describe("dateTimeLocations", () => {
  const spec = {
    openapi: "3.1.0",
    info: { title: "t", version: "1" },
    paths: {},
    components: {
      schemas: {
        Event: {
          type: "object",
          properties: {
            At: { type: "string", format: "date-time" },
            Day: { type: "string", format: "date" },
            Tags: { type: "array", items: { type: "string", format: "date-time" } },
            Parent: { $ref: "#/components/schemas/Event" },
            Stamp: { allOf: [{ $ref: "#/components/schemas/Stamp" }] },
          },
        },
        Stamp: { type: "object", properties: { Seen: { type: ["string", "null"], format: "date-time" } } },
      },
    },
  } as unknown as OpenApiDocument;

  it("finds date-time strings through refs, arrays and allOf, walking a self-reference once", () => {
    expect(dateTimeLocations(spec, { $ref: "#/components/schemas/Event" })).toEqual({
      At: true,
      Tags: [true],
      Stamp: { Seen: true },
    });
    expect(dateTimeLocations(spec, { type: "object", properties: { Day: { type: "string" } } })).toBeUndefined();
  });
});
