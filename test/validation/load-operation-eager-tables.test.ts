// load-operation.eager.ts on fixture tables (in place of generated/body-formats.ts and validators.ts): each fact an
// operation has is given, and one it lacks is no key at all, whatever today's spec holds.
import { describe, expect, it, vi } from "vitest";
import { knownOperation } from "../../src/validation/load-operation.eager.ts";

const validator = vi.hoisted(() => Object.assign(() => true, { errors: null }));
// Typed as the spec's tables are not: these are other operations.
vi.mock(
  import("../../generated/body-formats.ts"),
  () =>
    ({
      hasXmlBody: { "PUT /xml": true, "GET /plain": false, "GET /since": false },
      hasXmlResponse: { "PUT /xml": true },
      requestBodyDates: { "PUT /xml": { When: true } },
      requestParameterDates: { "GET /since": { query: { since: true } } },
    }) as never,
);
vi.mock(
  import("../../generated/validators.ts"),
  () =>
    ({
      requestValidators: {
        "/xml": { put: { params: validator, bodyRequired: true } },
        "/plain": { get: { params: validator, bodyRequired: false } },
        "/since": { get: { params: validator, bodyRequired: false } },
      },
    }) as never,
);

/** The facts without their loader, which every operation has. */
const factsOf = (label: string) => {
  const { load, ...facts } = knownOperation(label)!;
  expect(typeof load).toBe("function");
  return facts;
};

describe("load-operation.eager.ts on fixture tables", () => {
  it("gives an operation its XML flags and body date-times, and no parameter dates it lacks", () => {
    expect(factsOf("PUT /xml")).toStrictEqual({ xmlBody: true, xmlResponse: true, dates: { When: true } });
  });

  it("gives an operation its parameter date-times, and no XML flags or body dates it lacks", () => {
    expect(factsOf("GET /since")).toStrictEqual({ parameterDates: { query: { since: true } } });
    expect(factsOf("GET /plain")).toStrictEqual({});
  });

  it("loads the validators of the operation's own path and method", async () => {
    const facts = knownOperation("GET /plain")!;
    expect((await facts.load()).validators).toMatchObject({ bodyRequired: false });
    expect((await knownOperation("PUT /xml")!.load()).validators).toMatchObject({ bodyRequired: true });
  });
});
