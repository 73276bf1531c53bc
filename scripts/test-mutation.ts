/**
 * `npm run test:mutation`: Stryker over the core (stryker.config.mjs; its arguments pass through, such as `--force`
 * for a full run). Its incremental file is then laid out in one order (mutation/incremental-file.ts), and every
 * mutant its report leaves undetected must have its row in test/mutation-survivors.md, saying why it survives, and
 * every row must still name such a mutant. Kill a new survivor with a test, or explain it there.
 */
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { readFile, writeFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { normalizeIncrementalReport, type IncrementalReport } from "./mutation/incremental-file.ts";
import { survivorProblems, undetectedMutants, type MutationReport } from "./mutation/survivors.ts";

const root = fileURLToPath(new URL("..", import.meta.url));
const configFile = "../stryker.config.mjs"; // JavaScript, as Stryker reads it: imported by name, untyped
const { incrementalFile } = ((await import(configFile)) as { default: { incrementalFile: string } }).default;
const stryker = spawnSync(`${root}node_modules/.bin/stryker`, ["run", ...process.argv.slice(2)], {
  cwd: root,
  stdio: "inherit",
});

// Laid out in one order, so that a run over an unchanged tree leaves the committed file as it was.
if (existsSync(`${root}${incrementalFile}`)) {
  const incremental = JSON.parse(await readFile(`${root}${incrementalFile}`, "utf8")) as IncrementalReport;
  await writeFile(`${root}${incrementalFile}`, `${JSON.stringify(normalizeIncrementalReport(incremental), null, 2)}\n`);
}
if (stryker.status !== 0) process.exit(stryker.status ?? 1);

const report = JSON.parse(await readFile(`${root}reports/mutation/mutation.json`, "utf8")) as MutationReport;
const markdown = await readFile(`${root}test/mutation-survivors.md`, "utf8");
const problems = survivorProblems(report, markdown);
if (problems.length > 0) {
  console.error(`test/mutation-survivors.md does not match the mutation report:\n  ${problems.join("\n  ")}`);
  process.exitCode = 1;
} else {
  console.log(`test/mutation-survivors.md explains each of the ${undetectedMutants(report).length} undetected mutants`);
}
