import { CaliberValidationError } from "../errors.ts";
import type { OperationInfo } from "../operation-info.ts";
import { serializeFormUrlEncoded } from "./form-urlencoded.ts";
import { bodyFormatOf } from "./media-type.ts";

/** Loaded on first use, so that callers who never send XML never load the XML library. */
let dataContractXml: Promise<typeof import("./data-contract-xml.ts")> | undefined;

/**
 * Writes a body object in the format its Content-Type names. JSON stays synchronous (the common case);
 * XML returns a promise, since its serializer is loaded on first use.
 */
export function serializeBody(
  body: unknown,
  contentType: string | undefined,
  operation: OperationInfo | undefined,
): string | Promise<string> {
  const format = bodyFormatOf(contentType ?? "application/json");
  if (format === "json") return JSON.stringify(body);
  if (format === "form") return serializeFormUrlEncoded(body as Record<string, unknown>);
  if (format === "xml") {
    const shape = operation?.xmlBody;
    if (!shape) throw new CaliberValidationError([{ path: "body", message: `has no XML shape in the spec` }]);
    dataContractXml ??= import("./data-contract-xml.ts");
    return dataContractXml.then((xml) =>
      xml.serializeDataContractXml(body as Record<string, unknown>, shape, operation.bodyFields ?? {}),
    );
  }
  throw new CaliberValidationError([
    { path: "header.Content-Type", message: `${JSON.stringify(contentType)} is not a body format this client writes` },
  ]);
}
