/**
 * What `npm run bench:profile` runs: one series' calls, back to back, under V8's sampling CPU profiler (the
 * one `node --cpu-prof` uses), started after a warm-up so start-up and module loading stay out of it.
 * Arguments: <series name> <seconds> <stub|loopback> <output .cpuprofile>.
 */
import { writeFileSync } from "node:fs";
import { Session } from "node:inspector/promises";
import { callSeries, stubbedCallSeries } from "./call-series.ts";
import { startLoopbackServer } from "./loopback-server.ts";

const [seriesName = "caliber, validating", seconds = "5", target = "stub", output = "bench.cpuprofile"] =
  process.argv.slice(2);
const server = target === "loopback" ? await startLoopbackServer() : undefined;
const seriesList = server ? callSeries(server.origin) : stubbedCallSeries().seriesList;
const series = seriesList.find((s) => s.name === seriesName);
if (!series) throw new Error(`profile: no series "${seriesName}"; known: ${seriesList.map((s) => s.name).join(", ")}`);

const runFor = async (milliseconds: number) => {
  const until = performance.now() + milliseconds;
  let calls = 0;
  for (; performance.now() < until; calls++) await series.call();
  return calls;
};

await runFor(1000);
const session = new Session();
session.connect();
await session.post("Profiler.enable");
await session.post("Profiler.start");
const calls = await runFor(Number(seconds) * 1000);
const { profile } = await session.post("Profiler.stop");
writeFileSync(output, JSON.stringify(profile));
session.disconnect();
console.log(
  `${calls} calls of ${series.name} in ${seconds} s (${target}): ${((Number(seconds) * 1e6) / calls).toFixed(1)} µs per call`,
);
await server?.close();
