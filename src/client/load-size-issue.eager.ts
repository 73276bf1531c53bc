/** The CJS build's stand-in for load-size-issue.ts (tsup.config.ts): loaded with the rest of the package. */
import * as sizeIssue from "./size-issue.ts";

export const loadSizeIssue = (): Promise<typeof sizeIssue> => Promise.resolve(sizeIssue);
