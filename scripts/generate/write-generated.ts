import { mkdir, readFile, writeFile } from "node:fs/promises";
import { dirname } from "node:path";
import * as prettier from "prettier";

export const generatedHeader = "// generated from spec/openapi.yaml — do not edit. Run `npm run generate`.\n";

export type WriteResult = "written" | "unchanged" | "stale";

/**
 * Formats with the project's prettier settings and writes only when the content changed.
 * With `checkOnly`, writes nothing and reports "stale" where the file on disk differs.
 */
export async function writeGenerated(path: string, source: string, checkOnly = false): Promise<WriteResult> {
  const options = (await prettier.resolveConfig(path)) ?? {};
  const formatted = await prettier.format(generatedHeader + source, { ...options, filepath: path });
  const previous = await readFile(path, "utf8").catch(() => undefined);
  if (previous === formatted) return "unchanged";
  if (checkOnly) return "stale";
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, formatted);
  return "written";
}
