/**
 * `npm run generate`: derives everything in generated/ from spec/openapi.yaml.
 * `npm run generate -- --check` writes nothing and fails when generated/ is stale (used by `npm run check`).
 * Each generator returns source text; this script formats, writes and reports.
 */
import { fileURLToPath } from "node:url";
import { generateEnums } from "./generate/enums.ts";
import { generateOperations } from "./generate/operations.ts";
import { generateSchemaAliases } from "./generate/schema-aliases.ts";
import { readSpec, specPath } from "./generate/spec.ts";
import { generateTypes } from "./generate/types.ts";
import { generateValidators } from "./generate/validators.ts";
import { writeGenerated } from "./generate/write-generated.ts";

const generatedDir = fileURLToPath(new URL("../generated/", import.meta.url));
const checkOnly = process.argv.includes("--check");

async function main(): Promise<void> {
  const started = performance.now();
  const spec = await readSpec();
  const outputs: [file: string, source: () => Promise<string> | string][] = [
    ["openapi.ts", () => generateTypes(specPath)],
    ["enums.ts", () => generateEnums(spec)],
    ["schemas.ts", () => generateSchemaAliases(spec)],
    ["validators.ts", () => generateValidators(spec)],
    ["operations.ts", () => generateOperations(spec)],
  ];
  const stale: string[] = [];
  for (const [file, source] of outputs) {
    const state = await writeGenerated(generatedDir + file, await source(), checkOnly);
    if (state === "stale") stale.push(`generated/${file}`);
    console.log(`  ${state.padEnd(9)} generated/${file}`);
  }
  const ms = Math.round(performance.now() - started);
  if (stale.length > 0) {
    console.error(`generated/ is stale (${stale.join(", ")}): run \`npm run generate\` and commit the result`);
    process.exitCode = 1;
    return;
  }
  console.log(`${checkOnly ? "checked" : "generated"} ${outputs.length} files from spec/openapi.yaml in ${ms} ms`);
}

main().catch((error: unknown) => {
  console.error(`generate failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});
