/**
 * Loads the URL checks (url-values.ts) on the first call that has path or query parameters: a separate chunk in the
 * ESM build, so that what an app loads up front stays small. A failed load rejects, and the next call loads again.
 * The CJS build uses load-url-values.eager.ts instead (tsup.config.ts).
 */
export const loadUrlValues = (): Promise<typeof import("./url-values.ts")> => import("./url-values.ts");
