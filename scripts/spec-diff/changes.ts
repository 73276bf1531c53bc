/** How a change affects a client of the API, and so which part of the version it bumps. */
export type ChangeClass = "breaking" | "feature" | "fix";

export interface SpecChange {
  class: ChangeClass;
  /** Where: `PATCH /api/v2/x/{id}`, `schema Phone`, `info`. */
  location: string;
  /** What, in plain words: "field `Extension` removed". */
  message: string;
}

/** Collects changes for one location; nested comparisons pass it down. */
export type Emit = (changeClass: ChangeClass, message: string) => void;

/** A stable, order-insensitive rendering for "did this part change at all" comparisons. */
export function sameJson(a: unknown, b: unknown): boolean {
  return stableStringify(a) === stableStringify(b);
}

function stableStringify(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableStringify).join(",")}]`;
  if (value !== null && typeof value === "object") {
    const entries = Object.entries(value)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${stableStringify(v)}`).join(",")}}`;
  }
  return JSON.stringify(value) ?? "undefined";
}

/** Short text for a value in a message: `string`, `[0, 1]`, `{…}`. */
export function show(value: unknown): string {
  if (value === undefined) return "nothing";
  if (typeof value === "string") return value;
  const text = JSON.stringify(value);
  return text.length > 60 ? text.slice(0, 57) + "…" : text;
}
