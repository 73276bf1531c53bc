import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";

export const repoDir = fileURLToPath(new URL("../../", import.meta.url));
const tsx = fileURLToPath(new URL("../../node_modules/.bin/tsx", import.meta.url));

export interface ScriptResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs one of scripts/*.ts with tsx, as npm would, in `cwd`; waits for it to exit. */
export function runScript(
  script: string,
  args: string[],
  options: { cwd?: string; env?: NodeJS.ProcessEnv } = {},
): ScriptResult {
  const result = spawnSync(tsx, [repoDir + script, ...args], {
    cwd: options.cwd ?? repoDir,
    env: { ...process.env, ...options.env },
    encoding: "utf8",
    timeout: 120_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}
