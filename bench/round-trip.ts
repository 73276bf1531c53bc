/**
 * 1. Loopback round trips: raw fetch, bare openapi-fetch and the caliber client against the same node:http
 * server on 127.0.0.1, one call at a time and 32 at once. The series are interleaved in short rounds (every
 * series once per round, order rotated each round), so load from elsewhere on the machine hits all of them
 * alike; each round gives one ratio to raw fetch, and the median and interquartile range of those ratios are
 * reported. Besides wall time, the client process's CPU time per call is reported: the server runs in its own
 * process, so that is the client's work alone, and it is far less disturbed by other load than wall time.
 */
import { callSeries, type CallSeries } from "./lib/call-series.ts";
import { startLoopbackServer } from "./lib/loopback-server.ts";
import { goalStatus, markdownTable, type BenchContext, type BenchSection, type SummaryRow } from "./lib/section.ts";
import { formatSpread, rotated, spread } from "./lib/stats.ts";

/** The decided goal: the caliber client's round trip is cheaper than bare openapi-fetch's in the same run. */
const goalVersusOpenapiFetch = 1;
const concurrency = 32;

const settings = {
  // 32 at once needs more calls per round than one at a time: a round is over when its slowest caller is.
  full: { rounds: 300, sequentialCalls: 20, concurrentRounds: 120, callsPerWorker: 8, warmupCalls: 2000 },
  smoke: { rounds: 3, sequentialCalls: 10, concurrentRounds: 3, callsPerWorker: 2, warmupCalls: 20 },
};

/** Wall time and this process's CPU time, in microseconds per call. */
interface Sample {
  wall: number;
  cpu: number;
}

async function timeCalls(calls: number, makeCalls: () => Promise<unknown>): Promise<Sample> {
  const cpuBefore = process.cpuUsage();
  const started = performance.now();
  await makeCalls();
  const wall = (performance.now() - started) * 1000;
  const cpu = process.cpuUsage(cpuBefore);
  return { wall: wall / calls, cpu: (cpu.user + cpu.system) / calls };
}

/** `calls` calls made one after another. */
function timeSequential(series: CallSeries, calls: number): Promise<Sample> {
  return timeCalls(calls, async () => {
    for (let i = 0; i < calls; i++) await series.call();
  });
}

/** `concurrency` callers each making `callsPerWorker` calls back to back. */
function timeConcurrent(series: CallSeries, callsPerWorker: number): Promise<Sample> {
  const worker = async () => {
    for (let i = 0; i < callsPerWorker; i++) await series.call();
  };
  return timeCalls(concurrency * callsPerWorker, () => Promise.all(Array.from({ length: concurrency }, worker)));
}

/** The floor of any client with a per-call timeout, as the caliber client has by default. */
const timeoutFloor = "raw fetch + timeout";
const openapiFetch = "openapi-fetch";

/**
 * Per series: the samples, and each round's ratio to the first series (raw fetch), in wall time also to raw fetch
 * with a timeout (like for like with the default client).
 */
type ModeResult = Map<
  string,
  { wall: number[]; cpu: number[]; wallRatio: number[]; cpuRatio: number[]; wallRatioToTimeout: number[] }
>;

async function interleave(
  seriesList: CallSeries[],
  rounds: number,
  timeOne: (series: CallSeries) => Promise<Sample>,
  log: (message: string) => void,
  label: string,
): Promise<ModeResult> {
  const result: ModeResult = new Map(
    seriesList.map((s) => [s.name, { wall: [], cpu: [], wallRatio: [], cpuRatio: [], wallRatioToTimeout: [] }]),
  );
  const floor = seriesList[0]!.name;
  for (let round = 0; round < rounds; round++) {
    const thisRound = new Map<string, Sample>();
    for (const series of rotated(seriesList, round)) thisRound.set(series.name, await timeOne(series));
    const floorSample = thisRound.get(floor)!;
    const timeoutSample = thisRound.get(timeoutFloor)!;
    for (const [name, sample] of thisRound) {
      const samples = result.get(name)!;
      samples.wall.push(sample.wall);
      samples.cpu.push(sample.cpu);
      samples.wallRatio.push(sample.wall / floorSample.wall);
      samples.cpuRatio.push(sample.cpu / floorSample.cpu);
      samples.wallRatioToTimeout.push(sample.wall / timeoutSample.wall);
    }
    if ((round + 1) % Math.ceil(rounds / 4) === 0 || round + 1 === rounds) {
      log(`  ${label}: round ${round + 1}/${rounds}`);
    }
  }
  return result;
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
      config.concurrentRounds,
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
      const samples = result.get(series.name)!;
      const wallRatio = spread(samples.wallRatio);
      rows.push([
        modeLabel,
        series.name,
        formatSpread(spread(samples.wall), 1),
        formatSpread(wallRatio, 3),
        formatSpread(spread(samples.wallRatioToTimeout), 3),
        formatSpread(spread(samples.cpu), 1),
        formatSpread(spread(samples.cpuRatio), 3),
      ]);
      if (series.name.startsWith("caliber")) {
        // Within each round, so both series met the same load.
        const bare = result.get(openapiFetch)!.wall;
        const versusBare = spread(samples.wall.map((wall, round) => wall / bare[round]!));
        summary.push({
          measurement: `round trip, ${modeLabel}, ${series.name} / bare openapi-fetch`,
          result: formatSpread(versusBare, 3),
          goal: `< ${goalVersusOpenapiFetch}`,
          status: goalStatus(versusBare.median < goalVersusOpenapiFetch),
        });
      }
    }
  }
  const markdown = [
    `Interleaved rounds: ${config.rounds} in which every series makes ${config.sequentialCalls} calls one after ` +
      `another (sequential), then ${config.concurrentRounds} in which ${concurrency} callers make ` +
      `${config.callsPerWorker} calls each (${concurrency} at once). Warm-up first: ${config.warmupCalls} calls per series. The server is a separate ` +
      "Node process; it reads the body and answers an empty 200. Values are the median over rounds, with the " +
      "interquartile range in brackets; ratios are computed within each round. Wall time is what the goal is " +
      "about; the client process's CPU time per call is the same comparison with other load on the machine " +
      "mostly taken out. `raw fetch + timeout` is the floor of any client with a per-call timeout (the caliber " +
      "client's default is 30 s); `caliber, no timeout, not validating` is the wrapper alone, both features off.",
    "",
    markdownTable(
      [
        "mode",
        "series",
        "wall µs per call",
        "wall / raw fetch",
        "wall / raw fetch + timeout",
        "client CPU µs per call",
        "CPU / raw fetch",
      ],
      rows,
    ),
  ].join("\n");
  return { heading: "Loopback round trips", markdown, summary };
}
