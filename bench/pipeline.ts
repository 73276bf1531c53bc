/**
 * 4. Wall time of `npm run generate` and `npm run build`, as a developer runs them, run alternately in
 * several rounds. `generate` writes only files whose content changed, so on a clean tree it rewrites nothing.
 */
import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import { markdownTable, type BenchContext, type BenchSection } from "./lib/section.ts";
import { formatSpread, spread } from "./lib/stats.ts";

const root = fileURLToPath(new URL("..", import.meta.url));
const commands = ["generate", "build"] as const;
const settings = { full: { rounds: 5 }, smoke: { rounds: 1 } };

/** Seconds the script took; its output is kept and shown only if it fails. */
function timeNpmScript(script: string): Promise<number> {
  return new Promise((resolvePromise, reject) => {
    const started = performance.now();
    const child = spawn("npm", ["run", script], { cwd: root, stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.on("error", reject);
    child.on("close", (code) => {
      if (code === 0) resolvePromise((performance.now() - started) / 1000);
      else reject(new Error(`pipeline: \`npm run ${script}\` exited with ${code}:\n${output}`));
    });
  });
}

export async function measurePipeline(context: BenchContext): Promise<BenchSection> {
  const { rounds } = context.smoke ? settings.smoke : settings.full;
  const seconds = new Map(commands.map((c) => [c, [] as number[]]));
  for (let round = 0; round < rounds; round++) {
    for (const command of commands) {
      const taken = await timeNpmScript(command);
      seconds.get(command)!.push(taken);
      context.log(`  round ${round + 1}/${rounds}: npm run ${command} ${taken.toFixed(1)} s`);
    }
  }
  const rows = commands.map((c) => [`\`npm run ${c}\``, formatSpread(spread(seconds.get(c)!), 1, " s")]);
  const markdown = [
    `${rounds} rounds, the two commands alternating; median wall time, interquartile range in brackets. ` +
      "`build` is tsup (ESM, CJS, declarations) plus the Redoc docs page.",
    "",
    markdownTable(["command", "wall time"], rows),
  ].join("\n");
  return {
    heading: "Pipeline wall time",
    markdown,
    summary: commands.map((c) => ({
      measurement: `npm run ${c}, wall time`,
      result: formatSpread(spread(seconds.get(c)!), 1, " s"),
      goal: "—",
      status: "info" as const,
    })),
  };
}
