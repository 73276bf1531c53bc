/**
 * The mutants Stryker left undetected (survived, or reached by no test), held against test/mutation-survivors.md,
 * which must explain each of them and no other. A mutant is named by `file:line:column` and its mutator.
 */

/** The parts of Stryker's JSON report (mutation-testing-report-schema) read here. */
export interface MutationReport {
  files: Record<string, { mutants: ReportMutant[] }>;
}

interface ReportMutant {
  mutatorName: string;
  status: string;
  location: { start: { line: number; column: number } };
}

const undetected = new Set(["Survived", "NoCoverage"]);

/** `src/client/options.ts:136:7 ConditionalExpression` for each mutant no test detected. */
export function undetectedMutants(report: MutationReport): string[] {
  return Object.entries(report.files).flatMap(([file, { mutants }]) =>
    mutants
      .filter((mutant) => undetected.has(mutant.status))
      .map(({ mutatorName, location: { start } }) => `${file}:${start.line}:${start.column} ${mutatorName}`),
  );
}

/** The same names, from the survivors file's table rows (padded or not): `` | `src/…:136:7` | ConditionalExpression: … | … | ``. */
export function explainedMutants(markdown: string): string[] {
  return [...markdown.matchAll(/^\|\s*`([^`]+:\d+:\d+)`\s*\|\s*(\w+):/gm)].map(
    ([, where, mutator]) => `${where} ${mutator}`,
  );
}

/**
 * What is wrong between the report and the file: undetected mutants it does not explain, and rows for no such mutant.
 * Mutants of one mutator on one spot (two regex mutants of one regex) need a row each.
 */
export function survivorProblems(report: MutationReport, markdown: string): string[] {
  const unexplained = undetectedMutants(report);
  const stale: string[] = [];
  for (const name of explainedMutants(markdown)) {
    const index = unexplained.indexOf(name);
    if (index === -1) stale.push(name);
    else unexplained.splice(index, 1);
  }
  return [
    ...unexplained.map((name) => `not explained: ${name}`),
    ...stale.map((name) => `explained, but detected or gone: ${name}`),
  ];
}
