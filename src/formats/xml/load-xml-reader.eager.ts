/** The CJS build's stand-in for load-xml-reader.ts (tsup.config.ts): the XML reader loaded with the package. */
import * as xmlResponse from "./xml-response.ts";

export const loadXmlReader = (): Promise<typeof xmlResponse> => Promise.resolve(xmlResponse);
