import { operationGroup } from "../../src/validation/operation-facts.ts";
import { operationFormats } from "./operations.ts";
import type { OpenApiDocument } from "./spec.ts";

/**
 * How many group chunks the operations are spread over. Fixed, so that the entry's list of them (one `import()`
 * each, about 13 B gzip) is the same for 1 and 500 operations; at 500, a group's chunk holds about 125 operations'
 * facts (about 3 kB gzip on the synthetic spec, loaded on the first call of one of them), and each operation's
 * validators stay a chunk of their own. 4 rather than 8 keeps the up-front weight under 10 kB (issue 19).
 */
export const operationGroupCount = 4;

/**
 * The client's lookup of operations, without a table that grows with the spec in its entry (issue 19):
 * - `operation-groups.ts`: `operationGroups[i]()`, a dynamic `import()` of each group's module, for the client's
 *   ESM build (src/validation/load-operation.ts); an operation is in group `operationGroup(label, count)`.
 * - `operation-groups/group-<i>.ts`: that group's operations by label, each with its XML flags, where its body holds
 *   date-times, and a dynamic `import()` of its validators' module (`modules`: label → `validators/<name>.ts`).
 * Every group has a module, empty or not, so the chunks do not depend on the spec's size either.
 */
export function generateOperationGroups(
  spec: OpenApiDocument,
  modules: ReadonlyMap<string, string>,
): Map<string, string> {
  const groups: string[][] = Array.from({ length: operationGroupCount }, () => []);
  for (const { label, xmlBody, xmlResponse, dates, parameterDates } of operationFormats(spec)) {
    const module = modules.get(label);
    if (module === undefined) throw new Error(`generate: ${label} has no validators module`);
    const fields = [
      ...(xmlBody ? ["xmlBody: true"] : []),
      ...(xmlResponse ? ["xmlResponse: true"] : []),
      ...(dates === undefined ? [] : [`dates: ${JSON.stringify(dates)}`]),
      ...(parameterDates === undefined ? [] : [`parameterDates: ${JSON.stringify(parameterDates)}`]),
      `load: () => import("../${module}")`,
    ];
    groups[operationGroup(label, operationGroupCount)]!.push(`  ${JSON.stringify(label)}: { ${fields.join(", ")} },`);
  }
  const files = new Map<string, string>();
  files.set(
    "operation-groups.ts",
    [
      'import type { OperationGroupModule } from "../src/validation/operation-facts.ts";',
      "",
      "/** Loads each group's module (`operation-groups/group-<i>.ts`); an operation's group is `operationGroup(label, length)`. */",
      "export const operationGroups: readonly (() => Promise<OperationGroupModule>)[] = [",
      ...groups.map((_, index) => `  () => import("./operation-groups/group-${index}.ts"),`),
      "];",
      "",
    ].join("\n"),
  );
  groups.forEach((entries, index) => {
    files.set(
      `operation-groups/group-${index}.ts`,
      [
        'import type { OperationGroupModule } from "../../src/validation/operation-facts.ts";',
        "",
        "/** This group's operations by label: XML flags, date-time locations, and a loader of their validators. */",
        "export const operations = {",
        "  __proto__: null,", // no inherited keys: a label like "constructor" finds nothing
        ...entries,
        '} as unknown as OperationGroupModule["operations"];',
        "",
      ].join("\n"),
    );
  });
  return files;
}
