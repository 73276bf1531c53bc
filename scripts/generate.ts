/**
 * `npm run generate`: derives everything in generated/ from spec/openapi.yaml.
 * `npm run generate -- --check` writes nothing and fails when generated/ is stale (used by `npm run check`).
 * `--spec <file> --out <dir>` run the same generators on another spec (tests, benchmarks).
 * Each generator returns source text; generateAll adds the header, writes what changed and reports.
 */
import { isAbsolute, relative, resolve } from "node:path";
import { parseArgs } from "node:util";
import { fileURLToPath } from "node:url";
import { aspNetOutputs } from "./generate/aspnet.ts";
import { generateEnums } from "./generate/enums.ts";
import { generateBodyFormats, generateOperations } from "./generate/operations.ts";
import { generateSchemaAliases } from "./generate/schema-aliases.ts";
import { readSpec, specPath as defaultSpecPath } from "./generate/spec.ts";
import { generateTypes } from "./generate/types.ts";
import { generateValidators } from "./generate/validators.ts";
import { generatedHeader, removeUnlisted, writeGenerated, type WriteResult } from "./generate/write-generated.ts";

export const defaultOutDir = fileURLToPath(new URL("../generated/", import.meta.url));
const repoRoot = fileURLToPath(new URL("../", import.meta.url));

/** The spec as the header of each generated file names it: from the repository's root when it is inside it. */
function specName(specPath: string): string {
  const fromRoot = relative(repoRoot, resolve(specPath));
  return fromRoot.startsWith("..") || isAbsolute(fromRoot) ? resolve(specPath) : fromRoot;
}

export interface GenerateOptions {
  /** The OpenAPI file to read; spec/openapi.yaml by default. */
  specPath?: string;
  /** Where the generated files go; generated/ by default. */
  outDir?: string;
  /** Write nothing; report files that differ as "stale". */
  check?: boolean;
  /** Called once per file as it is done (the CLI prints it). */
  onFile?: (file: string, state: WriteResult) => void;
}

/** Runs every generator on one spec. Returns each file's state; throws on a spec the generators cannot read. */
export async function generateAll(options: GenerateOptions = {}): Promise<Map<string, WriteResult>> {
  const specPath = options.specPath ?? defaultSpecPath;
  const outDir = (options.outDir ?? defaultOutDir).replace(/\/?$/, "/");
  const spec = await readSpec(specPath);
  // A generator gives one file's text, or several files by name (the validators: one module per operation).
  const outputs: [file: string, source: () => Promise<string> | string | Map<string, string>][] = [
    ["openapi.ts", () => generateTypes(spec)],
    ["enums.ts", () => generateEnums(spec)],
    ["schemas.ts", () => generateSchemaAliases(spec)],
    ["validators.ts", () => generateValidators(spec)],
    ["operations.ts", () => generateOperations(spec)],
    ["body-formats.ts", () => generateBodyFormats(spec)],
    ...aspNetOutputs(spec),
  ];
  const header = generatedHeader(specName(specPath));
  const states = new Map<string, WriteResult>();
  const write = async (file: string, text: string) => {
    const state = await writeGenerated(outDir + file, header + text, options.check);
    states.set(file, state);
    options.onFile?.(file, state);
  };
  for (const [file, source] of outputs) {
    const text = await source();
    if (typeof text === "string") await write(file, text);
    else for (const [name, part] of text) await write(name, part);
  }
  // A module of an operation the spec no longer has, or of a group there no longer is.
  for (const folder of ["validators/", "operation-groups/"]) {
    for (const file of await removeUnlisted(outDir, folder, states, options.check)) {
      states.set(file, options.check ? "stale" : "written");
      options.onFile?.(file, options.check ? "stale" : "written");
    }
  }
  return states;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { check: { type: "boolean" }, spec: { type: "string" }, out: { type: "string" } },
  });
  const started = performance.now();
  const specName = values.spec ?? "spec/openapi.yaml";
  const outName = (values.out ?? "generated").replace(/\/?$/, "/");
  const states = await generateAll({
    specPath: values.spec,
    outDir: values.out,
    check: values.check,
    onFile: (file, state) => console.log(`  ${state.padEnd(9)} ${outName}${file}`),
  });
  const ms = Math.round(performance.now() - started);
  const stale = [...states].filter(([, state]) => state === "stale").map(([file]) => outName + file);
  if (stale.length > 0) {
    console.error(`${outName} is stale (${stale.join(", ")}): run \`npm run generate\` and commit the result`);
    process.exitCode = 1;
    return;
  }
  console.log(`${values.check ? "checked" : "generated"} ${states.size} files from ${specName} in ${ms} ms`);
}

// Run only as a script, not when a test or benchmark imports generateAll.
if (process.argv[1] === fileURLToPath(import.meta.url)) {
  main().catch((error: unknown) => {
    console.error(`generate failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  });
}
