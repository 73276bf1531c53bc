import { isCollection, isMap, isSeq, parseDocument, stringify, type Node } from "yaml";
import type { Draft } from "./draft-spec.ts";

interface Insertion {
  /** Keys to the collection the entries go into; the missing part of the path is created. */
  path: string[];
  entries: Record<string, unknown> | unknown[];
}

/**
 * Merges a draft into the spec's text. Only the new entries are written, at the end of the collections they join
 * (paths, path items, components, an enum's lists, tags); every other byte of the spec stays as it was written,
 * comments, order and layout included.
 */
export function mergeDraft(source: string, draft: Draft): string {
  const insertions: Insertion[] = [];
  for (const [path, item] of Object.entries(draft.paths)) {
    for (const [method, operation] of Object.entries(item))
      insertions.push({ path: ["paths", path], entries: { [method]: operation } });
  }
  if (Object.keys(draft.schemas).length > 0)
    insertions.push({ path: ["components", "schemas"], entries: draft.schemas });
  for (const [name, members] of Object.entries(draft.enumMembers)) {
    insertions.push({ path: ["components", "schemas", name, "enum"], entries: members.map((m) => m.value) });
    insertions.push({ path: ["components", "schemas", name, "x-enum-varnames"], entries: members.map((m) => m.name) });
    insertions.push({
      path: ["components", "schemas", name, "x-enum-descriptions"],
      entries: members.map((m) => m.description ?? m.name),
    });
  }
  if (Object.keys(draft.examples).length > 0)
    insertions.push({ path: ["components", "examples"], entries: draft.examples });
  if (draft.tags.length > 0) insertions.push({ path: ["tags"], entries: draft.tags });

  let text = source;
  // One at a time, each on the text the last one left, so every offset is read fresh.
  for (const insertion of mergeSamePath(insertions)) text = insert(text, insertion);
  return text;
}

/**
 * Adds entries to the collection at `path` of any YAML text (created when missing), keeping every other byte:
 * how `--write` tells Redocly's ignore file about each new XML example.
 */
export function appendEntries(source: string, path: string[], entries: Record<string, unknown> | unknown[]): string {
  return insert(source === "" ? "{}\n" : source, { path, entries });
}

function mergeSamePath(insertions: Insertion[]): Insertion[] {
  const merged: Insertion[] = [];
  for (const insertion of insertions) {
    const same = merged.find((m) => m.path.join("\0") === insertion.path.join("\0"));
    if (!same) merged.push({ ...insertion });
    else if (Array.isArray(same.entries)) same.entries = [...same.entries, ...(insertion.entries as unknown[])];
    else same.entries = { ...same.entries, ...(insertion.entries as Record<string, unknown>) };
  }
  return merged;
}

function insert(source: string, insertion: Insertion): string {
  const doc = parseDocument(source);
  // The deepest collection that exists on the way; what is missing below it is written with the entries.
  let depth = insertion.path.length;
  let node: unknown = doc.getIn(insertion.path, true);
  while (depth > 0 && !isCollection(node)) {
    depth--;
    node = depth === 0 ? doc.contents : doc.getIn(insertion.path.slice(0, depth), true);
  }
  let entries: unknown = insertion.entries;
  for (const key of insertion.path.slice(depth).reverse()) entries = { [key]: entries };
  if (!isCollection(node)) throw new Error(`the spec has no ${insertion.path.join(".")} to write into`);
  const collection = node as Node & { items: unknown[]; flow?: boolean };
  const [start, valueEnd] = collection.range!;
  if (collection.flow || collection.items.length === 0) {
    // `paths: {}` and the like: rewritten as a block holding what it had and the new entries.
    const lineStart = source.lastIndexOf("\n", start - 1) + 1;
    const indent = /^ */.exec(source.slice(lineStart))![0].length + 2;
    const existing = collection.toJSON() as Record<string, unknown> | unknown[];
    const all = isSeq(collection)
      ? [...(existing as unknown[]), ...(entries as unknown[])]
      : { ...(existing as Record<string, unknown>), ...(entries as Record<string, unknown>) };
    const end = valueEnd;
    return (
      source.slice(0, start).replace(/[ \t]*$/, "") +
      "\n" +
      block(all, indent) +
      source.slice(end).replace(/^[ \t]*\n?/, "")
    );
  }
  const lineStart = source.lastIndexOf("\n", start - 1) + 1;
  const indent = start - lineStart;
  if (isMap(collection) && Array.isArray(entries)) throw new Error(`${insertion.path.join(".")} is a map, not a list`);
  const at = valueEnd;
  const before = source.slice(0, at);
  return before + (before.endsWith("\n") ? "" : "\n") + block(entries, indent) + source.slice(at);
}

function block(value: unknown, indent: number): string {
  const text = stringify(value, { lineWidth: 0, aliasDuplicateObjects: false });
  const pad = " ".repeat(indent);
  return text
    .split("\n")
    .map((line) => (line === "" ? line : pad + line))
    .join("\n")
    .replace(/\n*$/, "\n");
}
