/**
 * Loads what names the field of a body over a request limit (size-issue.ts) on the first such body: a separate
 * chunk in the ESM build. A failed load rejects, and the next refusal loads again. The CJS build uses
 * load-size-issue.eager.ts instead (tsup.config.ts).
 */
export const loadSizeIssue = (): Promise<typeof import("./size-issue.ts")> => import("./size-issue.ts");
