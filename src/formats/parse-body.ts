import type { ValidationIssue } from "../errors.ts";
import type { OperationInfo } from "../operation-info.ts";
import { parseFormUrlEncoded } from "./form-urlencoded.ts";
import type { BodyFormat } from "./media-types.ts";
import { parseDataContractXml } from "./xml/parse-data-contract-xml.ts";

/** A request body read back from its format: the body object, or (with no body) the issues that kept it from being read. */
export interface ParsedBody {
  body?: unknown;
  issues: ValidationIssue[];
}

/** Reads a request body of any of the spec's formats back into the body object the validators check. */
export function parseBody(text: string, format: BodyFormat, operation: OperationInfo): ParsedBody {
  switch (format) {
    case "json":
      try {
        return { body: JSON.parse(text) as unknown, issues: [] };
      } catch (error) {
        return { issues: [{ path: "body", message: `is not valid JSON: ${(error as Error).message}` }] };
      }
    case "xml":
      return parseDataContractXml(text, operation.requestBody, operation.types);
    case "form":
      return parseFormUrlEncoded(text, operation.requestBody, operation.types);
  }
}
