/** The CJS build's stand-in for load-retries.ts (tsup.config.ts): the retries loaded with the rest of the package. */
import * as withRetries from "./with-retries.ts";

export const loadRetries = (): Promise<typeof withRetries> => Promise.resolve(withRetries);
