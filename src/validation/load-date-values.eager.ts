/** The CJS build's stand-in for load-date-values.ts (tsup.config.ts): the Date conversion loaded with the rest. */
import * as dateValues from "./date-values.ts";

export const loadDateValues = (): Promise<typeof dateValues> => Promise.resolve(dateValues);
