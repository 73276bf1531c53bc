/**
 * 5. Memory: 100,000 sequential calls of the caliber client against the loopback server, with the heap
 * measured after a forced GC before the calls, at every tenth of the way, and after. Anything a call left
 * behind would add up: even 10 bytes a call is 1 MB after 100,000 calls.
 */
import { callSeries } from "./lib/call-series.ts";
import { startLoopbackServer } from "./lib/loopback-server.ts";
import { goalStatus, markdownTable, type BenchContext, type BenchSection } from "./lib/section.ts";

// The growth that counts as a leak: 10 bytes a call, below anything a retained object per call would cost.
const allowedGrowthBytesPerCall = 10;
const checkpoints = 10;
const settings = { full: { calls: 100_000, warmupCalls: 10_000 }, smoke: { calls: 2_000, warmupCalls: 200 } };

function heapAfterGc(): number {
  const gc = globalThis.gc;
  if (!gc) throw new Error("memory: needs `node --expose-gc` (npm run bench passes it)");
  // Twice: the first pass can leave objects that finalizers only release for the next one.
  gc();
  gc();
  return process.memoryUsage().heapUsed;
}

export async function measureMemory(context: BenchContext): Promise<BenchSection> {
  const config = context.smoke ? settings.smoke : settings.full;
  const server = await startLoopbackServer();
  try {
    const results = [];
    for (const series of callSeries(server.origin).filter(
      // Bare openapi-fetch shows how much the heap wanders without any leak; the caliber client as by default.
      (s) => s.name === "openapi-fetch" || s.name === "caliber, validating",
    )) {
      for (let i = 0; i < config.warmupCalls; i++) await series.call();
      const heap = [heapAfterGc()];
      const perCheckpoint = config.calls / checkpoints;
      for (let checkpoint = 1; checkpoint <= checkpoints; checkpoint++) {
        for (let i = 0; i < perCheckpoint; i++) await series.call();
        heap.push(heapAfterGc());
      }
      context.log(`  ${series.name}: ${config.calls} calls, heap ${mb(heap[0]!)} → ${mb(heap.at(-1)!)}`);
      results.push({ name: series.name, heap });
    }
    return report(results, config.calls);
  } finally {
    await server.close();
  }
}

const mb = (bytes: number) => `${(bytes / 2 ** 20).toFixed(2)} MiB`;

function report(results: { name: string; heap: number[] }[], calls: number): BenchSection {
  const allowed = allowedGrowthBytesPerCall * calls;
  const rows = results.map(({ name, heap }) => {
    const growth = heap.at(-1)! - heap[0]!;
    return [
      name,
      mb(heap[0]!),
      mb(heap.at(-1)!),
      `${(growth / 1024).toFixed(0)} KiB (${(growth / calls).toFixed(2)} B per call)`,
      `${mb(Math.min(...heap.slice(1)))} – ${mb(Math.max(...heap.slice(1)))}`,
    ];
  });
  const markdown = [
    `${calls.toLocaleString("en-US")} sequential calls per client over loopback, after a warm-up; ` +
      `\`heapUsed\` after a forced GC (\`node --expose-gc\`) before, at ${checkpoints} checkpoints, and after. ` +
      `A leak is growth over ${allowedGrowthBytesPerCall} B per call (${(allowed / 2 ** 20).toFixed(2)} MiB in all).`,
    "",
    markdownTable(["client", "heap before", "heap after", "growth", "range over checkpoints"], rows),
  ].join("\n");
  return {
    heading: "Memory",
    markdown,
    summary: results.map(({ name, heap }) => {
      const growth = heap.at(-1)! - heap[0]!;
      // The goal is the caliber client's; bare openapi-fetch is shown for how far a heap wanders without a leak.
      const judged = name.startsWith("caliber");
      return {
        measurement: `heap growth over ${calls.toLocaleString("en-US")} calls, ${name}`,
        result: `${(growth / 1024).toFixed(0)} KiB`,
        goal: judged ? `≤ ${(allowed / 1024).toFixed(0)} KiB` : "— (reference)",
        status: judged ? goalStatus(growth <= allowed) : "info",
      };
    }),
  };
}
