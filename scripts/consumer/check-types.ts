/**
 * Type-checks a project and proves each `@ts-expect-error` is the intended error: the project must compile with
 * no errors (so every directive's line fails, or tsc reports the directive as unused), and compiled again with
 * the directives disarmed, exactly the directive lines must fail, each with the message its comment names.
 */
import { readFileSync } from "node:fs";
import { compileProject } from "./compile.ts";
import { expectedErrors, withoutDirectives, type ExpectedError } from "./expected-errors.ts";

export interface TypeCheckReport {
  problems: string[];
  expected: ExpectedError[];
  /** Files the program loaded. */
  files: string[];
}

export function checkTypes(tsconfigPath: string, sourceFiles: string[]): TypeCheckReport {
  const expected = sourceFiles.flatMap((file) => expectedErrors(file, readFileSync(file, "utf8")));
  const plain = compileProject(tsconfigPath);
  const problems = plain.errors.map((error) => `${error.file}:${error.line + 1}: ${error.text}`);
  const disarmed = compileProject(tsconfigPath, withoutDirectives);
  for (const want of expected) {
    const onLine = disarmed.errors.filter((error) => error.file === want.file && error.line === want.line);
    if (!onLine.some((error) => error.text.includes(want.message))) {
      const got = onLine.map((error) => error.text).join(" | ") || "no error";
      problems.push(`${want.file}:${want.line + 1} (${want.why}): expected "${want.message}", got: ${got}`);
    }
  }
  for (const error of disarmed.errors) {
    if (!expected.some((want) => want.file === error.file && want.line === error.line)) {
      problems.push(`${error.file}:${error.line + 1}: error on a line no @ts-expect-error names: ${error.text}`);
    }
  }
  return { problems: [...new Set(problems)], expected, files: plain.files };
}
