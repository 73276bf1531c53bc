/**
 * `npm run bench`: what the client costs over raw fetch and bare openapi-fetch, what it weighs, how long the
 * pipeline takes, and whether memory grows. Prints progress and a summary table; a full run writes its
 * section of BENCHMARKS.md.
 *
 *   npm run bench                      every measurement, full size; rewrites the section in BENCHMARKS.md
 *   npm run bench -- --smoke           a few iterations of each, to prove the code works (CI); writes nothing
 *   npm run bench -- --only cpu,bundle only these (round-trip, cpu, model, bundle, pipeline, memory, profile); writes nothing
 *
 * Needs `node --expose-gc` for the memory measurement; the npm script passes it. No goal makes it fail:
 * goals are reported as met or missed, timings are never asserted.
 */
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { measureBundle } from "./bundle.ts";
import { measureCpu } from "./cpu.ts";
import { writeOwnSection } from "./lib/benchmarks-file.ts";
import { describeMachine, loadAverage } from "./lib/machine.ts";
import { markdownTable, type BenchContext, type BenchSection } from "./lib/section.ts";
import { measureMemory } from "./memory.ts";
import { measureModelCost } from "./model-cost.ts";
import { measurePipeline } from "./pipeline.ts";
import { measureProfile } from "./profile.ts";
import { measureRoundTrips } from "./round-trip.ts";

// The pipeline runs first: its `npm run build` leaves a fresh dist/ for the bundle to weigh.
const measurements = {
  pipeline: measurePipeline,
  bundle: measureBundle,
  cpu: measureCpu,
  model: measureModelCost,
  "round-trip": measureRoundTrips,
  memory: measureMemory,
  profile: measureProfile,
} satisfies Record<string, (context: BenchContext) => Promise<BenchSection>>;
type MeasurementName = keyof typeof measurements;

// Shown in BENCHMARKS.md in the order of the issue, whatever order they ran in.
const reportOrder: MeasurementName[] = ["round-trip", "cpu", "bundle", "pipeline", "memory", "profile", "model"];
const benchmarksFile = fileURLToPath(new URL("../BENCHMARKS.md", import.meta.url));

function parseOptions(): { smoke: boolean; only: MeasurementName[] | undefined } {
  const { values } = parseArgs({ options: { smoke: { type: "boolean" }, only: { type: "string" } } });
  const only = values.only?.split(",").map((name) => name.trim());
  for (const name of only ?? []) {
    if (!(name in measurements)) {
      throw new Error(`--only: unknown measurement "${name}"; known: ${Object.keys(measurements).join(", ")}`);
    }
  }
  return { smoke: values.smoke ?? false, only: only as MeasurementName[] | undefined };
}

async function main(): Promise<void> {
  const { smoke, only } = parseOptions();
  const environment = describeMachine();
  const loadAtStart = loadAverage();
  console.log(`bench${smoke ? " (smoke: a few iterations, numbers mean nothing)" : ""}`);
  console.log(`  ${environment.date}, Node ${environment.node}, ${environment.machine}, load ${loadAtStart}`);

  const sections = new Map<MeasurementName, BenchSection>();
  for (const name of Object.keys(measurements) as MeasurementName[]) {
    if (only && !only.includes(name)) continue;
    const started = performance.now();
    console.log(`\n== ${name}`);
    const section = await measurements[name]({ smoke, log: (message) => console.log(message) });
    sections.set(name, section);
    console.log(`\n${section.markdown}\n`);
    console.log(`  done in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  }
  const ordered = reportOrder.flatMap((name) => sections.get(name) ?? []);
  const summary = markdownTable(
    ["measurement", "result: median (IQR)", "goal", ""],
    ordered
      .flatMap((s) => s.summary)
      // A smoke run is too short to judge any goal by.
      .map((row) => [row.measurement, row.result, row.goal, smoke ? "not judged" : row.status]),
  );
  console.log(`\n== summary\n${summary}`);

  if (smoke || only) {
    console.log(`\nBENCHMARKS.md not written (${smoke ? "--smoke" : "--only"}); a full \`npm run bench\` writes it.`);
    return;
  }
  const body = [
    "## Client cost",
    "",
    "Written by `npm run bench` (bench/run.ts); the text between the `bench:client` markers is rewritten " +
      "on every full run.",
    "",
    `Measured ${environment.date} with Node ${environment.node} on ${environment.machine}. ` +
      `Load average (1 min): ${loadAtStart} at the start, ${loadAverage()} at the end.`,
    "",
    "### Summary",
    "",
    summary,
    ...ordered.flatMap((section, index) => ["", `### ${index + 1}. ${section.heading}`, "", section.markdown]),
  ].join("\n");
  await writeOwnSection(benchmarksFile, body);
  console.log(`\nwrote the client-cost section of ${benchmarksFile}`);
}

main().catch((error: unknown) => {
  console.error(`bench failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  process.exitCode = 1;
});
