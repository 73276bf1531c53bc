import type { ValidationIssue } from "../errors.ts";
import { jsonTextProblem, textIssues } from "./unsendable-text.ts";

/**
 * The body as JSON, or the issues that keep it from arriving as sent: a lone surrogate (Json.NET reads the
 * `\ud800` that JSON.stringify writes as U+FFFD), or a value JSON.stringify cannot write (a BigInt, a cycle).
 * JSON.stringify writes a lone surrogate, and only that, as a `\ud800`-style escape (a pair it writes as it is), so
 * only a body whose text holds `\ud` is walked field by field to name it: the others pay for one search.
 */
export function serializeJson(body: unknown): string | ValidationIssue[] {
  // JSON.stringify writes a function or a symbol (a body with validate: false) as no text: it would be sent as no body.
  let problem = "it is a function or a symbol";
  let written: string | undefined;
  try {
    written = JSON.stringify(body);
  } catch (error) {
    problem = (error as Error).message;
  }
  const issues = written?.includes("\\ud") === false ? [] : textIssues(body, jsonTextProblem);
  return issues.length > 0 ? issues : (written ?? [{ path: "body", message: `cannot be written as JSON: ${problem}` }]);
}
