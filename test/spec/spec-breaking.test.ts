// The breaking-change gate: classification on fixture pairs, then the CLI and the CI gate in a real git repo.
// Each CLI case starts tsx (about a second), hence the generous bound on waiting; nothing here is timed.
import { execFileSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readSpec } from "../../scripts/generate/spec.ts";
import { compareSpecs } from "../../scripts/spec-diff/compare-specs.ts";
import { schemaDirections } from "../../scripts/spec-diff/schema-usage.ts";
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
  // Direction-aware: Note travels only in a request body, Receipt only in a response, Thing in both.
  "feature-request-field-nullable": [
    [
      "feature",
      "schema Note",
      "field `Text`: type widened from string to null | string (only requests carry it: accepts more)",
    ],
  ],
  "breaking-request-field-no-longer-nullable": [
    [
      "breaking",
      "schema Note",
      "field `Memo`: type narrowed from null | string to string (requests carry it: refuses what was valid)",
    ],
  ],
  "breaking-response-field-nullable": [
    [
      "breaking",
      "schema Receipt",
      "field `Text`: type widened from string to null | string (responses carry it: code that reads it must handle the new type)",
    ],
  ],
  "feature-response-field-no-longer-nullable": [
    [
      "feature",
      "schema Receipt",
      "field `Memo`: type narrowed from null | string to string (only responses carry it: fewer values)",
    ],
  ],
  "breaking-field-nullable-in-both": [
    [
      "breaking",
      "schema Thing",
      "field `Name`: type widened from string to null | string (responses carry it: code that reads it must handle the new type)",
    ],
  ],
  "feature-parameter-nullable": [
    [
      "feature",
      patch,
      "query parameter `reason`: type widened from string to null | string (only requests carry it: accepts more)",
    ],
  ],
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

