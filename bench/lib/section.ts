/** What each measurement hands back to bench/run.ts: its part of BENCHMARKS.md and its summary lines. */
export interface SummaryRow {
  measurement: string;
  result: string;
  goal: string;
  /** `info` where there is no goal to meet. */
  status: "met" | "missed" | "info";
}

export interface BenchSection {
  heading: string;
  markdown: string;
  summary: SummaryRow[];
}

export interface BenchContext {
  /** A few iterations only: proves the benchmark code works, measures nothing worth keeping. */
  smoke: boolean;
  log(message: string): void;
}

export function markdownTable(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const line = (cells: readonly string[]) => `| ${cells.join(" | ")} |`;
  return [line(header), line(header.map(() => "---")), ...rows.map(line)].join("\n");
}

export function goalStatus(met: boolean): SummaryRow["status"] {
  return met ? "met" : "missed";
}
