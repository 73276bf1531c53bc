import type { HeadersOptions } from "openapi-fetch";
import type { ValidationIssue } from "../errors.ts";

// The Fetch standard's rules, which fetch enforces with a TypeError that names neither the header nor the call.
const headerName = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;
const forbiddenInValue = /[\0\r\n]/;

/**
 * What is wrong with the headers about to be sent, each issue at `where.Name`. A value is never repeated in a
 * message: it may be a token. Headers given as a `Headers` object were checked when it was filled.
 */
export function headerIssues(headers: HeadersOptions | undefined, where: string): ValidationIssue[] {
  if (!headers || headers instanceof Headers) return [];
  const issues: ValidationIssue[] = [];
  for (const [name, value] of Object.entries(headers)) {
    if (!headerName.test(name)) {
      issues.push({
        path: `${where}.${name}`,
        message: "is not a valid header name (letters, digits and !#$%&'*+.^_`|~-)",
      });
    } else if ([value].flat().some((part) => part != null && forbiddenInValue.test(String(part)))) {
      issues.push({ path: `${where}.${name}`, message: "is not a valid header value: it holds a line break or NUL" });
    }
  }
  return issues;
}
