import { mkdir, readFile, writeFile } from "node:fs/promises";
import { dirname } from "node:path";
import * as prettier from "prettier";

export const generatedHeader = "// generated from spec/openapi.yaml — do not edit. Run `npm run generate`.\n";

export type WriteResult = "written" | "unchanged" | "stale";

/**
 * Formats with the project's prettier settings and writes only when the content changed.
 * With `checkOnly`, writes nothing and reports "stale" where the file on disk differs.
 * `format: false` keeps the source as given, for output that is already printed deterministically and is too
 * big to format cheaply (openapi-typescript's: prettier was half of the generate time at 500 operations).
 */
export async function writeGenerated(
  path: string,
  source: string,
  checkOnly = false,
  format = true,
): Promise<WriteResult> {
  const options = (await prettier.resolveConfig(path)) ?? {};
  const formatted = format
    ? await prettier.format(generatedHeader + source, { ...options, filepath: path })
    : generatedHeader + source;
  const previous = await readFile(path, "utf8").catch(() => undefined);
  if (previous === formatted) return "unchanged";
  if (checkOnly) return "stale";
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, formatted);
  return "written";
}