describe("schemaDirections: where a component schema's values travel", () => {
  it("follows parameters, request bodies and responses, and the schemas they refer to", () => {
    const directionOf = schemaDirections(base);
    expect(["Note", "Receipt", "Thing", "Kinds"].map(directionOf)).toEqual(["request", "response", "both", "both"]);
  });

  it("counts a use in either spec, and takes a schema no operation uses as both (its exported type is public)", async () => {
    const withoutPost = structuredClone(base);
    delete (withoutPost.paths["/api/v2/thing/{thingId}/note"] as Record<string, unknown>).post;
    expect(schemaDirections(withoutPost)("Note")).toBe("both");
    expect(schemaDirections(withoutPost, base)("Note")).toBe("request");
    expect(schemaDirections(base, await readSpec(`${fixtures}breaking-operation-removed.yaml`))("Thing")).toBe("both");
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

describe("npm run check:spec (part of npm run check)", { timeout: 120_000 }, () => {
  const check = (dir: string, base = "") =>
    runScript("scripts/spec-breaking.ts", ["--check"], { cwd: dir, env: { SPEC_BASE_REF: base } });

  it("compares an uncommitted edit with HEAD: breaking without a major version fails, naming the change", () => {
    const repo = tempRepo();
    repo.commit("base", "1.0.0");
    repo.put("breaking-enum-member-removed", "1.0.0");
    const refused = check(repo.dir);
    expect(refused.stdout).toMatch(/spec\/openapi\.yaml: HEAD \(\w+, version 1\.0\.0\) → working tree/);
    expect(refused.stdout).toContain("breaking  schema Kinds: enum member 1 (Large) removed");
    expect(refused.stdout).toContain(
      "Breaking changes need a major version: set package.json and info.version to 2.0.0",
    );
    expect(refused.status).toBe(1);

    repo.put("breaking-enum-member-removed", "2.0.0");
    expect(check(repo.dir).status).toBe(0);
    repo.put("feature-enum-member-added", "1.0.0");
    const feature = check(repo.dir);
    expect(feature.stdout).toContain("Version bump needed: minor (1.0.0 → 1.1.0)");
    expect(feature.status).toBe(0);
  });

  it("compares with the merge-base with SPEC_BASE_REF when it is set, committed changes included", () => {
    const repo = tempRepo();
    repo.commit("base", "1.0.0");
    repo.git("checkout", "-q", "-b", "feature");
    repo.commit("breaking-field-removed", "1.0.0");
    expect(check(repo.dir).status).toBe(0); // nothing uncommitted
    const result = check(repo.dir, "main");
    expect(result.stdout).toContain("merge-base with main");
    expect(result.stdout).toContain("breaking  schema Thing: field `Count` removed");
    expect(result.status).toBe(1);
  });

  it("passes with a note outside a git work tree (an unpacked tarball has no history)", () => {
    const dir = tempDir("spec-check-no-git-");
    mkdirSync(join(dir, "spec"));
    copyFileSync(`${fixtures}base.yaml`, join(dir, "spec/openapi.yaml"));
    const result = check(dir);
    expect(result.stdout).toContain("is not inside a git work tree (no history to compare with): nothing compared.");
    expect(result.status).toBe(0);
  });
});

describe("npm run spec:changelog", { timeout: 120_000 }, () => {
  const changelog = (dir: string) => runScript("scripts/spec-changelog.ts", ["--root", dir], { cwd: dir });
  /** base.yaml with its info.version set, as a bump sets it in both files. */
  const putVersion = (repo: ReturnType<typeof tempRepo>, fixture: string, version: string) => {
    repo.put(fixture, version);
    const file = join(repo.dir, "spec/openapi.yaml");
    writeFileSync(file, readFileSync(file, "utf8").replace(/^( {2}version: ).*$/m, `$1${version}`));
  };

  it("writes the new version's changes, classed, into CHANGELOG.md, and replaces its own section when run again", () => {
    const repo = tempRepo();
    putVersion(repo, "base", "1.0.0");
    repo.git("add", "-A");
    repo.git("commit", "-q", "-m", "1.0.0");
    putVersion(repo, "feature-enum-member-added", "1.1.0");
    const first = changelog(repo.dir);
    expect(first.stdout).toMatch(/at \w+ \(version 1\.0\.0\) → working tree \(version 1\.1\.0\)/);
    expect(first.stdout).toContain("wrote CHANGELOG.md: 1.1.0, 1 change");
    expect(first.status).toBe(0);
    const written = readFileSync(join(repo.dir, "CHANGELOG.md"), "utf8");
    expect(written).toMatch(/^# Changelog\n/);
    expect(written).toContain(
      "## 1.1.0\n\nCompared with 1.0.0.\n\n### Features\n\n- `schema Kinds`: enum member 2 (Huge) added\n",
    );
    expect(changelog(repo.dir).status).toBe(0);
    expect(readFileSync(join(repo.dir, "CHANGELOG.md"), "utf8")).toBe(written);

    repo.git("add", "-A");
    repo.git("commit", "-q", "-m", "1.1.0");
    putVersion(repo, "breaking-enum-member-removed", "2.0.0");
    expect(changelog(repo.dir).status).toBe(0);
    const both = readFileSync(join(repo.dir, "CHANGELOG.md"), "utf8");
    expect(both.indexOf("## 2.0.0")).toBeLessThan(both.indexOf("## 1.1.0"));
    expect(both).toContain("### Breaking\n\n- `schema Kinds`: enum member 1 (Large) removed\n");
  });

  it("refuses, writing nothing, when the version did not change, when the two versions differ, or when the bump is too small", () => {
    const repo = tempRepo();
    putVersion(repo, "base", "1.0.0");
    repo.git("add", "-A");
    repo.git("commit", "-q", "-m", "1.0.0");
    const unchanged = changelog(repo.dir);
    expect(unchanged.stderr).toContain("the version did not change: every commit has 1.0.0");
    expect(unchanged.status).toBe(1);
    repo.put("base", "1.0.1");
    expect(changelog(repo.dir).stderr).toContain("package.json is 1.0.1 but spec/openapi.yaml info.version is 1.0.0");
    putVersion(repo, "breaking-field-removed", "1.1.0");
    const small = changelog(repo.dir);
    expect(small.stderr).toContain("these changes need at least 2.0.0, and 1.1.0 is less");
    expect(small.status).toBe(1);
    expect(existsSync(join(repo.dir, "CHANGELOG.md"))).toBe(false);
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
