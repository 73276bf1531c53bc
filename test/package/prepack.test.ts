// `npm pack` and `npm publish` from a clean clone ship a fresh build: prepack builds dist/ first, so a clone with
// no dist/ ships one, and a stale file in dist/ is not shipped.
import { execFileSync } from "node:child_process";
import { mkdirSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { expect, it } from "vitest";
import { tempDir } from "../helpers/temp-dir.ts";
import { repoDir } from "../helpers/run-script.ts";

/** The committed files of this repository in a fresh directory, with this checkout's node_modules linked in. */
function cleanClone(): string {
  const clone = tempDir("caliber-api-clone-");
  const files = execFileSync("git", ["ls-files", "-z"], { cwd: repoDir }).toString().split("\0").filter(Boolean);
  execFileSync("tar", ["-cf", join(clone, "files.tar"), ...files], { cwd: repoDir });
  execFileSync("tar", ["-xf", "files.tar"], { cwd: clone });
  symlinkSync(join(repoDir, "node_modules"), join(clone, "node_modules"));
  return clone;
}

it("npm pack in a clone without dist/ builds it first, and ships no stale build output", { timeout: 120_000 }, () => {
  const clone = cleanClone();
  mkdirSync(join(clone, "dist"));
  writeFileSync(join(clone, "dist/stale-entry.js"), "export const stale = true;\n");
  const output = execFileSync("npm", ["pack", "--dry-run", "--json"], {
    cwd: clone,
    encoding: "utf8",
    stdio: ["ignore", "pipe", "ignore"],
    env: { ...process.env, REDOCLY_TELEMETRY: "off", REDOCLY_SUPPRESS_UPDATE_NOTICE: "true" },
  });
  // prepack's build logs come first on stdout; npm's JSON report starts on a line of its own.
  const [pack] = JSON.parse(output.slice(output.search(/^\[\s*$/m))) as [{ files: { path: string }[] }];
  const packed = pack.files.map((file) => file.path);
  expect(packed).toEqual(
    expect.arrayContaining(["dist/index.js", "dist/index.cjs", "dist/index.d.ts", "dist/docs/index.html"]),
  );
  expect(packed).not.toContain("dist/stale-entry.js");
});
