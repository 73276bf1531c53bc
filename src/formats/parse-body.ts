import { CaliberValidationError } from "../errors.ts";
import type { OperationInfo } from "../operation-info.ts";
import { parseDataContractXml } from "./data-contract-xml.ts";
import { parseFormUrlEncoded } from "./form-urlencoded.ts";
import type { BodyFormat } from "./media-type.ts";

/** Reads a request body of any of the spec's formats back into the body object the validators check. */
export function parseBody(text: string, format: BodyFormat, operation: OperationInfo): unknown {
  const fields = operation.bodyFields ?? {};
  switch (format) {
    case "json":
      try {
        return JSON.parse(text) as unknown;
      } catch (error) {
        throw new CaliberValidationError([{ path: "body", message: `is not valid JSON: ${(error as Error).message}` }]);
      }
    case "xml":
      if (!operation.xmlBody)
        throw new CaliberValidationError([{ path: "body", message: "has no XML shape in the spec" }]);
      return parseDataContractXml(text, operation.xmlBody, fields);
    case "form":
      return parseFormUrlEncoded(text, fields);
  }
}
