import type { ResponseInfo, OperationInfo } from "../operation-info.ts";
import { operationLabel } from "../operation-info.ts";
import type { DataContracts } from "../model/body-model.ts";
import { sampleValue } from "../model/sample-value.ts";
import { valueIssues } from "../model/value-issues.ts";
import { MockAnswerError } from "./answers.ts";

/** The success response the spec gives a body schema: `200`, another 2xx or `2XX`, the first the spec lists. */
export function successResponse(operation: OperationInfo): ResponseInfo | undefined {
  return operation.responses?.find((response) => /^2(?:\d\d|XX)$/i.test(response.status));
}

/**
 * The mock's own answer for an operation with a response schema: the spec's example, or else a value built from
 * the schema (src/model/sample-value.ts), as JSON.
 */
export function modelAnswer(
  response: ResponseInfo,
  types: DataContracts,
): { status: number; headers: Record<string, string>; body: string } {
  const value = response.example !== undefined ? response.example : sampleValue(response.model, types);
  return {
    status: /^\d+$/.test(response.status) ? Number(response.status) : 200,
    headers: { "content-type": "application/json; charset=utf-8" },
    body: JSON.stringify(value),
  };
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
