// The CJS build's stand-in for load-validators.ts, run from source: an operation the spec does not have has none.
import { describe, expect, it } from "vitest";
import { loadedValidators, loadValidators } from "../../src/validation/load-validators.eager.ts";

describe("load-validators.eager.ts", () => {
  it("gives null for an operation the spec does not have, at once and as a promise", async () => {
    expect(loadedValidators("/no/such/path", "get")).toBeNull();
    await expect(loadValidators("/no/such/path", "get")).resolves.toBeNull();
  });
});
