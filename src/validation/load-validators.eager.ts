/**
 * The CJS build's stand-in for load-validators.ts (tsup.config.ts): every operation's validators loaded with the
 * rest of the package, as in Node there is no chunk to fetch (and esbuild's CommonJS output would wrap each chunk
 * in a lazy initializer that never runs again once it has thrown).
 */
import { requestValidators } from "../../generated/validators.ts";
import type { OperationValidators } from "./validator-types.ts";

export function loadedValidators(path: string, method: string): OperationValidators | null {
  return requestValidators[path]?.[method] ?? null;
}

export const loadValidators = (path: string, method: string): Promise<OperationValidators | null> =>
  Promise.resolve(loadedValidators(path, method));
