/**
 * The CJS build's stand-in for load-form-writer.ts (tsup.config.ts): the form format loaded with the rest of the
 * package, as load-xml-body.eager.ts does for XML.
 */
import * as formWriter from "./form-urlencoded.ts";

export const loadFormWriter = (): Promise<typeof formWriter> => Promise.resolve(formWriter);
