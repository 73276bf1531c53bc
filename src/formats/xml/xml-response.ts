/**
 * The client's XML response reader, loaded on the first XML answer of an operation whose response the spec gives
 * a schema (send.ts): the operations' body models and the XML parser come with it, so neither the entry chunk nor
 * a client that never gets XML carries them.
 */
import { operations } from "../../../generated/operations.ts";
import type { CaliberResponseParseError } from "../../errors.ts";
import { operationLabel, type OperationInfo, type ResponseInfo } from "../../operation-info.ts";
import type { ParsedBody } from "../parse-body.ts";
import { parseDataContractXml } from "./parse-data-contract-xml.ts";

let byLabel: Map<string, OperationInfo> | undefined;

/** The response the spec documents for `status`: its own code, else its range (`2XX`), else `default`. */
function responseFor(operation: OperationInfo, status: number): ResponseInfo | undefined {
  const responses = operation.responses ?? [];
  return (
    responses.find((r) => r.status === String(status)) ??
    responses.find((r) => r.status.toUpperCase() === `${String(status)[0]}XX`) ??
    responses.find((r) => r.status === "default")
  );
}

/** What the reader needs of the entry chunk, passed in (as RedirectRules is) so this chunk imports none of it. */
export interface XmlAnswerRules {
  ResponseParseError: typeof CaliberResponseParseError;
  /** How much of the answer's text the error keeps. */
  maxErrorBodyChars: number;
}

/**
 * A DataContract XML answer of `operation` (`GET /path`) read by its response's body model (`ArrayOf…` roots
 * included), or undefined where the spec gives that status no schema. XML that does not match the schema's shape
 * is a CaliberResponseParseError naming each issue.
 */
export function readXmlResponse(
  text: string,
  operation: string,
  status: number,
  { ResponseParseError, maxErrorBodyChars }: XmlAnswerRules,
): ParsedBody | undefined {
  byLabel ??= new Map(operations.map((info) => [operationLabel(info), info]));
  const info = byLabel.get(operation);
  const response = info && responseFor(info, status);
  const parsed = response && parseDataContractXml(text, response.model, info.types);
  if (parsed !== undefined && parsed.issues.length > 0) {
    const reason = new Error(parsed.issues.map((issue) => `${issue.path} ${issue.message}`).join("; "));
    throw new ResponseParseError(operation, status, text.slice(0, maxErrorBodyChars), reason, "DataContract XML");
  }
  return parsed;
}
