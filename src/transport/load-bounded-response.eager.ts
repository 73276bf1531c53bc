/** The CJS build's stand-in for load-bounded-response.ts (tsup.config.ts): loaded with the rest of the package. */
import * as boundedResponse from "./bounded-response.ts";

export const loadBoundedResponse = (): Promise<typeof boundedResponse> => Promise.resolve(boundedResponse);
