/**
 * `npm start`: the bin (`caliber-api-mock`, src/mock/cli.ts) run from source: the mock, the docs page and the
 * control API on http://127.0.0.1:4010, with the bin's options (`npm start -- --help`). Builds the docs first
 * when dist/docs is missing, and prints a ready-to-paste curl line.
 */
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { runMockCli } from "../src/mock/cli.ts";
import { readSpec } from "./generate/spec.ts";

const args = process.argv.slice(2);
const docsPath = fileURLToPath(new URL("../dist/docs/index.html", import.meta.url));
const wantsHelp = args.includes("--help") || args.includes("-h");
if (!existsSync(docsPath) && !wantsHelp) {
  console.log("dist/docs/index.html is missing: building the docs (npm run docs) …");
  execFileSync("npm", ["run", "-s", "docs"], { stdio: "inherit" });
}

type Example = { value?: unknown; $ref?: string };
type Operation = { requestBody?: { content?: Record<string, { examples?: Record<string, Example> }> } };

/** A ready-to-paste curl line for the spec's first operation with a body, with its first JSON example. */
async function curlExample(origin: string): Promise<string> {
  const spec = await readSpec();
  const examples = (spec as { components?: { examples?: Record<string, Example> } }).components?.examples ?? {};
  for (const [path, pathItem] of Object.entries(spec.paths)) {
    for (const [method, operation] of Object.entries(pathItem as Record<string, Operation>)) {
      const content = operation?.requestBody?.content?.["application/json"];
      if (!content) continue;
      const example = Object.values(content.examples ?? {})[0];
      const value = example?.$ref ? examples[example.$ref.split("/").pop()!]?.value : example?.value;
      const url = origin + path.replace(/\{[^}]+\}/g, "42");
      return `curl -i -X ${method.toUpperCase()} ${url} -H 'Content-Type: application/json' -d '${JSON.stringify(value ?? {})}'`;
    }
  }
  return `curl -i ${origin}/docs/`;
}

const mock = await runMockCli(args, { docsPath, command: "npm start --" });
if (mock) console.log(`try it:\n  ${await curlExample(mock.url)}`);
