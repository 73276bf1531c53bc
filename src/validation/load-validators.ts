/**
 * Each operation's validators, loaded on its first call: a chunk per operation in the ESM build
 * (generated/validator-loaders.ts), so that what an app loads up front does not grow with the spec. Once loaded,
 * `loadedValidators` answers without an await. A failed load (a chunk the browser could not fetch) rejects, and
 * the next call loads again. The CJS build (Node only) uses load-validators.eager.ts instead (tsup.config.ts).
 */
import { requestValidatorLoaders } from "../../generated/validator-loaders.ts";
import type { OperationValidators } from "./validator-types.ts";

/** By `method path`; `null`: the spec has no such operation. Filled on first use. */
const loaded: Record<string, OperationValidators | null | undefined> = { __proto__: null } as never;

/** The operation's validators if already loaded, `null` if the spec lacks it, `undefined` if not loaded yet. */
export function loadedValidators(path: string, method: string): OperationValidators | null | undefined {
  return loaded[`${method} ${path}`];
}

/** Loads the operation's validators (`method` in lower case); `null` for an operation the spec does not have. */
export async function loadValidators(path: string, method: string): Promise<OperationValidators | null> {
  const load = requestValidatorLoaders[path]?.[method];
  const validators = load ? (await load()).validators : null;
  loaded[`${method} ${path}`] = validators;
  return validators;
}
