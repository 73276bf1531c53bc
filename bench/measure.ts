import { spawn } from "node:child_process";
import { existsSync } from "node:fs";

export interface Measurement {
  /** Wall-clock time, milliseconds. */
  ms: number;
  /** CPU time, user + system, milliseconds: less disturbed than wall time when other work shares the machine. */
  cpuMs: number | undefined;
  /** Peak resident memory of the child, MiB (undefined when /usr/bin/time is missing). */
  peakMiB: number | undefined;
}

const gnuTime = "/usr/bin/time";

/**
 * Runs a command to completion and measures it. Peak memory comes from GNU time's %M (the child's max RSS);
 * a failing command rejects with its output, so a broken step is never reported as a timing.
 */
export function measure(command: string, args: string[], cwd: string): Promise<Measurement> {
  const withTime = existsSync(gnuTime);
  const [file, fileArgs] = withTime ? [gnuTime, ["-f", "peak-kb=%M cpu-s=%U+%S", command, ...args]] : [command, args];
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(file, fileArgs, {
      cwd,
      env: { ...process.env, REDOCLY_TELEMETRY: "off", REDOCLY_SUPPRESS_UPDATE_NOTICE: "true" },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    child.stdout.on("data", (chunk: Buffer) => (output += chunk));
    child.stderr.on("data", (chunk: Buffer) => (output += chunk));
    child.on("error", reject);
    child.on("close", (code) => {
      const ms = performance.now() - started;
      if (code !== 0) return reject(new Error(`${command} ${args.join(" ")} exited ${code}:\n${output}`));
      const usage = /peak-kb=(\d+) cpu-s=([\d.]+)\+([\d.]+)/.exec(output);
      if (!usage) return resolve({ ms, cpuMs: undefined, peakMiB: undefined });
      const [, kb, user, system] = usage.map(Number) as [number, number, number, number];
      resolve({ ms, cpuMs: (user + system) * 1000, peakMiB: kb / 1024 });
    });
  });
}

/** Runs the same measurement `runs` times; keeps the fastest wall and CPU time (the least disturbed) and the largest peak. */
export async function measureBest(runs: number, command: string, args: string[], cwd: string): Promise<Measurement> {
  const all: Measurement[] = [];
  for (let i = 0; i < runs; i++) all.push(await measure(command, args, cwd));
  const min = (values: (number | undefined)[]) =>
    values.includes(undefined) ? undefined : Math.min(...(values as number[]));
  const peaks = all.map((m) => m.peakMiB);
  return {
    ms: Math.min(...all.map((m) => m.ms)),
    cpuMs: min(all.map((m) => m.cpuMs)),
    peakMiB: peaks.includes(undefined) ? undefined : Math.max(...(peaks as number[])),
  };
}
