/**
 * `npm start`: the bin (`caliber-api-mock`, src/mock/cli.ts) run from source: the mock, the docs page and the
 * control API on http://127.0.0.1:4010, with the bin's options (`npm start -- --help`). Builds the docs first
 * when dist/docs is missing, and prints a ready-to-paste curl line (scripts/start/curl-line.ts).
 */
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { operations } from "../generated/operations.ts";
import { runMockCli } from "../src/mock/cli.ts";
import { readSpec } from "./generate/spec.ts";
import { curlLine } from "./start/curl-line.ts";

const args = process.argv.slice(2);
const docsPath = fileURLToPath(new URL("../dist/docs/index.html", import.meta.url));
const wantsHelp = args.includes("--help") || args.includes("-h");
if (!existsSync(docsPath) && !wantsHelp) {
  console.log("dist/docs/index.html is missing: building the docs (npm run docs) …");
  execFileSync("npm", ["run", "-s", "docs"], { stdio: "inherit" });
}

const mock = await runMockCli(args, { docsPath, command: "npm start --" });
if (mock) console.log(`try it:\n  ${curlLine(mock.url, await readSpec(), operations)}`);
