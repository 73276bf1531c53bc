/**
 * `npm run spec:changelog`: after the version was bumped (package.json and the spec's info.version), writes that
 * version's spec changes, classed breaking / feature / fix, into CHANGELOG.md (a section per version, newest first;
 * run again, it replaces its own section). The base is the last commit before the version became what it is now:
 * HEAD while the bump is not committed yet. Fails, writing nothing, when the version did not change, when the two
 * versions differ, or when the bump is smaller than the changes need. The docs page shows CHANGELOG.md.
 * `--root <dir>` works on another checkout (tests).
 */
import { execFileSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { parse } from "yaml";
import type { OpenApiDocument } from "./generate/spec.ts";
import { versionSection, withSection } from "./spec-diff/changelog.ts";
import { compareSpecs } from "./spec-diff/compare-specs.ts";
import { readAtCommit, repoRoot } from "./spec-diff/git.ts";
import { formatChanges } from "./spec-diff/report.ts";
import { bumpVersion, requiredBump } from "./spec-diff/semver.ts";

const specFile = "spec/openapi.yaml";

const versionIn = (packageJson: string | undefined) =>
  packageJson === undefined ? undefined : (JSON.parse(packageJson) as { version?: string }).version;

/** The last commit (first parents from HEAD) whose package.json version is not `version`, with that version. */
function previousVersion(root: string, version: string): { commit: string; version: string } | undefined {
  const touching = execFileSync("git", ["rev-list", "--first-parent", "HEAD", "--", "package.json"], {
    cwd: root,
    encoding: "utf8",
  })
    .split("\n")
    .filter(Boolean);
  const head = execFileSync("git", ["rev-parse", "HEAD"], { cwd: root, encoding: "utf8" }).trim();
  for (const commit of [head, ...touching]) {
    const found = versionIn(readAtCommit(root, commit, "package.json"));
    if (found !== undefined && found !== version) return { commit, version: found };
  }
  return undefined;
}

function main(): number {
  const { values } = parseArgs({ options: { root: { type: "string" } } });
  const root = values.root ?? repoRoot();
  const version = versionIn(readFileSync(join(root, "package.json"), "utf8"))!;
  const headText = readFileSync(join(root, specFile), "utf8");
  const head = parse(headText) as OpenApiDocument;
  if (head.info?.version !== version) {
    console.error(
      `spec:changelog: package.json is ${version} but ${specFile} info.version is ${String(head.info?.version)}; set both to the new version first`,
    );
    return 1;
  }
  const previous = previousVersion(root, version);
  if (previous === undefined) {
    console.error(
      `spec:changelog: the version did not change: every commit has ${version}. Bump package.json and info.version first (\`npm run spec:breaking -- HEAD\` says which bump the changes need).`,
    );
    return 1;
  }
  const baseText = readAtCommit(root, previous.commit, specFile);
  if (baseText === undefined) {
    console.error(`spec:changelog: ${specFile} does not exist at ${previous.commit.slice(0, 10)}: nothing to compare`);
    return 1;
  }
  console.log(
    `spec:changelog: ${specFile} at ${previous.commit.slice(0, 10)} (version ${previous.version}) → working tree (version ${version})`,
  );
  const changes = compareSpecs(parse(baseText) as OpenApiDocument, head);
  for (const line of formatChanges(changes)) console.log(line);
  const needed = bumpVersion(previous.version, requiredBump(changes));
  if (compareVersions(version, needed) < 0) {
    console.error(`spec:changelog: these changes need at least ${needed}, and ${version} is less; bump further first`);
    return 1;
  }
  const changelogPath = join(root, "CHANGELOG.md");
  let changelog: string | undefined;
  try {
    changelog = readFileSync(changelogPath, "utf8");
  } catch {
    changelog = undefined;
  }
  writeFileSync(changelogPath, withSection(changelog, version, versionSection(version, previous.version, changes)));
  console.log(`wrote CHANGELOG.md: ${version}, ${changes.length} change${changes.length === 1 ? "" : "s"}`);
  return 0;
}

/** Semver order of the numeric parts: negative when a < b. */
function compareVersions(a: string, b: string): number {
  const parts = (v: string) => v.split(/[.+-]/, 3).map(Number);
  const [x, y] = [parts(a), parts(b)];
  for (let i = 0; i < 3; i++) if (x[i] !== y[i]) return x[i]! - y[i]!;
  return 0;
}

try {
  process.exitCode = main();
} catch (error) {
  console.error(`spec:changelog failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 2;
}
