import { join } from "node:path";
import { afterAll, beforeAll } from "vitest";
import { skipAspNetTests, startAspNetServer, type AspNetServer } from "../helpers/aspnet-server.ts";
import type { TempGeneration } from "../helpers/generate-temp.ts";
import { serverTimeZone } from "./global-setup.ts";

/**
 * The test server generated from a fixture spec (its `generated/aspnet/`), started for the test file in the suite's
 * time zone and stopped after it; nothing starts where the ASP.NET tests are skipped. Call the result once it runs.
 */
export function useFixtureAspNetServer(generation: TempGeneration): () => AspNetServer {
  let server: AspNetServer | undefined;
  beforeAll(async () => {
    if (skipAspNetTests) return;
    server = await startAspNetServer({ generatedDir: join(generation.outDir, "aspnet"), env: { TZ: serverTimeZone } });
  }, 120_000);
  afterAll(() => server?.close());
  return () => server!;
}
