// The breaking-change gate: classification on fixture pairs, then the CLI and the CI gate in a real git repo.
// Each CLI case starts tsx (about a second), hence the generous bound on waiting; nothing here is timed.
import { execFileSync } from "node:child_process";
import { copyFileSync, mkdirSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readSpec } from "../../scripts/generate/spec.ts";
import { compareSpecs } from "../../scripts/spec-diff/compare-specs.ts";
import { requiredBump } from "../../scripts/spec-diff/semver.ts";
import { runScript } from "../helpers/run-script.ts";
import { tempDir } from "../helpers/temp-dir.ts";

const fixtures = new URL("../fixtures/spec-diff/", import.meta.url).pathname;
const base = await readSpec(fixtures + "base.yaml");
const patch = "PATCH /api/v2/thing/{thingId}";

/** Each fixture (base.yaml with one change) → the changes it must report. */
const expected: Record<string, [string, string, string][]> = {
  "breaking-field-removed": [["breaking", "schema Thing", "field `Count` removed"]],
  "breaking-field-type-changed": [
    ["breaking", "schema Thing", "field `Count`: type changed from integer (int32) to string"],
  ],
  "breaking-parameter-type-changed": [
    ["breaking", patch, "query parameter `reason`: type changed from string to integer"],
  ],
  "breaking-parameter-newly-required": [["breaking", patch, "query parameter `reason` became required"]],
  "breaking-media-type-removed": [["breaking", patch, "request body: media type application/xml removed"]],
  "breaking-operation-removed": [["breaking", "GET /api/v2/thing/{thingId}", "operation removed"]],
  "breaking-enum-member-removed": [["breaking", "schema Kinds", "enum member 1 (Large) removed"]],
  "feature-optional-field-added": [["feature", "schema Thing", "optional field `Colour` added"]],
  "feature-enum-member-added": [["feature", "schema Kinds", "enum member 2 (Huge) added"]],
  "feature-operation-added": [["feature", "DELETE /api/v2/thing/{thingId}", "operation added"]],
  "feature-format-dropped": [["feature", "schema Thing", "field `Count`: format int32 dropped"]],
  "fix-descriptions-changed": [
    ["fix", "schema Thing", "field `Name`: description changed"],
    ["fix", "schema Thing", "description changed"],
  ],
};

describe("compareSpecs on fixture pairs", () => {
  it("has an expectation for every fixture file", () => {
    const files = readdirSync(fixtures).filter((f) => f !== "base.yaml");
    expect(files.map((f) => f.replace(/\.yaml$/, "")).sort()).toEqual(Object.keys(expected).sort());
  });

  for (const [name, changes] of Object.entries(expected)) {
    it(`${name}: ${changes.map((c) => c[2]).join("; ")}`, async () => {
      const found = compareSpecs(base, await readSpec(`${fixtures}${name}.yaml`));
      expect(found.map((c) => [c.class, c.location, c.message])).toEqual(changes);
      expect(requiredBump(found)).toBe({ breaking: "major", feature: "minor", fix: "patch" }[name.split("-")[0]!]);
    });
  }

  it("finds no change between a spec and itself, whatever its version says", async () => {
    expect(compareSpecs(base, { ...base, info: { ...base.info, version: "9.0.0" } })).toEqual([]);
    expect(compareSpecs(await readSpec(), await readSpec())).toEqual([]);
  });
});

