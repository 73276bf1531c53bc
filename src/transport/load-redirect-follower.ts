/**
 * Loads the redirect follower (redirect-follower.ts) on a call's first redirect: a separate chunk in the ESM build,
 * as most calls get no redirect. A failed load rejects, and the next redirect loads again. The CJS build (Node only,
 * nothing to fetch) uses load-redirect-follower.eager.ts instead (tsup.config.ts).
 */
export const loadRedirectFollower = (): Promise<typeof import("./redirect-follower.ts")> =>
  import("./redirect-follower.ts");
