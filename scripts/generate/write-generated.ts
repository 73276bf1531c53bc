import { mkdir, readFile, writeFile } from "node:fs/promises";
import { dirname } from "node:path";

export const generatedHeader = "// generated from spec/openapi.yaml — do not edit. Run `npm run generate`.\n";

export type WriteResult = "written" | "unchanged" | "stale";

/**
 * Formats with the project's prettier settings and writes only when the content changed.
 * With `checkOnly`, writes nothing and reports "stale" where the file on disk differs.
 * `format: false` keeps the source as given, for output that is already printed deterministically and is too
 * big to format cheaply (openapi-typescript's: prettier was half of the generate time at 500 operations).
 * prettier is loaded only when a file is formatted: loading it and its first format cost ~0.7 s.
 */
export async function writeGenerated(
  path: string,
  source: string,
  checkOnly = false,
  format = true,
): Promise<WriteResult> {
  const formatted = format ? await formatWithPrettier(path, generatedHeader + source) : generatedHeader + source;
  const previous = await readFile(path, "utf8").catch(() => undefined);
  if (previous === formatted) return "unchanged";
  if (checkOnly) return "stale";
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, formatted);
  return "written";
}

async function formatWithPrettier(path: string, source: string): Promise<string> {
  const prettier = await import("prettier");
  const options = (await prettier.resolveConfig(path)) ?? {};
  return prettier.format(source, { ...options, filepath: path });
}