/** A git repository with package.json and spec/openapi.yaml, one commit per call of `commit`. */
function tempRepo() {
  const dir = tempDir("spec-breaking-");
  const git = (...args: string[]) =>
    execFileSync("git", args, { cwd: dir, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
  git("init", "-q", "-b", "main");
  git("config", "user.email", "test@example.invalid");
  git("config", "user.name", "test");
  mkdirSync(join(dir, "spec"));
  const put = (fixture: string, version: string) => {
    copyFileSync(`${fixtures}${fixture}.yaml`, join(dir, "spec/openapi.yaml"));
    writeFileSync(join(dir, "package.json"), JSON.stringify({ name: "fixture", version }));
  };
  const commit = (fixture: string, version: string) => {
    put(fixture, version);
    git("add", "-A");
    git("commit", "-q", "-m", fixture);
  };
  return { dir, git, put, commit };
}

describe("npm run spec:breaking -- <ref>", { timeout: 120_000 }, () => {
  it("prints each breaking change and the major bump, and exits 1", () => {
    const repo = tempRepo();
    repo.commit("base", "1.0.0");
    repo.put("breaking-field-removed", "1.0.0");
    const result = runScript("scripts/spec-breaking.ts", ["HEAD"], { cwd: repo.dir });
    expect(result.stdout).toContain("breaking  schema Thing: field `Count` removed");
    expect(result.stdout).toContain("Version bump needed: major (1.0.0 → 2.0.0)");
    expect(result.status).toBe(1);
  });

  it("exits 0 on a feature and names the minor bump", () => {
    const repo = tempRepo();
    repo.commit("base", "1.0.0");
    repo.put("feature-enum-member-added", "1.0.0");
    const result = runScript("scripts/spec-breaking.ts", ["HEAD"], { cwd: repo.dir });
    expect(result.stdout).toContain("feature   schema Kinds: enum member 2 (Huge) added");
    expect(result.stdout).toContain("Version bump needed: minor (1.0.0 → 1.1.0)");
    expect(result.status).toBe(0);
  });

  it("exits 2 with a clear message for a ref that names no commit, or no ref", () => {
    const repo = tempRepo();
    repo.commit("base", "1.0.0");
    const unknown = runScript("scripts/spec-breaking.ts", ["no-such-branch"], { cwd: repo.dir });
    expect(unknown.stdout).toContain("no-such-branch is not a commit in this repository");
    expect(unknown.status).toBe(2);
    const missing = runScript("scripts/spec-breaking.ts", [], { cwd: repo.dir });
    expect(missing.stdout).toContain("usage: npm run spec:breaking -- <git-ref>");
    expect(missing.status).toBe(2);
  });
});

describe("npm run spec:gate (CI)", { timeout: 120_000 }, () => {
  it("fails a breaking change committed without a major version, passes it with one", () => {
    const repo = tempRepo();
    repo.commit("base", "1.0.0");
    repo.commit("breaking-media-type-removed", "1.0.0");
    const refused = runScript("scripts/spec-breaking.ts", ["--gate"], { cwd: repo.dir, env: { SPEC_BASE_REF: "" } });
    expect(refused.stdout).toContain("HEAD^1");
    expect(refused.stdout).toContain(
      "Breaking changes need a major version: set package.json and info.version to 2.0.0",
    );
    expect(refused.status).toBe(1);

    repo.put("breaking-media-type-removed", "2.0.0");
    repo.git("commit", "-q", "-a", "--amend", "-m", "breaking, major");
    const accepted = runScript("scripts/spec-breaking.ts", ["--gate"], { cwd: repo.dir, env: { SPEC_BASE_REF: "" } });
    expect(accepted.stdout).toContain("Breaking changes accepted: package.json went from 1.0.0 to 2.0.0");
    expect(accepted.status).toBe(0);
  });

  it("compares a branch with its merge-base with SPEC_BASE_REF", () => {
    const repo = tempRepo();
    repo.commit("base", "1.0.0");
    repo.git("checkout", "-q", "-b", "feature");
    repo.commit("breaking-operation-removed", "1.0.0");
    repo.commit("feature-operation-added", "1.0.0"); // the branch's last commit alone is not breaking
    const result = runScript("scripts/spec-breaking.ts", ["--gate"], { cwd: repo.dir, env: { SPEC_BASE_REF: "main" } });
    expect(result.stdout).toContain("merge-base with main");
    expect(result.stdout).toContain("feature   DELETE /api/v2/thing/{thingId}: operation added");
    expect(result.status).toBe(0);
    repo.commit("breaking-operation-removed", "1.0.0");
    const breaking = runScript("scripts/spec-breaking.ts", ["--gate"], {
      cwd: repo.dir,
      env: { SPEC_BASE_REF: "main" },
    });
    expect(breaking.stdout).toContain("breaking  GET /api/v2/thing/{thingId}: operation removed");
    expect(breaking.status).toBe(1);
  });

  it("passes with a note when there is no base: the first commit", () => {
    const repo = tempRepo();
    repo.commit("breaking-field-removed", "1.0.0");
    const result = runScript("scripts/spec-breaking.ts", ["--gate"], { cwd: repo.dir, env: { SPEC_BASE_REF: "" } });
    expect(result.stdout).toContain(
      "HEAD^1 does not resolve to a commit here (first commit or shallow clone): nothing compared",
    );
    expect(result.status).toBe(0);
  });
});

describe("npm run check:version", { timeout: 120_000 }, () => {
  it("fails when info.version and package.json's version differ, naming both", () => {
    const repo = tempRepo();
    repo.put("base", "1.1.0");
    const result = runScript("scripts/check-version.ts", ["--root", repo.dir]);
    expect(result.stderr).toContain("spec/openapi.yaml info.version is 1.0.0 but package.json version is 1.1.0");
    expect(result.status).toBe(1);
    repo.put("base", "1.0.0");
    expect(runScript("scripts/check-version.ts", ["--root", repo.dir]).status).toBe(0);
  });
});
