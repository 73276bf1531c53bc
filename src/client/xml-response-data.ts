import { CaliberNetworkError, CaliberResponseParseError } from "../errors.ts";
import { bodyFormatOf } from "../formats/media-types.ts";
import { loadXmlReader } from "../formats/xml/load-xml-reader.ts";
import { maxErrorBodyChars } from "./http-error.ts";
import type { CallResult } from "./response.ts";

const xmlAnswerRules = { ResponseParseError: CaliberResponseParseError, maxErrorBodyChars };

/**
 * A 2xx DataContract XML answer (read as text) as the value its response schema describes, read with the same body
 * model the mock writes it with, for an operation the spec gives an XML response schema (send.ts asks only for
 * those); undefined when the answer is not XML or its status has no schema, so that the JSON reading (response.ts)
 * applies and nothing changes. XML that does not match the schema's shape is a CaliberResponseParseError (thrown
 * by the reader, which loads with the XML parser).
 */
export async function xmlResponseData(result: CallResult, operation: string): Promise<CallResult | undefined> {
  const { response } = result;
  const text = result.data;
  if (!response.ok || typeof text !== "string" || text === "") return undefined;
  const contentType = response.headers.get("content-type");
  if (contentType === null || bodyFormatOf(contentType) !== "xml") return undefined;
  const reader = await loadXmlReader().catch((error: unknown) => {
    throw new CaliberNetworkError(operation, error, "the XML reader could not be loaded, so the answer was not read");
  });
  const parsed = reader.readXmlResponse(text, operation, response.status, xmlAnswerRules);
  return parsed && { data: parsed.body, response };
}
