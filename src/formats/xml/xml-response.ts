/**
 * The client's XML response reader, loaded on the first XML answer of an operation whose response the spec gives
 * a schema (send.ts): the operations' body models and the XML parser come with it, so neither the entry chunk nor
 * a client that never gets XML carries them.
 */
import { operations } from "../../../generated/operations.ts";
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

/**
 * A DataContract XML answer of `operation` (`GET /path`) read by its response's body model (`ArrayOf…` roots
 * included), or undefined where the spec gives that status no schema.
 */
export function readXmlResponse(text: string, operation: string, status: number): ParsedBody | undefined {
  byLabel ??= new Map(operations.map((info) => [operationLabel(info), info]));
  const info = byLabel.get(operation);
  const response = info && responseFor(info, status);
  return response && parseDataContractXml(text, response.model, info.types);
}
