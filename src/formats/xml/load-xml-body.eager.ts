/**
 * The CJS build's stand-in for load-xml-body.ts (tsup.config.ts): the XML format loaded with the rest of the
 * package. esbuild's CommonJS output would otherwise wrap the chunk in a lazy initializer that never runs again
 * once it has thrown, leaving a half-loaded module for every later call.
 */
import * as xmlBody from "./xml-body.ts";

export const loadXmlBody = (): Promise<typeof xmlBody> => Promise.resolve(xmlBody);
