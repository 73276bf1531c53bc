import type { HeadersOptions } from "openapi-fetch";
import type { ValidationIssue } from "../errors.ts";

// The Fetch standard's rules, which fetch enforces with a TypeError that names neither the header nor the call.
const headerName = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;
// What a value can carry on the wire: Latin-1 text (fetch's ByteString) with no control character but a tab.
// `Headers` itself lets \u0001 through; undici's dispatcher then fails the request as if the network had.
const unsendableInValue = /[^\t\x20-\x7e\x80-\xff]/;
const valueMessage =
  "is not a valid header value: it holds a line break, NUL, another control character or a character beyond U+00FF";

/**
 * What is wrong with the headers about to be sent, each issue at `where.Name`. A value is never repeated in a
 * message: it may be a token. A `Headers` object has valid names (it refuses others) but is checked for values.
 */
export function headerIssues(headers: HeadersOptions | undefined, where: string): ValidationIssue[] {
  if (!headers) return [];
  const issues: ValidationIssue[] = [];
  const check = (value: unknown, name: string): void => {
    if (!headerName.test(name)) {
      issues.push({
        path: `${where}.${name}`,
        message: "is not a valid header name (letters, digits and !#$%&'*+.^_`|~-)",
      });
    } else if ([value].flat().some((part) => part != null && unsendableInValue.test(String(part)))) {
      issues.push({ path: `${where}.${name}`, message: valueMessage });
    }
  };
  if (headers instanceof Headers) headers.forEach(check);
  else for (const [name, value] of Object.entries(headers)) check(value, name);
  return issues;
}
