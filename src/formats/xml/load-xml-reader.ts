/**
 * Loads the client's XML response reader (xml-response.ts) on first use: a separate chunk in the ESM build. A
 * failed load rejects, and the next call loads again. The CJS build uses load-xml-reader.eager.ts (tsup.config.ts).
 */
export const loadXmlReader = (): Promise<typeof import("./xml-response.ts")> => import("./xml-response.ts");
