import type { ChangeClass, SpecChange } from "./changes.ts";

const classOrder: ChangeClass[] = ["breaking", "feature", "fix"];

/** One line per change, breaking first, then a count per class. */
export function formatChanges(changes: SpecChange[]): string[] {
  if (changes.length === 0) return ["  no changes"];
  const sorted = classOrder.flatMap((changeClass) => changes.filter((c) => c.class === changeClass));
  const lines = sorted.map((c) => `  ${c.class.padEnd(8)}  ${c.location}: ${c.message}`);
  const counts = classOrder.map((changeClass) => {
    const n = changes.filter((c) => c.class === changeClass).length;
    return `${n} ${changeClass}`;
  });
  return [...lines, `${changes.length} change${changes.length === 1 ? "" : "s"}: ${counts.join(", ")}`];
}
