import type { ResponseInfo, OperationInfo } from "../operation-info.ts";
import { operationLabel } from "../operation-info.ts";
import type { DataContracts } from "../model/body-model.ts";
import { sampleValue } from "../model/sample-value.ts";
import { valueIssues } from "../model/value-issues.ts";
import { writeDataContractXml } from "../formats/xml/write-data-contract-xml.ts";
import { MockAnswerError } from "./answers.ts";
import { problemReply } from "./problem.ts";

/** The success response the spec gives a body schema: `200`, another 2xx or `2XX`, the first the spec lists. */
export function successResponse(operation: OperationInfo): ResponseInfo | undefined {
  return operation.responses?.find((response) => /^2(?:\d\d|XX)$/i.test(response.status));
}

type Answer = { status: number; headers: Record<string, string>; body: string };

/**
 * The mock's own answer for an operation with a response schema: the spec's example, or else a value built from
 * the schema (src/model/sample-value.ts), as JSON, or as DataContract XML (an `ArrayOf…` root for a collection)
 * when `Accept` prefers an XML type, as Web API's content negotiation picks its formatter.
 */
export function modelAnswer(response: ResponseInfo, types: DataContracts, accept: string | undefined): Answer {
  const value = response.example !== undefined ? response.example : sampleValue(response.model, types);
  const status = /^\d+$/.test(response.status) ? Number(response.status) : 200;
  const xmlType = preferredXmlType(accept);
  if (xmlType === undefined) {
    return { status, headers: { "content-type": "application/json; charset=utf-8" }, body: JSON.stringify(value) };
  }
  const xml = writeDataContractXml(value, response.model, types);
  if (typeof xml !== "string") {
    const why = xml.map((issue) => `${issue.path} ${issue.message}`).join("; ");
    // A problem reply is never a drop.
    return problemReply(
      500,
      `The spec's example of this response cannot be written as DataContract XML: ${why}.`,
    ) as Answer;
  }
  return { status, headers: { "content-type": `${xmlType}; charset=utf-8` }, body: xml };
}

const jsonTypes = ["application/json", "text/json"];
const xmlTypes = ["application/xml", "text/xml"];

/**
 * The XML media type `Accept` prefers, or undefined for JSON. Each type takes the highest quality of the ranges
 * that match it (`*\/*`, `text/*`, the type itself); JSON wins a tie, as Web API's JSON formatter comes first.
 */
function preferredXmlType(accept: string | undefined): string | undefined {
  if (accept === undefined) return undefined;
  const ranges = accept.split(",").map((part) => {
    const [range = "", ...parameters] = part.split(";").map((piece) => piece.trim().toLowerCase());
    const q = parameters.find((parameter) => parameter.startsWith("q="));
    return { range, quality: q === undefined ? 1 : Number(q.slice(2)) || 0 };
  });
  const quality = (type: string) =>
    Math.max(
      0,
      ...ranges
        .filter(({ range }) => range === type || range === "*/*" || range === `${type.split("/")[0]}/*`)
        .map((entry) => entry.quality),
    );
  const bestJson = Math.max(...jsonTypes.map(quality));
  const [bestXml] = xmlTypes.map((type) => ({ type, quality: quality(type) })).sort((a, b) => b.quality - a.quality);
  return bestXml!.quality > bestJson ? bestXml!.type : undefined;
}

/** The response of `operation` a status answers with: its own code, else its range (`2XX`), else `default`. */
function responseFor(operation: OperationInfo, status: number): ResponseInfo | undefined {
  const keys = [String(status), `${String(status)[0]}xx`, "default"];
  for (const key of keys) {
    const found = operation.responses?.find((response) => response.status.toLowerCase() === key);
    if (found) return found;
  }
  return undefined;
}

/**
 * Holds a scripted answer's body to the response schema the spec gives for its status, so that a test cannot
 * script an answer the real server would never send. A string body is sent as it is, unchecked (for answers that
 * must be malformed on purpose); so is any body of a status the spec gives no schema for.
 */
export function checkAnswerBody(body: unknown, status: number, operation: OperationInfo): void {
  if (body === undefined || typeof body === "string") return;
  const response = responseFor(operation, status);
  if (!response) return;
  const issues = valueIssues(body, response.model, operation.types, "answer.body");
  if (issues.length === 0) return;
  throw new MockAnswerError(
    `answer.body does not match the ${response.status} response schema of ${operationLabel(operation)}: ` +
      `${issues.map((issue) => `${issue.path} ${issue.message}`).join("; ")} ` +
      `(send a string body to answer something the spec does not allow)`,
  );
}
