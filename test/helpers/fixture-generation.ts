import { readSpec } from "../../scripts/generate/spec.ts";
import { generateInTemp, type TempGeneration } from "./generate-temp.ts";

const generations = new Map<string, Promise<TempGeneration>>();

/**
 * A fixture spec generated once per test file, for the `vi.mock` factories that give the client the fixture's
 * tables in place of generated/'s (`vi.mock("../../generated/operation-groups.ts", async () =>
 * (await import("../helpers/fixture-generation.ts")).fixtureGeneration(path).then((g) => g.load("operation-groups.ts")))`).
 */
export function fixtureGeneration(specPath: string): Promise<TempGeneration> {
  let generation = generations.get(specPath);
  if (generation === undefined) {
    generation = readSpec(specPath).then((spec) => generateInTemp(spec));
    generations.set(specPath, generation);
  }
  return generation;
}
