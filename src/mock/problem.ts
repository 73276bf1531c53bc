import type { ServerResponse } from "node:http";
import { STATUS_CODES } from "node:http";
import type { ValidationIssue } from "../errors.ts";

/** An RFC 9457 problem document. `issues` lists every problem found, each with its path and message. */
export interface Problem {
  type: "about:blank";
  title: string;
  status: number;
  detail: string;
  issues?: ValidationIssue[];
}

export function sendProblem(
  response: ServerResponse,
  status: number,
  detail: string,
  extra: { issues?: ValidationIssue[]; headers?: Record<string, string> } = {},
): Problem {
  const problem: Problem = {
    type: "about:blank",
    title: STATUS_CODES[status] ?? "Error",
    status,
    detail,
    ...(extra.issues ? { issues: extra.issues } : {}),
  };
  response.writeHead(status, { "content-type": "application/problem+json", ...extra.headers });
  response.end(JSON.stringify(problem));
  return problem;
}
