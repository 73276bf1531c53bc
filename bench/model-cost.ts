/**
 * 7. What the body model costs per call for the spec's flat `Phone` (issue 18): the help page's sample sent by the
 * validating client in each format, with the global fetch stubbed as in the CPU measurement, beside bare
 * openapi-fetch (JSON, its only format). The model is walked by the XML writer (members in DataContract order,
 * enums by name) and the form writer (field paths); every format also pays the body's snapshot (one copy, each
 * field read once) and the text checks at any depth, timed alone here as well.
 */
import { createCaliberClient } from "../src/index.ts";
import { RequestLimits } from "../src/client/request-size.ts";
import { samplePhone, stubbedCallSeries, type CallSeries } from "./lib/call-series.ts";
import { markdownTable, type BenchContext, type BenchSection, type SummaryRow } from "./lib/section.ts";
import { formatSpread, spread } from "./lib/stats.ts";
import { runRounds, type RoundSettings } from "./lib/tinybench-rounds.ts";

const baseline = "openapi-fetch";
const settings: Record<"full" | "smoke", RoundSettings> = {
  full: { rounds: 30, timeMs: 100, warmupMs: 50 },
  smoke: { rounds: 2, timeMs: 20, warmupMs: 10 },
};

const path = "/api/v2/clientcontact/{clientContactId}/phone";
const formats = {
  JSON: "application/json",
  form: "application/x-www-form-urlencoded",
  XML: "application/xml",
} as const;

export async function measureModelCost(context: BenchContext): Promise<BenchSection> {
  const config = context.smoke ? settings.smoke : settings.full;
  const { seriesList, restoreFetch } = stubbedCallSeries();
  try {
    const bare = seriesList.find((s) => s.name === baseline)!;
    const client = createCaliberClient({ baseUrl: "http://127.0.0.1:9/CAPI2_Vision", validate: true });
    const init = { params: { path: { clientContactId: 42 } }, body: samplePhone };
    const perFormat: CallSeries[] = Object.entries(formats).map(([name, type]) => ({
      name: `caliber, validating, ${name}`,
      call: async () => {
        const { response } = await client.PATCH(path, { ...init, headers: { "Content-Type": type } });
        if (!response.ok) throw new Error(`${name}: expected 200, got ${response.status}`);
      },
    }));
    // The walk every format pays before validation, alone (default limits: 16 MiB, depth 64).
    const limits = new RequestLimits(16 * 1024 * 1024, 64);
    const snapshot: CallSeries = {
      name: "body snapshot alone",
      call: async () => {
        if (limits.check(samplePhone) === samplePhone) throw new Error("the snapshot is not a copy");
      },
    };
    // The first XML call loads the XML chunk: done before timing.
    for (const series of perFormat) await series.call();
    const all = [bare, ...perFormat, snapshot];
    const { opsPerSecond, ratio } = await runRounds(all, baseline, config, context);
    const micros = (name: string) => spread(opsPerSecond.get(name)!.map((ops) => 1e6 / ops));
    const rows = all.map((s) => [s.name, formatSpread(micros(s.name), 2), formatSpread(spread(ratio.get(s.name)!), 3)]);
    const summary: SummaryRow[] = perFormat.slice(1).map((s) => ({
      measurement: `CPU per call, ${s.name} / bare openapi-fetch (JSON)`,
      result: formatSpread(spread(ratio.get(s.name)!), 3),
      goal: "—",
      status: "info",
    }));
    const markdown = [
      "The help page's sample `Phone` sent by the validating client (default 30 s timeout) in each format, with the " +
        "global `fetch` stubbed as in the CPU measurement; bare openapi-fetch sends it as JSON, its only format. " +
        "The XML and form writers walk the body model; every format pays the body snapshot and the text checks, " +
        `also timed alone. tinybench, ${config.rounds} rounds of ${config.timeMs} ms per series, order rotated; ` +
        "median over rounds, interquartile range in brackets; the ratio is computed within each round.",
      "",
      markdownTable(["series", "µs per call", `cost / ${baseline}`], rows),
    ].join("\n");
    return { heading: "What the body model costs per call (flat Phone)", markdown, summary };
  } finally {
    restoreFetch();
  }
}
