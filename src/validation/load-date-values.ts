/**
 * Loads the Date conversion (date-values.ts) on the first call whose body may hold a date-time (its operation's
 * `dates`): a separate chunk in the ESM build, so that apps whose calls have none never load it. A failed load
 * rejects, and the next call loads again. The CJS build uses load-date-values.eager.ts instead (tsup.config.ts).
 */
export const loadDateValues = (): Promise<typeof import("./date-values.ts")> => import("./date-values.ts");
