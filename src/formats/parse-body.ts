import { CaliberValidationError } from "../errors.ts";
import { operationLabel, type OperationInfo } from "../operation-info.ts";
import { parseDataContractXml } from "./xml/parse-data-contract-xml.ts";
import { parseFormUrlEncoded } from "./parse-form-urlencoded.ts";
import type { BodyFormat } from "./media-types.ts";

/** Reads a request body of any of the spec's formats back into the body object the validators check. */
export function parseBody(text: string, format: BodyFormat, operation: OperationInfo): unknown {
  switch (format) {
    case "json":
      try {
        return JSON.parse(text) as unknown;
      } catch (error) {
        throw new CaliberValidationError(operationLabel(operation), [
          { path: "body", message: `is not valid JSON: ${(error as Error).message}` },
        ]);
      }
    case "xml":
      return parseDataContractXml(text, operation);
    case "form":
      return parseFormUrlEncoded(text, operation);
  }
}
