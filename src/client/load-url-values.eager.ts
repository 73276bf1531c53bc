/** The CJS build's stand-in for load-url-values.ts (tsup.config.ts): the URL checks loaded with the rest. */
import * as urlValues from "./url-values.ts";

export const loadUrlValues = (): Promise<typeof urlValues> => Promise.resolve(urlValues);
