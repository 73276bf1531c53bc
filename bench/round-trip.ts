/**
 * 1. Loopback round trips: raw fetch, bare openapi-fetch and the caliber client against the same node:http
 * server on 127.0.0.1, one call at a time and 32 at once. The series are interleaved in rounds (every series
 * once per round, order rotated each round), so drift in the machine hits all of them alike; each round gives
 * one ratio to raw fetch, and the median and interquartile range of those ratios are reported.
 */
import { callSeries, type CallSeries } from "./lib/call-series.ts";
import { startLoopbackServer } from "./lib/loopback-server.ts";
import { goalStatus, markdownTable, type BenchContext, type BenchSection, type SummaryRow } from "./lib/section.ts";
import { formatSpread, rotated, spread } from "./lib/stats.ts";

const goalRatio = 1.05;
const concurrency = 32;

const settings = {
  full: { rounds: 40, sequentialCalls: 200, callsPerWorker: 16, warmupCalls: 2000 },
  smoke: { rounds: 3, sequentialCalls: 10, callsPerWorker: 2, warmupCalls: 20 },
};

/** Microseconds per call, for `calls` calls made one after another. */
async function timeSequential(series: CallSeries, calls: number): Promise<number> {
  const started = performance.now();
  for (let i = 0; i < calls; i++) await series.call();
  return ((performance.now() - started) * 1000) / calls;
}

/** Microseconds per call, with `concurrency` callers each making `callsPerWorker` calls back to back. */
async function timeConcurrent(series: CallSeries, callsPerWorker: number): Promise<number> {
  const worker = async () => {
    for (let i = 0; i < callsPerWorker; i++) await series.call();
  };
  const started = performance.now();
  await Promise.all(Array.from({ length: concurrency }, worker));
  return ((performance.now() - started) * 1000) / (concurrency * callsPerWorker);
}

interface ModeResult {
  perCall: Map<string, number[]>;
  ratio: Map<string, number[]>;
}

async function interleave(
  seriesList: CallSeries[],
  rounds: number,
  timeOne: (series: CallSeries) => Promise<number>,
  log: (message: string) => void,
  label: string,
): Promise<ModeResult> {
  const perCall = new Map(seriesList.map((s) => [s.name, [] as number[]]));
  const ratio = new Map(seriesList.map((s) => [s.name, [] as number[]]));
  const floor = seriesList[0]!.name;
  for (let round = 0; round < rounds; round++) {
    const thisRound = new Map<string, number>();
    for (const series of rotated(seriesList, round)) thisRound.set(series.name, await timeOne(series));
    for (const [name, micros] of thisRound) {
      perCall.get(name)!.push(micros);
      ratio.get(name)!.push(micros / thisRound.get(floor)!);
    }
    if ((round + 1) % 10 === 0 || round + 1 === rounds) log(`  ${label}: round ${round + 1}/${rounds}`);
  }
  return { perCall, ratio };
}

export async function measureRoundTrips(context: BenchContext): Promise<BenchSection> {
  const config = context.smoke ? settings.smoke : settings.full;
  const server = await startLoopbackServer();
  try {
    const seriesList = callSeries(server.origin);
    context.log(`  warm-up: ${config.warmupCalls} calls per series`);
    for (const series of seriesList) {
      await timeSequential(series, config.warmupCalls);
      await timeConcurrent(series, config.callsPerWorker);
    }
    const sequential = await interleave(
      seriesList,
      config.rounds,
      (s) => timeSequential(s, config.sequentialCalls),
      context.log,
      "sequential",
    );
    const concurrent = await interleave(
      seriesList,
      config.rounds,
      (s) => timeConcurrent(s, config.callsPerWorker),
      context.log,
      `${concurrency} at once`,
    );
    return report(seriesList, config, { sequential, concurrent });
  } finally {
    await server.close();
  }
}

function report(
  seriesList: CallSeries[],
  config: (typeof settings)["full"],
  modes: { sequential: ModeResult; concurrent: ModeResult },
): BenchSection {
  const rows: string[][] = [];
  const summary: SummaryRow[] = [];
  for (const [mode, result] of Object.entries(modes)) {
    const modeLabel = mode === "sequential" ? "sequential" : `${concurrency} at once`;
    for (const series of seriesList) {
      const ratio = spread(result.ratio.get(series.name)!);
      rows.push([
        modeLabel,
        series.name,
        formatSpread(spread(result.perCall.get(series.name)!), 1),
        formatSpread(ratio, 3),
      ]);
      if (series.name.startsWith("caliber")) {
        summary.push({
          measurement: `round trip, ${modeLabel}, ${series.name} / raw fetch`,
          result: formatSpread(ratio, 3),
          goal: `≤ ${goalRatio}`,
          status: goalStatus(ratio.median <= goalRatio),
        });
      }
    }
  }
  const markdown = [
    `${config.rounds} interleaved rounds per mode; in each round every series makes ${config.sequentialCalls} calls ` +
      `one after another (sequential), or ${concurrency} callers make ${config.callsPerWorker} calls each ` +
      `(${concurrency} at once). Warm-up first: ${config.warmupCalls} calls per series. The server runs in a ` +
      "worker thread, reads the body and answers an empty 200. Values are the median over rounds, with the " +
      "interquartile range in brackets; the ratio is computed within each round.",
    "",
    markdownTable(["mode", "series", "µs per call", "ratio to raw fetch"], rows),
  ].join("\n");
  return { heading: "Loopback round trips", markdown, summary };
}
