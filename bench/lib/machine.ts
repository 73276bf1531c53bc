import { cpus, loadavg, platform, release, totalmem } from "node:os";

/** The facts a reader needs to compare these numbers with their own: when, which Node, which machine. */
export function describeMachine(): { date: string; node: string; machine: string } {
  const cores = cpus();
  const model = cores[0]?.model.trim() || "unknown CPU";
  return {
    date: new Date().toISOString().replace(/\.\d+Z$/, "Z"),
    node: process.version,
    machine: `${cores.length} cores, ${model}, ${Math.round(totalmem() / 2 ** 30)} GiB, ${platform()} ${release()}`,
  };
}

/** The 1-minute load average: other work on the machine is the main source of noise in these numbers. */
export function loadAverage(): string {
  return loadavg()[0]!.toFixed(2);
}
