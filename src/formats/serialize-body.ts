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
 * The one place a request body is written, in the format its Content-Type names: XML, form, or else JSON (as
 * openapi-fetch writes any other type; `validate: true` has refused types the spec does not list by then).
 * It runs after validation, as openapi-fetch's `bodySerializer`. `operation` (`PATCH /path`) is what errors
 * name; XML needs `hasXmlBody` and `loadBodyFormat` first, and takes the operation's shape from the XML chunk.
 * A FormData goes to fetch as is (multipart, as in openapi-fetch); a URLSearchParams is a form's text.
 */
export function serializeBody(
  body: unknown,
  contentType: string | null | undefined,
  operation = "request",
  hasXmlBody = false,
): string | FormData {
  if (body instanceof FormData) return body;
  const format = contentType == null ? "json" : (bodyFormatOf(contentType) ?? "json");
  let written: string | ValidationIssue[] | undefined;
  if (body instanceof URLSearchParams) written = format === "form" ? body.toString() : [unlabelledForm];
  else if (format === "json") written = serializeJson(body);
  else if (format === "form") written = serializeFormUrlEncoded(body as Record<string, unknown>);
  else if (hasXmlBody && xmlBody) {
    written = xmlBody.serializeXmlBody(body as Record<string, unknown>, operation);
  }
  if (typeof written === "string") return written;
  if (written) throw new CaliberValidationError(operation, written);
  const reason = hasXmlBody ? "needs loadBodyFormat() first" : "has no XML shape in the spec for this operation";
  throw new CaliberValidationError(operation, [
    { path: "headers.Content-Type", message: `${JSON.stringify(contentType)} ${reason}` },
  ]);
}

/** openapi-fetch would write a URLSearchParams under its default JSON Content-Type as `{}`. */
const unlabelledForm: ValidationIssue = {
  path: "body",
  message:
    "is a URLSearchParams, which only a form carries: set Content-Type: application/x-www-form-urlencoded " +
    "(as JSON it would be sent as {})",
};

/** openapi-fetch's `bodySerializer` for one operation: it is handed the merged headers of the call. */
export function createBodySerializer(
  operation?: string,
  hasXmlBody = false,
): (body: unknown, headers?: Headers) => string | FormData {
  return (body, headers) => serializeBody(body, headers?.get("content-type"), operation, hasXmlBody);
}
