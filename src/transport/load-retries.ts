/**
 * Loads the retries (with-retries.ts) on the first call of a client made with `retry`: a separate chunk in the ESM
 * build, so that clients without retries (the default) never load it. A failed load rejects, and the next call
 * loads again. The CJS build (Node only, nothing to fetch) uses load-retries.eager.ts instead (tsup.config.ts).
 */
export const loadRetries = (): Promise<typeof import("./with-retries.ts")> => import("./with-retries.ts");
