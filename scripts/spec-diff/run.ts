import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { parse } from "yaml";
import type { OpenApiDocument } from "../generate/spec.ts";
import { compareSpecs } from "./compare-specs.ts";
import { mergeBase, readAtCommit, repoRoot, resolveCommit } from "./git.ts";
import { formatChanges } from "./report.ts";
import { bumpVersion, majorOf, requiredBump } from "./semver.ts";

export interface RunOptions {
  /** The git ref whose spec is the base; in gate mode undefined means SPEC_BASE_REF or HEAD^1. */
  ref?: string;
  /** The spec file, relative to the repository root. */
  specFile: string;
  /**
   * Choose the base itself, pass with a note when there is none, and let breaking changes pass with a major bump:
   * "gate" (CI: the merge-base with $SPEC_BASE_REF, else HEAD^1) or "check" (`npm run check`: the merge-base with
   * $SPEC_BASE_REF, else HEAD, so an uncommitted edit is compared with the last commit).
   */
  gate: boolean | "check";
  cwd?: string;
  log?: (line: string) => void;
}

/** Exit code: 0 nothing breaking (or accepted), 1 breaking, 2 could not compare. */
export async function runSpecComparison(options: RunOptions): Promise<number> {
  const log = options.log ?? console.log;
  let root: string;
  try {
    root = repoRoot(options.cwd);
  } catch (error) {
    if (!options.gate) throw error;
    log(`spec check: ${(error as Error).message} (no history to compare with): nothing compared.`);
    return 0;
  }
  const { label, commit } = chooseBase(root, options);
  if (commit === undefined) {
    if (options.gate) {
      log(`spec check: ${label} does not resolve to a commit here (first commit or shallow clone): nothing compared.`);
      return 0;
    }
    log(`spec:breaking: ${label} is not a commit in this repository`);
    return 2;
  }
  const baseText = readAtCommit(root, commit, options.specFile);
  if (baseText === undefined) {
    log(`${options.specFile} does not exist at ${label} (${commit.slice(0, 10)}): nothing to compare.`);
    return options.gate ? 0 : 2;
  }
  const base = parse(baseText) as OpenApiDocument;
  const head = parse(await readFile(join(root, options.specFile), "utf8")) as OpenApiDocument;
  const baseVersion = packageVersion(readAtCommit(root, commit, "package.json")) ?? base.info?.version ?? "0.0.0";
  const headVersion =
    packageVersion(await readFile(join(root, "package.json"), "utf8").catch(() => undefined)) ?? head.info?.version;

  const changes = compareSpecs(base, head);
  log(
    `${options.specFile}: ${label} (${commit.slice(0, 10)}, version ${baseVersion}) → working tree (version ${headVersion})`,
  );
  for (const line of formatChanges(changes)) log(line);
  const bump = requiredBump(changes);
  log(
    bump === "none"
      ? "Version bump needed: none"
      : `Version bump needed: ${bump} (${baseVersion} → ${bumpVersion(baseVersion, bump)})`,
  );

  if (bump !== "major") return 0;
  if (options.gate && headVersion !== undefined && majorOf(headVersion) > majorOf(baseVersion)) {
    log(`Breaking changes accepted: package.json went from ${baseVersion} to ${headVersion}, a new major version.`);
    return 0;
  }
  log(
    options.gate
      ? `Breaking changes need a major version: set package.json and info.version to ${bumpVersion(baseVersion, "major")}.`
      : "Breaking changes found.",
  );
  return 1;
}

function chooseBase(root: string, options: RunOptions): { label: string; commit: string | undefined } {
  if (!options.gate) {
    const ref = options.ref ?? "HEAD";
    return { label: ref, commit: resolveCommit(root, ref) };
  }
  // A pull request: compare with where it left its base branch. Otherwise, for `npm run check`, the last commit
  // (an uncommitted edit); for CI on main, HEAD's first parent, which for a merge commit is main before the merge,
  // so the whole merged branch is compared.
  const ref = options.ref ?? process.env.SPEC_BASE_REF;
  if (ref !== undefined && ref !== "") {
    const commit = mergeBase(root, ref) ?? resolveCommit(root, ref);
    return { label: `merge-base with ${ref}`, commit };
  }
  const fallback = options.gate === "check" ? "HEAD" : "HEAD^1";
  return { label: fallback, commit: resolveCommit(root, fallback) };
}

function packageVersion(text: string | undefined): string | undefined {
  if (text === undefined) return undefined;
  return (JSON.parse(text) as { version?: string }).version;
}
