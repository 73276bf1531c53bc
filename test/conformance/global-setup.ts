/**
 * Once per run of the conformance tests: the packed package installed in a temporary project (dist/ built first
 * if stale) and the real ASP.NET Web API server, shared by every conformance test file. Without Mono the server is
 * not started: the tests skip, or fail in CI (test/helpers/aspnet-server.ts).
 */
import type { TestProject } from "vitest/node";
import { haveMono, startAspNetServer } from "../helpers/aspnet-server.ts";
import { buildDistIfStale, installPackedPackage } from "../helpers/packed-package.ts";

declare module "vitest" {
  export interface ProvidedContext {
    /** The temporary project the packed package is installed in. */
    packedProject: string;
    /** The ASP.NET Web API server's base URL, "" without Mono. */
    aspnetUrl: string;
  }
}

/** The help page's sample has a −07:00 offset: a server in Los Angeles, where the binder converts dates. */
export const serverTimeZone = "America/Los_Angeles";

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const log = (line: string) => console.log(`conformance: ${line}`);
  buildDistIfStale(log);
  const started = performance.now();
  const packed = installPackedPackage();
  log(`npm pack, installed in ${packed.project} [${Math.round(performance.now() - started)} ms]`);
  project.provide("packedProject", packed.project);
  const server = haveMono ? await startAspNetServer({ env: { TZ: serverTimeZone } }) : undefined;
  if (server) log(`ASP.NET Web API (Mono) listening at ${server.url}, TZ=${serverTimeZone}`);
  project.provide("aspnetUrl", server?.url ?? "");
  return async () => {
    await server?.close();
    packed.remove();
  };
}
