/**
 * What the client needs of each operation at call time, loaded on the operation's first call: the spec's operations
 * are spread over a fixed number of group chunks (generated/operation-groups.ts) by a hash of their label, so that
 * what an app loads up front does not grow with the spec. The generator (scripts/generate/operation-groups.ts) and
 * the client (load-operation.ts) use the same hash.
 */
import type { DateLocations } from "./date-values.ts";
import type { OperationModule } from "./validator-types.ts";

/** One operation, by its label (`PATCH /path`), in its group's module. */
export interface OperationFacts {
  /** The request body has a DataContract XML shape (the shape itself loads with the XML chunk). */
  xmlBody?: true;
  /** A 2xx answer has a DataContract XML schema: the client reads such an answer by it. */
  xmlResponse?: true;
  /** Where the request body holds `format: date-time` strings: a `Date` given there is sent as its toISOString(). */
  dates?: DateLocations;
  /** Where its path and query parameters are date-times (`{ query: { since: true } }`), as for `dates`. */
  parameterDates?: DateLocations;
  /** Loads the operation's validators (generated/validators/*.ts: a chunk of its own). */
  load: () => Promise<OperationModule>;
}

/** One group's module (generated/operation-groups/*.ts): its operations by label, with no inherited keys. */
export interface OperationGroupModule {
  operations: Readonly<Record<string, OperationFacts | undefined>>;
}

/** The group of an operation label among `groups`: FNV-1a over its UTF-16 code units. */
export function operationGroup(label: string, groups: number): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < label.length; i++) hash = Math.imul(hash ^ label.charCodeAt(i), 0x01000193);
  return (hash >>> 0) % groups;
}
