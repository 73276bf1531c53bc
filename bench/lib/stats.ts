/** Median and interquartile range: what every benchmark here reports, never a single run. */
export interface Spread {
  median: number;
  p25: number;
  p75: number;
  count: number;
}

/** Linear-interpolated quantile of already sorted values (q in 0..1). */
function quantileOfSorted(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) throw new Error("quantile of no values");
  const position = (sorted.length - 1) * q;
  const lower = Math.floor(position);
  const upper = Math.ceil(position);
  return sorted[lower]! + (sorted[upper]! - sorted[lower]!) * (position - lower);
}

export function spread(values: readonly number[]): Spread {
  const sorted = [...values].sort((a, b) => a - b);
  return {
    median: quantileOfSorted(sorted, 0.5),
    p25: quantileOfSorted(sorted, 0.25),
    p75: quantileOfSorted(sorted, 0.75),
    count: sorted.length,
  };
}

/** `1.03 (1.01–1.06)`: the median, then the interquartile range in brackets. */
export function formatSpread(value: Spread, digits: number, unit = ""): string {
  const f = (n: number) => n.toFixed(digits);
  return `${f(value.median)}${unit} (${f(value.p25)}–${f(value.p75)})`;
}

/** Rotates the order each round so no series always runs first (after a GC) or last. */
export function rotated<T>(items: readonly T[], round: number): T[] {
  const shift = round % items.length;
  return [...items.slice(shift), ...items.slice(0, shift)];
}
