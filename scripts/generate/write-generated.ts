import { mkdir, readdir, readFile, rm, writeFile } from "node:fs/promises";
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

/**
 * The files in `outDir + folder` that this run did not write (`listed`), removed (with `checkOnly`, only named):
 * a generated module of an operation the spec no longer has. Returns their names as `listed` holds them.
 */
export async function removeUnlisted(
  outDir: string,
  folder: string,
  listed: ReadonlyMap<string, unknown>,
  checkOnly = false,
): Promise<string[]> {
  const names = await readdir(outDir + folder).catch(() => [] as string[]);
  const unlisted = names.map((name) => folder + name).filter((file) => !listed.has(file));
  if (!checkOnly) await Promise.all(unlisted.map((file) => rm(outDir + file)));
  return unlisted;
}
