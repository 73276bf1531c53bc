/**
 * BENCHMARKS.md is shared: other benchmarks write their own sections. `npm run bench` rewrites only the text
 * between its own two markers, `npm run bench:scale` only its own heading's section, and everything else in the
 * file stays as it was.
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

/**
 * `text` with the section under `heading` (a `## ` line) replaced by `section`, or `section` appended when the
 * heading is missing. The old section ends at the next `## ` heading or at the next section's start marker,
 * whichever comes first, so another benchmark's marker is never taken with it.
 */
export function replaceHeadingSection(text: string, heading: string, section: string): string {
  const start = text.indexOf(heading);
  if (start === -1) return `${text.trimEnd()}\n\n${section.trim()}\n`;
  const ends = [text.indexOf("\n## ", start + 1), text.indexOf(`\n${sectionStart}`, start + 1)].filter((i) => i !== -1);
  const rest = ends.length === 0 ? "" : text.slice(Math.min(...ends) + 1);
  return `${text.slice(0, start)}${section.trim()}\n\n${rest}`;
}
