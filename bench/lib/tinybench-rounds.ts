/**
 * The rounds every CPU-per-call comparison runs: tinybench over all series, order rotated each round, so that load
 * on the shared machine hits every series alike; each round gives each series its calls per second and its cost
 * ratio to the baseline series (time per call over the baseline's, so above 1 means slower).
 */
import { Bench } from "tinybench";
import type { CallSeries } from "./call-series.ts";
import type { BenchContext } from "./section.ts";
import { rotated } from "./stats.ts";

export interface RoundSettings {
  rounds: number;
  timeMs: number;
  warmupMs: number;
}

export interface RoundResults {
  /** Per series, calls per second in each round. */
  opsPerSecond: Map<string, number[]>;
  /** Per series, its time per call over the baseline's, in each round. */
  ratio: Map<string, number[]>;
}

export async function runRounds(
  seriesList: readonly CallSeries[],
  baseline: string,
  config: RoundSettings,
  context: BenchContext,
): Promise<RoundResults> {
  const opsPerSecond = new Map(seriesList.map((s) => [s.name, [] as number[]]));
  const ratio = new Map(seriesList.map((s) => [s.name, [] as number[]]));
  for (let round = 0; round < config.rounds; round++) {
    const bench = new Bench({ time: config.timeMs, warmupTime: config.warmupMs });
    for (const series of rotated(seriesList, round)) bench.add(series.name, series.call);
    await bench.run();
    const thisRound = new Map<string, number>();
    for (const task of bench.tasks) {
      const result = task.result;
      if (result.state !== "completed") {
        throw new Error(`${task.name} ${result.state}${"error" in result ? `: ${result.error.message}` : ""}`);
      }
      // Mean time per call over the whole run, as calls per second.
      thisRound.set(task.name, 1000 / result.period);
    }
    for (const [name, ops] of thisRound) {
      opsPerSecond.get(name)!.push(ops);
      ratio.get(name)!.push(thisRound.get(baseline)! / ops);
    }
    if ((round + 1) % Math.ceil(config.rounds / 4) === 0) context.log(`  round ${round + 1}/${config.rounds}`);
  }
  return { opsPerSecond, ratio };
}
