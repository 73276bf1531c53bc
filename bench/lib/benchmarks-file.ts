/**
 * BENCHMARKS.md is shared: other benchmarks write their own sections. `npm run bench` rewrites only the text
 * between its own two markers and leaves everything else in the file as it was.
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { format, resolveConfig } from "prettier";

export const sectionStart = "<!-- bench:client:start -->";
export const sectionEnd = "<!-- bench:client:end -->";

export async function writeOwnSection(file: string, body: string): Promise<void> {
  const section = `${sectionStart}\n\n${body.trim()}\n\n${sectionEnd}`;
  const current = existsSync(file) ? readFileSync(file, "utf8") : "# Benchmarks\n";
  const start = current.indexOf(sectionStart);
  const end = current.indexOf(sectionEnd);
  if ((start === -1) !== (end === -1) || end < start) {
    throw new Error(`${file}: found only one of ${sectionStart} / ${sectionEnd}; fix the markers by hand`);
  }
  const next =
    start === -1
      ? `${current.trimEnd()}\n\n${section}\n`
      : current.slice(0, start) + section + current.slice(end + sectionEnd.length);
  // Formatted as `npm run check` expects; the rest of the file is already formatted, so it stays as it is.
  const formatted = await format(next, { ...(await resolveConfig(file)), filepath: file });
  writeFileSync(file, formatted);
}
