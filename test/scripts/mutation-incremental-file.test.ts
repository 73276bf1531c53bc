// Stryker's incremental file, laid out in one order: the same results give the same bytes, whatever order and ids
// a run wrote them in, and each mutant still names the tests that killed and reached it.
import { describe, expect, it } from "vitest";
import { normalizeIncrementalReport, type IncrementalReport } from "../../scripts/mutation/incremental-file.ts";

const at = (line: number, column: number) => ({ start: { line, column }, end: { line, column: column + 1 } });

/** One run's results, with the ids and the order that run happened to give them. */
function run(order: "first" | "second"): IncrementalReport {
  const [a, b] = order === "first" ? ["0", "1"] : ["7", "3"];
  const mutants = [
    {
      id: "10",
      mutatorName: "StringLiteral",
      location: at(2, 1),
      status: "Killed",
      killedBy: [b!],
      coveredBy: [b!, a!],
    },
    { id: "11", mutatorName: "BooleanLiteral", location: at(1, 5), status: "Survived", coveredBy: [a!] },
  ];
  const tests = [
    { id: a!, name: "a test" },
    { id: b!, name: "b test" },
  ];
  return {
    schemaVersion: "2",
    projectRoot: order === "first" ? "/work/one" : "/tmp/two",
    config: { force: order === "first" },
    files: { "src/z.ts": { language: "typescript", mutants: order === "first" ? mutants : mutants.reverse() } },
    testFiles: { "test/z.test.ts": { tests: order === "first" ? tests : tests.reverse() } },
  };
}

describe("normalizeIncrementalReport", () => {
  it("gives the same file for the same results, and keeps who killed and reached each mutant", () => {
    const first = normalizeIncrementalReport(run("first"));
    expect(JSON.stringify(normalizeIncrementalReport(run("second")))).toBe(JSON.stringify(first));
    expect(first).toEqual({
      schemaVersion: "2",
      files: {
        "src/z.ts": {
          language: "typescript",
          mutants: [
            { id: "0", mutatorName: "BooleanLiteral", location: at(1, 5), status: "Survived", coveredBy: ["0"] },
            {
              id: "1",
              mutatorName: "StringLiteral",
              location: at(2, 1),
              status: "Killed",
              killedBy: ["1"],
              coveredBy: ["0", "1"],
            },
          ],
        },
      },
      testFiles: {
        "test/z.test.ts": {
          tests: [
            { id: "0", name: "a test" },
            { id: "1", name: "b test" },
          ],
        },
      },
    });
  });
});
