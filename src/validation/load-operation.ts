/**
 * Each operation's facts and validators, loaded on its first call, so that what an app loads up front does not grow
 * with the spec: the entry holds only the list of group chunks (generated/operation-groups.ts, a fixed number); the
 * operation's group chunk gives its XML flags and date-time locations, and a loader of its validators (a chunk of
 * its own, with the request checks in a shared one). Once loaded, `knownOperation` and `loadedValidation` answer
 * without an await. A failed load (a chunk the browser could not fetch) rejects, and the next call loads again.
 * The CJS build (Node only) uses load-operation.eager.ts instead (tsup.config.ts).
 */
import { operationGroups } from "../../generated/operation-groups.ts";
import { operationGroup, type OperationFacts } from "./operation-facts.ts";
import type { OperationValidation } from "./operation-validation.ts";

/** By label (`PATCH /path`); `null`: the spec has no such operation. Filled on first use. */
const known: Record<string, OperationFacts | null | undefined> = { __proto__: null } as never;
const validation: Record<string, OperationValidation | undefined> = { __proto__: null } as never;

/** The operation's facts if its group is loaded, `null` if the spec lacks it, `undefined` if not loaded yet. */
export function knownOperation(label: string): OperationFacts | null | undefined {
  return known[label];
}

/** Loads the operation's group and returns its facts; `null` for an operation the spec does not have. */
export async function loadOperation(label: string): Promise<OperationFacts | null> {
  const { operations } = await operationGroups[operationGroup(label, operationGroups.length)]!();
  return (known[label] = operations[label] ?? null);
}

/** The operation's validators and the request checks, if loaded. */
export function loadedValidation(label: string): OperationValidation | undefined {
  return validation[label];
}

/** Loads the operation's validators (none for an operation the spec does not have) and the request checks. */
export async function loadValidation(label: string, facts: OperationFacts | null): Promise<OperationValidation> {
  const [module, checks] = await Promise.all([facts?.load(), import("./request-issues.ts")]);
  return (validation[label] = { validators: module?.validators, checks });
}
