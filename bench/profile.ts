/**
 * `npm run bench:profile -- [--series "caliber, validating"] [--seconds 5] [--loopback]`: runs one series under
 * V8's CPU profiler, as `node --cpu-prof` would but from after a warm-up (stubbed fetch unless --loopback),
 * keeps the .cpuprofile in bench/profiles/ (open it in Chrome DevTools), and prints where the self time went: by origin (openapi-fetch, this package's src/, Node
 * internals, GC…) and the top functions. This is the evidence BENCHMARKS.md quotes when a goal is missed.
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { markdownTable, type BenchContext, type BenchSection } from "./lib/section.ts";

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
}
interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

const root = fileURLToPath(new URL("..", import.meta.url));
const profileDir = join(root, "bench", "profiles");

/** Which part of the stack a function belongs to. */
function originOf({ functionName, url }: ProfileNode["callFrame"]): string {
  if (functionName.startsWith("(")) return functionName; // (garbage collector), (program), (idle)
  const dependency = /node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(url)?.[1];
  if (dependency) return dependency;
  if (url.includes("/src/")) return "caliber-api src/";
  if (url.includes("/generated/")) return "caliber-api generated/";
  if (url.includes("/dist/")) return "caliber-api dist/ (src/ and generated/ as built)";
  if (url.includes("/bench/")) return "bench harness";
  if (url.startsWith("node:")) return "Node internals (undici, streams, URL…)";
  return "V8 builtins and native code";
}

function summarize(profile: CpuProfile): { origins: string[][]; functions: string[][] } {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const selfMicros = new Map<number, number>();
  profile.samples.forEach((id, i) => selfMicros.set(id, (selfMicros.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)));
  const total = [...selfMicros.values()].reduce((a, b) => a + b, 0);
  const byOrigin = new Map<string, number>();
  const byFunction = new Map<string, number>();
  for (const [id, micros] of selfMicros) {
    const frame = byId.get(id)!.callFrame;
    const origin = originOf(frame);
    byOrigin.set(origin, (byOrigin.get(origin) ?? 0) + micros);
    const where = frame.url
      ? `${frame.url.replace(/^.*\/(node_modules|src|generated|bench)\//, "$1/")}:${frame.lineNumber + 1}`
      : "";
    const key = `${frame.functionName || "(anonymous)"} ${where}`.trim();
    byFunction.set(key, (byFunction.get(key) ?? 0) + micros);
  }
  const share = (micros: number) => `${((100 * micros) / total).toFixed(1)} %`;
  const sorted = (map: Map<string, number>) => [...map].sort((a, b) => b[1] - a[1]);
  return {
    origins: sorted(byOrigin).map(([origin, micros]) => [origin, share(micros)]),
    functions: sorted(byFunction)
      .slice(0, 15)
      .map(([name, micros]) => [`\`${name}\``, share(micros)]),
  };
}

/** Profiles one series in a child process; returns the .cpuprofile's path and its summary tables. */
function profileSeries(series: string, seconds: string, target: "stub" | "loopback") {
  mkdirSync(profileDir, { recursive: true });
  const output = join(profileDir, `${series.replace(/\W+/g, "-")}-${target}-${Date.now()}.cpuprofile`);
  const targetScript = join(root, "bench", "lib", "profile-target.ts");
  const result = spawnSync(process.execPath, ["--import", "tsx", targetScript, series, seconds, target, output], {
    cwd: root,
    stdio: ["ignore", "pipe", "inherit"],
    encoding: "utf8",
  });
  if (result.status !== 0) throw new Error(`profile: the profiled run of "${series}" failed`);
  return {
    output,
    callsLine: result.stdout.trim(),
    ...summarize(JSON.parse(readFileSync(output, "utf8")) as CpuProfile),
  };
}

/** For `npm run bench`: where the CPU time of a default caliber call goes, beside the floor it is held to. */
export async function measureProfile(context: BenchContext): Promise<BenchSection> {
  const seconds = context.smoke ? "0.5" : "5";
  const parts: string[] = [
    "V8's sampling profiler (as `node --cpu-prof`, started after a 1 s warm-up) over back-to-back calls with " +
      "the global fetch stubbed as in the CPU measurement. Self time by origin; `npm run bench:profile` " +
      "prints the top functions and keeps the `.cpuprofile`. Raw fetch with and without a timeout side by side " +
      "show what a per-call timeout costs inside fetch itself: the functions only the timeout series has " +
      "(an `AbortController`, made transferable, and undici making the request's signal follow it).",
  ];
  for (const series of ["caliber, validating", "raw fetch + timeout", "raw fetch"]) {
    const profile = profileSeries(series, seconds, "stub");
    context.log(`  ${profile.callsLine}`);
    parts.push("", `**${series}** (${profile.callsLine.replace(/^\d+ calls of .*?: /, "")}):`, "");
    parts.push(markdownTable(["origin", "self time"], profile.origins));
    parts.push(
      "",
      `Top functions of **${series}**:`,
      "",
      markdownTable(["function", "self time"], profile.functions.slice(0, 10)),
    );
  }
  return { heading: "Where the CPU time goes", markdown: parts.join("\n"), summary: [] };
}

function main(): void {
  const { values } = parseArgs({
    options: {
      series: { type: "string", default: "caliber, validating" },
      seconds: { type: "string", default: "5" },
      loopback: { type: "boolean", default: false },
    },
  });
  const target = values.loopback ? "loopback" : "stub";
  const { output, callsLine, origins, functions } = profileSeries(values.series, values.seconds, target);
  console.log(`${callsLine}\n\nprofile: ${output}\n`);
  console.log(`Self time of "${values.series}" calls (${target}), by origin:\n`);
  console.log(markdownTable(["origin", "self time"], origins));
  console.log("\nTop functions by self time:\n");
  console.log(markdownTable(["function", "self time"], functions));
}

if (process.argv[1] && fileURLToPath(import.meta.url) === resolve(process.argv[1])) main();
