/**
 * `npm run check:version`: the spec's info.version and package.json's version must be equal, so the version a
 * consumer installs names the API description it was built from. Part of `npm run check`.
 * `--root <dir>` checks another checkout (tests).
 */
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { readSpec } from "./generate/spec.ts";

const { values } = parseArgs({ options: { root: { type: "string" } } });
const root = values.root ?? fileURLToPath(new URL("..", import.meta.url));
const packageJson = JSON.parse(await readFile(join(root, "package.json"), "utf8")) as { version: string };
const spec = await readSpec(join(root, "spec/openapi.yaml"));
if (spec.info?.version !== packageJson.version) {
  console.error(
    `version mismatch: spec/openapi.yaml info.version is ${String(spec.info?.version)} but package.json version is ${packageJson.version}; set both to the same version`,
  );
  process.exitCode = 1;
} else {
  console.log(`version ${packageJson.version}: spec/openapi.yaml and package.json agree`);
}
