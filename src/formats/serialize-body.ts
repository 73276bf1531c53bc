import { CaliberValidationError } from "../errors.ts";
import { operationLabel, type OperationInfo } from "../operation-info.ts";
import { serializeFormUrlEncoded } from "./form-urlencoded.ts";
import { bodyFormatOf } from "./media-types.ts";

type DataContractXml = typeof import("./data-contract-xml.ts");

/** The XML format, loaded on first use so that callers who never send XML never load the XML library. */
let dataContractXml: DataContractXml | undefined;

/**
 * Loads the XML format when a call will need it and it is not loaded yet; `undefined` when nothing is to load, so
 * that the common case costs no await. The Content-Type is asked for only then.
 */
export function loadBodyFormat(
  operation: OperationInfo | undefined,
  contentType: () => string | undefined,
): Promise<void> | undefined {
  if (dataContractXml !== undefined || !operation?.xmlBody) return undefined;
  const type = contentType();
  if (type === undefined || bodyFormatOf(type) !== "xml") return undefined;
  return import("./data-contract-xml.ts").then((module) => {
    dataContractXml = module;
  });
}

/**
 * The one place a request body is written, in the format its Content-Type names (JSON when there is none).
 * It runs after validation, as openapi-fetch's `bodySerializer`. XML needs the operation's shape from the
 * spec (generated/operations.ts) and `loadBodyFormat` first.
 */
export function serializeBody(
  body: unknown,
  contentType: string | null | undefined,
  operation?: OperationInfo,
): string {
  const format = contentType == null ? "json" : bodyFormatOf(contentType);
  if (format === "json") return JSON.stringify(body);
  const label = operation ? operationLabel(operation) : "request";
  if (format === "form") return serializeFormUrlEncoded(body as Record<string, unknown>);
  if (format === "xml" && operation?.xmlBody && dataContractXml) {
    return dataContractXml.serializeDataContractXml(body as Record<string, unknown>, operation);
  }
  const reason =
    format === "xml"
      ? operation?.xmlBody
        ? "needs loadBodyFormat() first"
        : "has no XML shape in the spec for this operation"
      : "is not a body format this client writes (JSON, XML or form)";
  throw new CaliberValidationError(label, [
    { path: "headers.Content-Type", message: `${JSON.stringify(contentType)} ${reason}` },
  ]);
}

/** openapi-fetch's `bodySerializer` for one operation: it is handed the merged headers of the call. */
export function createBodySerializer(
  operation: OperationInfo | undefined,
): (body: unknown, headers?: Headers) => string {
  return (body, headers) => serializeBody(body, headers?.get("content-type"), operation);
}
