/** The CJS build's stand-in for load-redirect-follower.ts (tsup.config.ts): the follower loaded with the rest. */
import * as redirectFollower from "./redirect-follower.ts";

export const loadRedirectFollower = (): Promise<typeof redirectFollower> => Promise.resolve(redirectFollower);
