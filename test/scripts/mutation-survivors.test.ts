// test/mutation-survivors.md against Stryker's report: each undetected mutant explained, no row for any other.
import { describe, expect, it } from "vitest";
import { survivorProblems, type MutationReport } from "../../scripts/mutation/survivors.ts";

const mutant = (status: string, line: number, column: number, mutatorName = "ConditionalExpression") => ({
  status,
  mutatorName,
  location: { start: { line, column } },
});
const report: MutationReport = {
  files: {
    "src/a.ts": { mutants: [mutant("Killed", 1, 1), mutant("Survived", 3, 7), mutant("Timeout", 4, 2)] },
    "src/b.ts": { mutants: [mutant("NoCoverage", 9, 5, "StringLiteral")] },
  },
};
const row = (where: string, mutant: string) => `| \`${where}\` | ${mutant}: \`x\` → \`y\` | why |`;

describe("survivorProblems", () => {
  it("wants a row for each of two mutants of one mutator on one spot", () => {
    const twice: MutationReport = {
      files: { "src/c.ts": { mutants: [mutant("Survived", 2, 3, "Regex"), mutant("Survived", 2, 3, "Regex")] } },
    };
    expect(survivorProblems(twice, row("src/c.ts:2:3", "Regex"))).toEqual(["not explained: src/c.ts:2:3 Regex"]);
    expect(survivorProblems(twice, [row("src/c.ts:2:3", "Regex"), row("src/c.ts:2:3", "Regex")].join("\n"))).toEqual(
      [],
    );
  });

  it("is content when each survived or uncovered mutant has its row, and only those", () => {
    const markdown = [
      "| where | mutant | why |",
      "| --- | --- | --- |",
      row("src/a.ts:3:7", "ConditionalExpression"),
      row("src/b.ts:9:5", "StringLiteral"),
    ];
    expect(survivorProblems(report, markdown.join("\n"))).toEqual([]);
  });

  it("reads rows as prettier pads them", () => {
    const padded = [
      "| `src/a.ts:3:7`   | ConditionalExpression: `x` → `y` | why |",
      "| `src/b.ts:9:5`   | StringLiteral: `x` → `y`         | why |",
    ];
    expect(survivorProblems(report, padded.join("\n"))).toEqual([]);
  });

  it("names an undetected mutant without a row, and a row whose mutant was detected or is gone", () => {
    const markdown = [row("src/a.ts:3:7", "ConditionalExpression"), row("src/a.ts:1:1", "ConditionalExpression")];
    expect(survivorProblems(report, markdown.join("\n"))).toEqual([
      "not explained: src/b.ts:9:5 StringLiteral",
      "explained, but detected or gone: src/a.ts:1:1 ConditionalExpression",
    ]);
  });

  it("tells mutants on one spot apart by their mutator", () => {
    expect(
      survivorProblems(
        report,
        [row("src/a.ts:3:7", "LogicalOperator"), row("src/b.ts:9:5", "StringLiteral")].join("\n"),
      ),
    ).toEqual([
      "not explained: src/a.ts:3:7 ConditionalExpression",
      "explained, but detected or gone: src/a.ts:3:7 LogicalOperator",
    ]);
  });
});
