import { vi } from "vitest";

/** The client as a fresh module graph, so that nothing it loads on first use (retry code, XML format) is loaded yet. */
export async function freshClientModule(): Promise<typeof import("../../src/index.ts")> {
  vi.resetModules();
  return import("../../src/index.ts");
}
