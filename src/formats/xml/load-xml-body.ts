/**
 * Loads the client's XML format (xml-body.ts) on first use: a separate chunk in the ESM build, so that callers who
 * never send XML never load it. A failed load (a chunk the browser could not fetch) rejects, and the next call
 * loads again: the chunk's module runs nothing that can throw, so no half-evaluated module is left behind.
 * The CJS build (Node only, nothing to fetch) uses load-xml-body.eager.ts instead (tsup.config.ts).
 */
export const loadXmlBody = (): Promise<typeof import("./xml-body.ts")> => import("./xml-body.ts");
