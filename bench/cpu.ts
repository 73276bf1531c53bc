/**
 * 2. CPU per call: the same series with the global `fetch` stubbed to answer at once with a ready `Response`
 * (after building a `Request` from its arguments, as fetch does), so what is
 * left is each client's own work (URL, headers, body, Request, validation). Timed with tinybench in several
 * rounds, order rotated each round; each round gives one ratio to bare openapi-fetch.
 */
import { stubbedCallSeries, type CallSeries } from "./lib/call-series.ts";
import { goalStatus, markdownTable, type BenchContext, type BenchSection, type SummaryRow } from "./lib/section.ts";
import { formatSpread, spread } from "./lib/stats.ts";
import { runRounds, type RoundSettings } from "./lib/tinybench-rounds.ts";

/** The decided goal: the client, validation and timeout on, costs at most 0.7× bare openapi-fetch's CPU per call. */
const goalRatio = 0.7;
const baseline = "openapi-fetch";

const settings: Record<"full" | "smoke", RoundSettings> = {
  full: { rounds: 40, timeMs: 100, warmupMs: 50 },
  smoke: { rounds: 2, timeMs: 20, warmupMs: 10 },
};

export async function measureCpu(context: BenchContext): Promise<BenchSection> {
  const config = context.smoke ? settings.smoke : settings.full;
  const { seriesList, restoreFetch } = stubbedCallSeries();
  try {
    return await measureStubbed(seriesList, config, context);
  } finally {
    restoreFetch();
  }
}

async function measureStubbed(
  seriesList: CallSeries[],
  config: RoundSettings,
  context: BenchContext,
): Promise<BenchSection> {
  const { opsPerSecond, ratio } = await runRounds(seriesList, baseline, config, context);

  const rows = seriesList.map((s) => {
    const ops = spread(opsPerSecond.get(s.name)!);
    const microsPerCall = spread(opsPerSecond.get(s.name)!.map((o) => 1e6 / o));
    return [s.name, formatSpread(ops, 0), formatSpread(microsPerCall, 2), formatSpread(spread(ratio.get(s.name)!), 3)];
  });
  const summary: SummaryRow[] = seriesList
    .filter((s) => s.name.startsWith("caliber"))
    .map((s) => {
      const cost = spread(ratio.get(s.name)!);
      return {
        measurement: `CPU per call, ${s.name} / bare openapi-fetch`,
        result: formatSpread(cost, 3),
        goal: `≤ ${goalRatio}`,
        status: goalStatus(cost.median <= goalRatio),
      };
    });
  const markdown = [
    "The global `fetch` stubbed for the whole measurement: it builds a `Request` from its " +
      "arguments, as fetch does, and returns a fresh empty 200 `Response`. " +
      `tinybench, ${config.rounds} rounds of ` +
      `${config.timeMs} ms per series (after ${config.warmupMs} ms warm-up), order rotated each round. Median ` +
      "over rounds, interquartile range in brackets; the cost ratio (time per call over bare openapi-fetch's) " +
      "is computed within each round.",
    "",
    markdownTable(["series", "calls per second", "µs per call", `cost / ${baseline}`], rows),
  ].join("\n");
  return { heading: "CPU per call", markdown, summary };
}
