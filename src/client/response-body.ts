import { CaliberResponseParseError } from "../errors.ts";
import { maxErrorBodyChars } from "./http-error.ts";
import { isJsonMediaType } from "../formats/media-types.ts";

/**
 * The `data` of a 2xx answer, from its text (openapi-fetch reads it with `parseAs: "text"`, so a malformed body
 * becomes a named error here instead of a bare SyntaxError there). JSON, or no Content-Type, is parsed; any
 * other Content-Type (the spec documents the response as any media type) comes back as text. An empty body
 * (204, Content-Length 0, or no bytes) is `undefined`.
 */
export function parseResponseData(text: string | undefined, response: Response, operation: string): unknown {
  if (text === undefined || text === "") return undefined;
  const contentType = response.headers.get("content-type");
  if (contentType !== null && !isJsonMediaType(contentType)) return text;
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new CaliberResponseParseError(operation, response.status, text.slice(0, maxErrorBodyChars), error);
  }
}
