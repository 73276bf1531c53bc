/**
 * `npm run dev`: watches spec/ and, after each save, lints the spec, regenerates generated/ and rebuilds the
 * docs page, printing what it did. Lint or generate errors are printed and watching goes on. Ctrl-C stops it.
 * Options (for trying it on a copy): --spec <file> (spec/openapi.yaml), --out <dir> (generated/),
 * --docs <file> (dist/docs/index.html).
 */
import type { ChildProcess } from "node:child_process";
import { rmSync, watch } from "node:fs";
import { basename, dirname, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { defaultOutDir, generateAll } from "./generate.ts";
import { runRedocly } from "./dev/run-redocly.ts";
import { writeDocsSpec } from "./docs/docs-spec.ts";

const repoDir = fileURLToPath(new URL("../", import.meta.url));
const { values } = parseArgs({
  options: { spec: { type: "string" }, out: { type: "string" }, docs: { type: "string" } },
});
const specPath = resolve(values.spec ?? repoDir + "spec/openapi.yaml");
const outDir = resolve(values.out ?? defaultOutDir);
const docsPath = resolve(values.docs ?? repoDir + "dist/docs/index.html");
const show = (path: string) => relative(process.cwd(), path) || ".";

const log = (message: string) => console.log(`[${new Date().toTimeString().slice(0, 8)}] ${message}`);
const indent = (text: string) => text.replace(/^/gm, "    ");

let running: Promise<void> | undefined;
let pending = false;
let child: ChildProcess | undefined;

/** One round: lint, generate, docs. Each step reports and never throws, so watching survives a bad save. */
async function rebuild(reason: string): Promise<void> {
  const started = performance.now();
  log(`${reason}: lint, generate, docs`);

  const lint = await runRedocly(["lint", specPath, "--format", "stylish"], (c) => (child = c));
  if (lint.code === 0) log("lint: no problems");
  else log(`lint: problems found (exit ${lint.code})\n${indent(lint.output)}`);

  try {
    const states = await generateAll({ specPath, outDir });
    const written = [...states].filter(([, state]) => state === "written").map(([file]) => file);
    log(
      written.length > 0
        ? `generate: wrote ${written.map((f) => show(`${outDir}/${f}`)).join(", ")}`
        : `generate: ${states.size} files unchanged`,
    );
  } catch (error) {
    log(`generate failed: ${error instanceof Error ? error.message : String(error)}`);
  }

  let docs: { code: number | null; output: string };
  try {
    const docsSpec = await writeDocsSpec(specPath, repoDir + "CHANGELOG.md");
    docs = await runRedocly(["build-docs", docsSpec, "--inlineBundle", "--output", docsPath], (c) => (child = c));
    rmSync(dirname(docsSpec), { recursive: true, force: true });
  } catch (error) {
    docs = { code: 1, output: error instanceof Error ? error.message : String(error) };
  }
  child = undefined;
  if (docs.code === 0) log(`docs: rebuilt ${show(docsPath)}`);
  else log(`docs failed (exit ${docs.code})\n${indent(docs.output)}`);
  log(`done in ${Math.round(performance.now() - started)} ms; watching ${show(dirname(specPath))}/`);
}

/** Runs a rebuild now, or once more after the current one when saves arrive while it runs. */
function schedule(reason: string): void {
  if (running) {
    pending = true;
    return;
  }
  running = rebuild(reason).finally(() => {
    running = undefined;
    if (pending) {
      pending = false;
      schedule("changed during the last round");
    }
  });
}

let debounce: NodeJS.Timeout | undefined;
// Watch the directory, not the file: editors often save by writing a new file and renaming it over the old.
const watcher = watch(dirname(specPath), (_event, file) => {
  if (file === null || !/\.(ya?ml|json)$/.test(file)) return;
  clearTimeout(debounce);
  // Editors write a file in several steps; wait for the saves to settle.
  debounce = setTimeout(() => schedule(`changed ${file === basename(specPath) ? show(specPath) : file}`), 200);
});

function stop(): void {
  watcher.close();
  clearTimeout(debounce);
  child?.kill();
  log("stopped");
  process.exit(0);
}
process.on("SIGINT", stop);
process.on("SIGTERM", stop);

log(`watching ${show(dirname(specPath))}/ (spec ${show(specPath)}, output ${show(outDir)}/, docs ${show(docsPath)})`);
log("Ctrl-C to stop");
schedule("start");
