// The CJS build's stand-in for load-operation.ts: every operation's facts and validators from the generated tables
// (body-formats.ts, validators.ts), with no chunk to load.
import { describe, expect, it } from "vitest";
import { hasXmlBody, hasXmlResponse, requestBodyDates } from "../../generated/body-formats.ts";
import { requestValidators } from "../../generated/validators.ts";
import {
  knownOperation,
  loadedValidation,
  loadOperation,
  loadValidation,
} from "../../src/validation/load-operation.eager.ts";
import * as checks from "../../src/validation/request-issues.ts";

const dates: Record<string, unknown> = requestBodyDates;

describe("load-operation.eager.ts", () => {
  it("gives each operation of the spec its XML flags, date-times and validators, at once", async () => {
    for (const label of Object.keys(hasXmlBody)) {
      const [method, path] = label.split(" ") as [string, string];
      const validators = requestValidators[path]![method.toLowerCase()]!;
      const facts = knownOperation(label)!;
      expect(facts.xmlBody === true).toBe(hasXmlBody[label]);
      expect(facts.xmlResponse === true).toBe(hasXmlResponse[label] === true);
      expect(facts.dates).toEqual(dates[label]);
      expect((await facts.load()).validators).toBe(validators);
      expect(await loadOperation(label)).toBe(facts);
      expect(loadedValidation(label)).toEqual({ validators, checks });
      expect(await loadValidation(label)).toBe(loadedValidation(label));
    }
  });

  it("finds nothing for an operation the spec does not have", () => {
    for (const label of ["GET /not/in/the/spec", "constructor", "GET __proto__"]) {
      expect(knownOperation(label)).toBeNull();
      expect(loadedValidation(label)).toEqual({ validators: undefined, checks });
    }
  });
});
