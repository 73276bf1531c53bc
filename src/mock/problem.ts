import type { ValidationIssue } from "../errors.ts";
import type { MockReply } from "./reply.ts";

/**
 * An RFC 9457 problem document. `issues` lists the problems found (the first `maxListedIssues`), each with its
 * path and message; `moreIssues` counts those left out.
 */
export interface Problem {
  type: "about:blank";
  title: string;
  status: number;
  detail: string;
  issues?: ValidationIssue[];
  moreIssues?: number;
}

/** The most issues a problem lists: a body with 100,000 unknown fields must not get a 10 MB answer. */
export const maxListedIssues = 20;

/** The titles of the statuses the mock answers with on its own (node:http's STATUS_CODES is not in browsers). */
const titles: Record<number, string> = {
  400: "Bad Request",
  403: "Forbidden",
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
    ...(extra.issues ? { issues: extra.issues.slice(0, maxListedIssues) } : {}),
    ...(extra.issues && extra.issues.length > maxListedIssues
      ? { moreIssues: extra.issues.length - maxListedIssues }
      : {}),
  };
  return {
    status,
    headers: { "content-type": "application/problem+json", ...extra.headers },
    body: JSON.stringify(problem),
    delayMs: 0,
  };
}

/** The first `maxListedIssues` issues as a sentence ("body.X must be …; body.Y …"), and how many more there are. */
export function describeIssues(issues: readonly ValidationIssue[]): string {
  const listed = issues.slice(0, maxListedIssues).map((issue) => `${issue.path} ${issue.message}`);
  const more = issues.length - listed.length;
  return listed.join("; ") + (more > 0 ? `; and ${more} more` : "");
}
