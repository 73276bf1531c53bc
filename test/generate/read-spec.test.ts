// readSpec parses YAML with js-yaml (YAML 1.2 core schema) for speed. Proved here: it reads every spec in this
// repo exactly as the `yaml` package does, and a broken file fails with the file, line and column.
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { readSpec, specPath } from "../../scripts/generate/spec.ts";

const fixture = (name: string) => fileURLToPath(new URL(`../fixtures/${name}`, import.meta.url));
const dir = mkdtempSync(join(tmpdir(), "caliber-read-spec-"));

function specFile(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

describe("readSpec", () => {
  it.each([specPath, fixture("multi-operation.yaml"), fixture("second-schema.yaml"), fixture("spec-diff/base.yaml")])(
    "reads %s as the yaml package does",
    async (path) => {
      expect(await readSpec(path)).toStrictEqual(parse(readFileSync(path, "utf8")));
    },
  );

  it("reads YAML 1.2 scalars as YAML 1.2 does: yes/on stay strings, 0o17 is octal, ~ is null", async () => {
    const path = specFile("scalars.yaml", "a: yes\nb: on\nc: 0o17\nd: ~\ne: 2024-01-02\nf: 1e3\n");
    expect(await readSpec(path)).toStrictEqual({ a: "yes", b: "on", c: 15, d: null, e: "2024-01-02", f: 1000 });
  });

  it("fails on broken YAML, naming the file, line and column", async () => {
    const path = specFile("broken.yaml", "openapi: 3.1.0\npaths: [\n");
    await expect(readSpec(path)).rejects.toThrow(`in "${path}" (3:1)`);
  });

  it("fails on a key given twice, naming it by line", async () => {
    const path = specFile("twice.yaml", "openapi: 3.1.0\nopenapi: 3.0.0\n");
    await expect(readSpec(path)).rejects.toThrow(`duplicated mapping key in "${path}" (2:1)`);
  });
});
