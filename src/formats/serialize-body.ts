import { CaliberNetworkError, CaliberValidationError, type ValidationIssue } from "../errors.ts";
import { serializeJson } from "./json.ts";
import { loadFormWriter } from "./load-form-writer.ts";
import { bodyFormatOf } from "./media-types.ts";
import { formTextIssues } from "./unsendable-text.ts";
import { loadXmlBody } from "./xml/load-xml-body.ts";

type XmlBody = typeof import("./xml/xml-body.ts");
type FormWriter = typeof import("./form-urlencoded.ts");

/**
 * The XML and form formats, each loaded on first use, so that callers who never send XML never load the XML
 * library, and callers who never send a form never load the form writer. JSON is always there.
 */
let xmlBody: XmlBody | undefined;
let formWriter: FormWriter | undefined;

/**
 * Loads the body's format when a call will need it and it is not loaded yet; `undefined` when nothing is to load,
 * so that the common case costs no await. The Content-Type is asked for only while a format is still to load.
 * `hasXmlBody`: the spec gives the operation's body an XML shape (generated/body-formats.ts). A chunk that cannot
 * be fetched (a browser offline) rejects with a CaliberNetworkError naming `operation`: nothing was sent yet.
 */
export function loadBodyFormat(
  hasXmlBody: boolean | undefined,
  contentType: () => string | undefined,
  operation: string,
): Promise<void> | undefined {
  if (formWriter !== undefined && (xmlBody !== undefined || !hasXmlBody)) return undefined;
  const type = contentType();
  const format = type === undefined ? undefined : bodyFormatOf(type);
  if (format === "form" && formWriter === undefined) {
    return loaded(loadFormWriter(), "form", operation).then((module) => {
      formWriter = module;
    });
  }
  if (format !== "xml" || xmlBody !== undefined || !hasXmlBody) return undefined;
  return loaded(loadXmlBody(), "XML", operation).then((module) => {
    xmlBody = module;
  });
}

const loaded = <Module>(loading: Promise<Module>, format: string, operation: string): Promise<Module> =>
  loading.catch((error: unknown) => {
    throw new CaliberNetworkError(operation, error, `the ${format} format could not be loaded, so nothing was sent`);
  });

/**
 * The one place a request body is written, in the format its Content-Type names: XML, form, or else JSON (as
 * openapi-fetch writes any other type; `validate: true` has refused types the spec does not list by then).
 * It runs after validation, as openapi-fetch's `bodySerializer`. `operation` (`PATCH /path`) is what errors
 * name; XML (which also needs `hasXmlBody`) and form need `loadBodyFormat` first; XML takes the operation's shape
 * from the XML chunk.
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
  else if (format === "form")
    written = formWriter?.serializeFormUrlEncoded(body as Record<string, unknown>, formTextIssues);
  else if (hasXmlBody && xmlBody) {
    written = xmlBody.serializeXmlBody(body as Record<string, unknown>, operation);
  }
  if (typeof written === "string") return written;
  if (written) throw new CaliberValidationError(operation, written);
  const reason =
    hasXmlBody || format === "form"
      ? "needs loadBodyFormat() first"
      : "has no XML shape in the spec for this operation";
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
