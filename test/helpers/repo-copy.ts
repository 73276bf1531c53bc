import { execFileSync, spawnSync } from "node:child_process";
import { copyFileSync, mkdirSync, symlinkSync } from "node:fs";
import { dirname, join } from "node:path";
import { repoDir } from "./run-script.ts";
import { tempDir } from "./temp-dir.ts";

export interface RepoCopy {
  dir: string;
  /** Runs a command in the copy; never throws, returns what it printed and its exit status. */
  run(command: string, args: string[]): { status: number | null; output: string };
  git(...args: string[]): string;
}

/**
 * A contributor's clone, made from this working tree: every file git tracks or would add, as it is now, committed once in a fresh
 * git repository (so `HEAD` is the base an edit is compared with), and this repo's node_modules linked in.
 */
export function copyRepo(): RepoCopy {
  const dir = tempDir("caliber-repo-copy-");
  const tracked = execFileSync("git", ["ls-files", "-z", "--cached", "--others", "--exclude-standard"], {
    cwd: repoDir,
    encoding: "utf8",
  }).split("\0");
  for (const file of tracked.filter(Boolean)) {
    mkdirSync(dirname(join(dir, file)), { recursive: true });
    try {
      copyFileSync(join(repoDir, file), join(dir, file));
    } catch (error) {
      // A tracked file deleted in the working tree (not committed yet) is not part of the copy.
      if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
    }
  }
  symlinkSync(join(repoDir, "node_modules"), join(dir, "node_modules"), "dir");
  const git = (...args: string[]) =>
    execFileSync("git", args, { cwd: dir, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
  git("init", "-q", "-b", "main");
  git("config", "user.email", "test@example.invalid");
  git("config", "user.name", "test");
  git("add", "-A");
  git("commit", "-q", "-m", "copy of the working tree");
  const run = (command: string, args: string[]) => {
    const result = spawnSync(command, args, {
      cwd: dir,
      encoding: "utf8",
      // A base ref set for CI must not leak into the copy, whose only history is its one commit.
      env: { ...process.env, SPEC_BASE_REF: "", REDOCLY_TELEMETRY: "off", REDOCLY_SUPPRESS_UPDATE_NOTICE: "true" },
      timeout: 300_000,
    });
    return { status: result.status, output: `${result.stdout}${result.stderr}` };
  };
  return { dir, run, git };
}
