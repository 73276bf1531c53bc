import type { ChangeClass, SpecChange } from "./changes.ts";

export const changelogTitle = "# Changelog";

const intro = `${changelogTitle}

What changed in the CaliberAPI description (\`spec/openapi.yaml\`, and so in the types, the client and the mock) from
one version of \`caliber-api\` to the next, written by \`npm run spec:changelog\`. **Breaking** changes may need
changes in your code; **features** are new things you may use; **fixes** change descriptions and examples only.
`;

const headings: Record<ChangeClass, string> = { breaking: "Breaking", feature: "Features", fix: "Fixes" };

/** One version's section: its changes under a heading per class, breaking first. */
export function versionSection(version: string, previous: string, changes: SpecChange[]): string {
  const lines = [`## ${version}`, "", `Compared with ${previous}.`, ""];
  if (changes.length === 0) lines.push("No change to the API description.", "");
  for (const changeClass of ["breaking", "feature", "fix"] as const) {
    const own = changes.filter((change) => change.class === changeClass);
    if (own.length === 0) continue;
    lines.push(`### ${headings[changeClass]}`, "", ...own.map((c) => `- \`${c.location}\`: ${c.message}`), "");
  }
  return lines.join("\n");
}

/**
 * CHANGELOG.md with `section` in place: replacing the section of the same version, else first under the intro
 * (newest first). Text outside version sections is kept.
 */
export function withSection(changelog: string | undefined, version: string, section: string): string {
  const text = changelog?.startsWith(changelogTitle) ? changelog : intro;
  const sections = text.split(/^(?=## )/m);
  const head = sections.shift()!;
  const others = sections.filter((each) => !each.startsWith(`## ${version}\n`));
  return [head.trimEnd() + "\n\n", section, ...others.map((each) => "\n" + each.trimEnd() + "\n")].join("");
}
