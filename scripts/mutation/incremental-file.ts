/**
 * Stryker rewrites its incremental file on every run, in whatever order the run found things and with fresh ids.
 * Laid out in one order (files by path, mutants by place, tests by name; ids numbered in that order), an unchanged
 * tree gives the same bytes, and a change shows only where it is. Stryker matches old and new results by file,
 * mutator, replacement and place, and tests by file and name, never by id; it does not read the machine's project
 * root or the run's options, which are left out.
 */

interface Position {
  line: number;
  column: number;
}

interface Mutant {
  id: string;
  mutatorName: string;
  replacement?: string;
  location: { start: Position; end: Position };
  killedBy?: string[];
  coveredBy?: string[];
  [field: string]: unknown;
}

interface Test {
  id: string;
  name: string;
  [field: string]: unknown;
}

export interface IncrementalReport {
  files: Record<string, { mutants: Mutant[]; [field: string]: unknown }>;
  testFiles?: Record<string, { tests: Test[]; [field: string]: unknown }>;
  projectRoot?: string;
  config?: unknown;
  [field: string]: unknown;
}

const byKey = <T>(entries: [string, T][]): [string, T][] => entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));

const comparePlaces = (a: Mutant, b: Mutant): number =>
  a.location.start.line - b.location.start.line ||
  a.location.start.column - b.location.start.column ||
  a.location.end.line - b.location.end.line ||
  a.location.end.column - b.location.end.column ||
  a.mutatorName.localeCompare(b.mutatorName) ||
  (a.replacement ?? "").localeCompare(b.replacement ?? "");

/** The same report in one order, with ids numbered in that order. */
export function normalizeIncrementalReport(report: IncrementalReport): IncrementalReport {
  const { files, testFiles = {}, ...rest } = report;
  delete rest.projectRoot;
  delete rest.config;
  const testIds = new Map<string, string>();
  const sortedTestFiles = byKey(Object.entries(testFiles)).map(([path, file]) => {
    const tests = [...file.tests]
      .sort((a, b) => a.name.localeCompare(b.name) || Number(a.id) - Number(b.id))
      .map((test) => {
        const id = String(testIds.size);
        testIds.set(test.id, id);
        return { ...test, id };
      });
    return [path, { ...file, tests }] as const;
  });
  const renumber = (ids: string[] | undefined) =>
    ids?.map((id) => testIds.get(id) ?? id).sort((a, b) => Number(a) - Number(b));
  let mutantId = 0;
  const sortedFiles = byKey(Object.entries(files)).map(([path, file]) => {
    const mutants = [...file.mutants].sort(comparePlaces).map((mutant) => {
      const numbered: Mutant = { ...mutant, id: String(mutantId++) };
      if (mutant.killedBy) numbered.killedBy = renumber(mutant.killedBy);
      if (mutant.coveredBy) numbered.coveredBy = renumber(mutant.coveredBy);
      return numbered;
    });
    return [path, { ...file, mutants }] as const;
  });
  return { ...rest, files: Object.fromEntries(sortedFiles), testFiles: Object.fromEntries(sortedTestFiles) };
}
