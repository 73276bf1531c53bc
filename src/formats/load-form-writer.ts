/**
 * Loads the form format (form-urlencoded.ts) on first use: a separate chunk in the ESM build, so that callers who
 * never send a form never load it. A failed load (a chunk the browser could not fetch) rejects, and the next call
 * loads again: the chunk's module runs nothing that can throw, so no half-evaluated module is left behind.
 * The CJS build (Node only, nothing to fetch) uses load-form-writer.eager.ts instead (tsup.config.ts).
 */
export const loadFormWriter = (): Promise<typeof import("./form-urlencoded.ts")> => import("./form-urlencoded.ts");
