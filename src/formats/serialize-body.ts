import { CaliberValidationError, type ValidationIssue } from "../errors.ts";
import { serializeFormUrlEncoded } from "./form-urlencoded.ts";
import { serializeJson } from "./json.ts";
import { bodyFormatOf } from "./media-types.ts";
import { loadXmlBody } from "./xml/load-xml-body.ts";

type XmlBody = typeof import("./xml/xml-body.ts");

/** The XML format, loaded on first use so that callers who never send XML never load the XML library. */
let xmlBody: XmlBody | undefined;

/**
 * Loads the XML format when a call will need it and it is not loaded yet; `undefined` when nothing is to load, so
 * that the common case costs no await. The Content-Type is asked for only then. `hasXmlBody`: the spec gives the
 * operation's body an XML shape (generated/body-formats.ts).
 */
export function loadBodyFormat(
  hasXmlBody: boolean | undefined,
  contentType: () => string | undefined,
): Promise<void> | undefined {
  if (xmlBody !== undefined || !hasXmlBody) return undefined;
  const type = contentType();
  if (type === undefined || bodyFormatOf(type) !== "xml") return undefined;
  return loadXmlBody().then((module) => {
    xmlBody = module;
  });
}

/**
 * The one place a request body is written, in the format its Content-Type names (JSON when there is none).
 * It runs after validation, as openapi-fetch's `bodySerializer`. `operation` (`PATCH /path`) is what errors
 * name; XML needs `hasXmlBody` and `loadBodyFormat` first, and takes the operation's shape from the XML chunk.
 */
export function serializeBody(
  body: unknown,
  contentType: string | null | undefined,
  operation = "request",
  hasXmlBody = false,
): string {
  const format = contentType == null ? "json" : bodyFormatOf(contentType);
  let written: string | ValidationIssue[] | undefined;
  if (format === "json") written = serializeJson(body);
  else if (format === "form") written = serializeFormUrlEncoded(body as Record<string, unknown>);
  else if (format === "xml" && hasXmlBody && xmlBody) {
    written = xmlBody.serializeXmlBody(body as Record<string, unknown>, operation);
  }
  if (typeof written === "string") return written;
  if (written) throw new CaliberValidationError(operation, written);
  const reason =
    format === "xml"
      ? hasXmlBody
        ? "needs loadBodyFormat() first"
        : "has no XML shape in the spec for this operation"
      : "is not a body format this client writes (JSON, XML or form)";
  throw new CaliberValidationError(operation, [
    { path: "headers.Content-Type", message: `${JSON.stringify(contentType)} ${reason}` },
  ]);
}

/** openapi-fetch's `bodySerializer` for one operation: it is handed the merged headers of the call. */
export function createBodySerializer(
  operation?: string,
  hasXmlBody = false,
): (body: unknown, headers?: Headers) => string {
  return (body, headers) => serializeBody(body, headers?.get("content-type"), operation, hasXmlBody);
}
