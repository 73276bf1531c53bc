import { mkdir, readFile, writeFile } from "node:fs/promises";
import { dirname } from "node:path";

/** The first line of every generated file: where it came from, and how to remake it. */
export function generatedHeader(specName: string): string {
  return `// generated from ${specName} — do not edit. Run \`npm run generate\`.\n`;
}

export type WriteResult = "written" | "unchanged" | "stale";

/**
 * Writes a generated file as its generator printed it, and only when the content changed. No formatter runs:
 * each generator prints deterministic output (enums.ts and schemas.ts already as prettier would print them,
 * test/generate-printing.test.ts), and prettier's start-up alone was ~0.7 s of generate.
 * With `checkOnly`, writes nothing and reports "stale" where the file on disk differs.
 */
export async function writeGenerated(path: string, content: string, checkOnly = false): Promise<WriteResult> {
  const previous = await readFile(path, "utf8").catch(() => undefined);
  if (previous === content) return "unchanged";
  if (checkOnly) return "stale";
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, content);
  return "written";
}
