import type { ValidationIssue } from "../errors.ts";

/**
 * What request-size.ts refuses a body for, named by its field: loaded only then (load-size-issue.ts), as most
 * bodies are far within the limits.
 */
/** The issue, found by a second walk that keeps paths: the first value nested too deep, or the largest value. */
export function issueOf(
  body: unknown,
  maxBytes: number,
  maxDepth: number,
  walk: { tooDeep: boolean },
): ValidationIssue {
  let found: { path: string; size: number } = { path: "body", size: 0 };
  const segments = ["body"];
  const visit = (value: unknown, depth: number): boolean => {
    if (typeof value === "string" || ArrayBuffer.isView(value)) {
      const size = typeof value === "string" ? value.length : value.byteLength;
      if (size > found.size) found = { path: segments.join("."), size };
      return false;
    }
    if (typeof value !== "object" || value === null) return false;
    if (depth > maxDepth) {
      // Never deeper than the first walk went: a body over the size limit may also hold a cycle.
      if (walk.tooDeep) found = { path: segments.join("."), size: 0 };
      return walk.tooDeep;
    }
    for (const key of Array.isArray(value) ? value.keys() : Object.keys(value)) {
      segments.push(String(key));
      const stop = visit((value as Record<string, unknown>)[key], depth + 1);
      segments.pop();
      if (stop) return true;
    }
    return false;
  };
  visit(body, 1);
  if (walk.tooDeep) {
    return { path: found.path, message: `is nested deeper than maxBodyDepth (${maxDepth}), or is part of a cycle` };
  }
  const message =
    found.size > maxBytes
      ? `is longer than maxRequestBytes (${maxBytes} bytes): ${found.size} characters`
      : `is the largest value of a body of more than maxRequestBytes (${maxBytes} bytes) once written`;
  return { path: found.path, message };
}
