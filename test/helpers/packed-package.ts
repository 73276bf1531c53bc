/**
 * The package as other teams get it: `npm pack` of the built package, installed into a temporary project, and
 * loaded from that project's node_modules with `import()` and with `require()`. vitest leaves files inside a
 * node_modules folder to Node, so these are Node's own ESM and CJS loaders running the built files.
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { installTarball, pack } from "../../scripts/consumer/run.ts";
import { exportTargets } from "./package-files.ts";
import { repoDir } from "./run-script.ts";

/** What the build reads: when one of these is newer than a built file, dist/ is stale. */
const buildInputs = ["src", "generated", "spec/openapi.yaml", "tsup.config.ts", "package.json"];

function newestMtime(path: string): number {
  const stats = statSync(path);
  if (!stats.isDirectory()) return stats.mtimeMs;
  return Math.max(0, ...readdirSync(path).map((name) => newestMtime(join(path, name))));
}

/** Why dist/ must be built again (a missing export target, or an input newer than it), or undefined when fresh. */
export function staleDistReason(): string | undefined {
  const packageJson = JSON.parse(readFileSync(join(repoDir, "package.json"), "utf8")) as { exports: unknown };
  const built = exportTargets(packageJson.exports).filter((file) => file.startsWith("dist/"));
  let oldestBuilt = Infinity;
  for (const file of built) {
    try {
      oldestBuilt = Math.min(oldestBuilt, statSync(join(repoDir, file)).mtimeMs);
    } catch {
      return `${file} is missing`;
    }
  }
  const newer = buildInputs.find((input) => newestMtime(join(repoDir, input)) > oldestBuilt);
  return newer === undefined ? undefined : `${newer} changed after the last build`;
}

/** Runs `npm run build` when dist/ is missing or older than its sources. */
export function buildDistIfStale(log: (line: string) => void): void {
  const reason = staleDistReason();
  if (reason === undefined) return;
  log(`dist/ is stale (${reason}): npm run build`);
  try {
    execFileSync("npm", ["run", "build"], { cwd: repoDir, stdio: "pipe", encoding: "utf8" });
  } catch (error) {
    const { stdout = "", stderr = "" } = error as { stdout?: string; stderr?: string };
    throw new Error(`npm run build failed:\n${stdout}${stderr}`, { cause: error });
  }
}

/**
 * Packs the package and installs the tarball into a fresh project in the system temp dir (outside this repo, so
 * nothing resolves from its node_modules), with any other `packages` (from npm's cache). Returns the project's
 * directory and a function that removes it.
 */
export function installPackedPackage(...packages: string[]): { project: string; remove: () => void } {
  const directory = mkdtempSync(join(tmpdir(), "caliber-api-packed-"));
  const project = join(directory, "consumer");
  mkdirSync(project);
  writeFileSync(join(project, "package.json"), JSON.stringify({ name: "packed-consumer", private: true }));
  installTarball(project, pack(directory), ...packages);
  return { project, remove: () => rmSync(directory, { recursive: true, force: true }) };
}

export type ClientModule = typeof import("../../src/index.ts");
export type MockModule = typeof import("../../src/mock/index.ts");

export interface LoadedPackage {
  client: ClientModule;
  mock: MockModule;
}

/** `caliber-api` and `caliber-api/mock` from the project's node_modules, as ESM (`import()`) and CJS (`require()`). */
export async function loadPackedPackage(project: string): Promise<{ esm: LoadedPackage; cjs: LoadedPackage }> {
  const require = createRequire(join(project, "package.json"));
  const packageDir = join(project, "node_modules/caliber-api");
  const exportsField = (
    require("caliber-api/package.json") as { exports: Record<string, { import: { default: string } }> }
  ).exports;
  const importEntry = (subpath: string) =>
    import(pathToFileURL(join(packageDir, exportsField[subpath]!.import.default)).href);
  return {
    esm: { client: await importEntry("."), mock: await importEntry("./mock") },
    cjs: { client: require("caliber-api"), mock: require("caliber-api/mock") },
  };
}
