import type { BodyModel, DataContracts, ScalarKind } from "./body-model.ts";
import { enumValues } from "./value-issues.ts";

/** One value of each kind, in the spirit of ASP.NET HelpPage's samples ("sample string", 1, true), but fixed. */
const scalarSamples: Record<Exclude<ScalarKind, "enum">, unknown> = {
  integer: 1,
  number: 1.5,
  boolean: true,
  string: "sample string",
  "date-time": "2025-05-20T10:21:27.3260116-07:00",
  uuid: "0f8fad5b-d9cb-469f-a165-70867728950e",
  any: null,
};

/**
 * A value the body model allows, built from it alone: every member of an object, one item in each collection,
 * an enum's first member, a non-null value where null is allowed too. The mock answers it for an operation whose
 * response schema has no example. A data contract that holds itself is not entered again: the member is left out
 * (a collection of it is empty), so the value ends.
 */
export function sampleValue(model: BodyModel, types: DataContracts, entered: readonly string[] = []): unknown {
  switch (model.kind) {
    case "collection": {
      const item = model.items.kind === "object" && entered.includes(model.items.type) ? [] : undefined;
      return item ?? [sampleValue(model.items, types, entered)];
    }
    case "object": {
      const contract = types[model.type];
      const value: Record<string, unknown> = {};
      for (const [name, member] of contract?.members ?? []) {
        if (member.kind === "object" && [...entered, model.type].includes(member.type)) continue;
        value[name] = sampleValue(member, types, [...entered, model.type]);
      }
      return value;
    }
    case "enum":
      return enumValues(model.members)[0] ?? null;
    default:
      return scalarSamples[model.kind];
  }
}
