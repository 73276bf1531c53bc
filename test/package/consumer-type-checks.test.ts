// The consumer project's type check (scripts/consumer/check-types.ts) must catch an @ts-expect-error that fails
// for another reason than the one it names, one on a line that does not fail, and a stray error.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { checkTypes } from "../../scripts/consumer/check-types.ts";
import { expectedErrors, withoutDirectives } from "../../scripts/consumer/expected-errors.ts";

const projects: string[] = [];
afterAll(() => projects.forEach((project) => rmSync(project, { recursive: true, force: true })));

function project(source: string) {
  const directory = mkdtempSync(join(tmpdir(), "consumer-type-checks-"));
  projects.push(directory);
  const compilerOptions = { strict: true, noEmit: true, lib: ["es2022"], types: [], skipDefaultLibCheck: true };
  writeFileSync(join(directory, "tsconfig.json"), JSON.stringify({ compilerOptions, files: ["call.ts"] }));
  writeFileSync(join(directory, "call.ts"), source);
  return checkTypes(join(directory, "tsconfig.json"), [join(directory, "call.ts")]);
}

const wrongType = "// @ts-expect-error -- a string id; tsc says: Type 'string' is not assignable to type 'number'\n";

describe("checkTypes", () => {
  it("passes when each directive's line fails with the named message", () => {
    const report = project(`${wrongType}export const id: number = "42";\n`);
    expect(report.problems).toEqual([]);
    expect(report.expected.map((want) => want.why)).toEqual(["a string id"]);
  });

  it("fails a directive whose line fails for another reason", () => {
    const report = project(`${wrongType}export const id: number = missingName;\n`);
    expect(report.problems.join("\n")).toMatch(/a string id.*expected "Type 'string'.*got: Cannot find name/);
  });

  it("fails a directive whose line does not fail (tsc: unused directive)", () => {
    const report = project(`${wrongType}export const id: number = 42;\n`);
    expect(report.problems.join("\n")).toMatch(/Unused '@ts-expect-error' directive/);
    expect(report.problems.join("\n")).toMatch(/a string id.*got: no error/);
  });

  it("fails an error on a line no directive names", () => {
    const report = project(`export const id: number = "42";\n`);
    expect(report.problems.join("\n")).toMatch(/call\.ts:1: Type 'string' is not assignable to type 'number'/);
  });
});

describe("expectedErrors", () => {
  it("reads why and message, and refuses a directive that names no message", () => {
    expect(expectedErrors("a.ts", `x\n${wrongType}y`)).toEqual([
      { file: "a.ts", line: 2, why: "a string id", message: "Type 'string' is not assignable to type 'number'" },
    ]);
    expect(() => expectedErrors("a.ts", "// @ts-expect-error\ny")).toThrow(
      /a\.ts:1: write "\/\/ @ts-expect-error -- <why>/,
    );
  });

  it("disarms directives without moving lines", () => {
    const text = `${wrongType}export const id: number = "42";\n`;
    expect(withoutDirectives(text)).not.toMatch(/@ts-expect-error/);
    expect(withoutDirectives(text).split("\n")).toHaveLength(text.split("\n").length);
  });
});
