/// <reference types="vite/client" />
// The CJS build swaps each lazily loaded part (`load-*.ts`, an import() that is a chunk in the ESM build) for its
// `.eager.ts` stand-in (tsup.config.ts). Each stand-in must load the very module its lazy twin loads, and at once.
// load-operation.eager.ts, which reads the generated tables instead, has tests of its own.
import { describe, expect, it } from "vitest";

type Loaders = Record<string, () => Promise<unknown>>;
const modules = import.meta.glob<Loaders>(["../../src/**/load-*.ts", "!**/load-operation*"]);
const standIns = Object.keys(modules)
  .filter((file) => file.endsWith(".eager.ts"))
  .sort();

describe("the CJS build's eager stand-ins", () => {
  it("are there to check, each with its lazy twin", () => {
    expect(standIns.length).toBeGreaterThanOrEqual(5);
    for (const standIn of standIns) expect(modules[standIn.replace(/\.eager\.ts$/, ".ts")], standIn).toBeDefined();
  });

  it.each(standIns)("%s loads what its lazy twin loads, already resolved", async (standIn) => {
    const eager = await modules[standIn]!();
    const lazy = await modules[standIn.replace(/\.eager\.ts$/, ".ts")]!();
    expect(Object.keys(eager).sort()).toEqual(Object.keys(lazy).sort());
    for (const [name, load] of Object.entries(eager)) {
      const loading = load();
      expect(loading, name).toBeInstanceOf(Promise);
      const loaded = await loading;
      expect(loaded, name).toBe(await lazy[name]!());
      expect(Object.keys(loaded as object).length, name).toBeGreaterThan(0);
    }
  });
});
