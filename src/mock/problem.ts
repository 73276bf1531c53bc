import type { ValidationIssue } from "../errors.ts";
import type { MockReply } from "./reply.ts";

/** An RFC 9457 problem document. `issues` lists every problem found, each with its path and message. */
export interface Problem {
  type: "about:blank";
  title: string;
  status: number;
  detail: string;
  issues?: ValidationIssue[];
}

/** The titles of the statuses the mock answers with on its own (node:http's STATUS_CODES is not in browsers). */
const titles: Record<number, string> = {
  400: "Bad Request",
  404: "Not Found",
  405: "Method Not Allowed",
  413: "Payload Too Large",
  415: "Unsupported Media Type",
};

/** A problem document as the mock's reply. */
export function problemReply(
  status: number,
  detail: string,
  extra: { issues?: ValidationIssue[]; headers?: Record<string, string> } = {},
): MockReply {
  const problem: Problem = {
    type: "about:blank",
    title: titles[status] ?? "Error",
    status,
    detail,
    ...(extra.issues ? { issues: extra.issues } : {}),
  };
  return {
    status,
    headers: { "content-type": "application/problem+json", ...extra.headers },
    body: JSON.stringify(problem),
    delayMs: 0,
  };
}
