/**
 * Loads response-limit.ts's counting body (bounded-response.ts) on the first answer whose length is not what fetch
 * reads: a separate chunk in the ESM build. A failed load rejects, and the next such answer loads again. The CJS
 * build uses load-bounded-response.eager.ts instead (tsup.config.ts).
 */
export const loadBoundedResponse = (): Promise<typeof import("./bounded-response.ts")> =>
  import("./bounded-response.ts");
