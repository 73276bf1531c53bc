/**
 * dist/ is what the package publishes, so the benchmarks weigh and time that: the build is made here first when
 * it is missing or older than src/ or generated/.
 */
import { spawnSync } from "node:child_process";
import { readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("../..", import.meta.url));
export const builtEntry = join(root, "dist", "index.js");

function newestMtime(dir: string): number {
  return Math.max(
    ...readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => statSync(join(entry.parentPath, entry.name)).mtimeMs),
  );
}

export function ensureFreshBuild(log: (line: string) => void): void {
  const sourcesChanged = Math.max(newestMtime(join(root, "src")), newestMtime(join(root, "generated")));
  let builtAt = 0;
  try {
    builtAt = statSync(builtEntry).mtimeMs;
  } catch {
    // not built yet
  }
  if (builtAt >= sourcesChanged) return;
  log("  dist/ is missing or older than src/: building it with tsup");
  const result = spawnSync("npx", ["tsup"], { cwd: root, stdio: ["ignore", "inherit", "inherit"] });
  if (result.status !== 0) throw new Error("bench: `npx tsup` failed");
}
