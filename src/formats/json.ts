import type { ValidationIssue } from "../errors.ts";
import { jsonTextProblem, textIssues } from "./unsendable-text.ts";

/**
 * The body as JSON, or the issues that keep it from arriving as sent: a lone surrogate (Json.NET reads the
 * `\ud800` that JSON.stringify writes as U+FFFD), or a value JSON.stringify cannot write (a BigInt, a cycle).
 */
export function serializeJson(body: unknown): string | ValidationIssue[] {
  const issues = textIssues(body, jsonTextProblem);
  if (issues.length > 0) return issues;
  try {
    return JSON.stringify(body);
  } catch (error) {
    return [{ path: "body", message: `cannot be written as JSON: ${(error as Error).message}` }];
  }
}
