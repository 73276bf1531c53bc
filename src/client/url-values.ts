/**
 * Path and query values that would not arrive at ASP.NET Web API as sent. openapi-fetch writes each one with
 * encodeURIComponent (a collection in the query as `ids=1&ids=2`); what the framework binds from that was measured
 * on Mono for every code point up to U+30FF (test/conformance/url-parameters.test.ts keeps the cases). Only strings
 * can go wrong: numbers and booleans are written as JavaScript prints them, which .NET reads back exactly.
 */
import type { ValidationIssue } from "../errors.ts";

// Copies of unsendable-text.ts's patterns (test/client/url-values.test.ts holds them equal): importing that module,
// which the entry chunk carries for JSON, would make it a chunk of its own that every page fetches (bench/bundle.ts).
export const loneSurrogate = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
export const blank = /^[\t-\r \u0085\u00a0\u1680\u180e\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]*$/;
/** Mono's URL parsing drops these bidirectional controls (LRM, RLM, LRE, RLE, PDF, LRO, RLO), in a path or query. */
const bidiControl = /[\u200e\u200f\u202a-\u202e]/;
/** In a path segment: `+` arrives as a space, `?` and `#` end the path, `/` and `\` split it into two segments. */
const pathBreaker = /[+?#/\\]/;
/** The path is decoded twice, so an escape in the value (`%41`) arrives decoded (`A`). */
const percentEscape = /%[0-9a-f]{2}/i;
/** Mono's second decoding of a path drops the connection on a `%`, one character and then one beyond U+FFFF. */
const brokenEscape = /%[\s\S][\u{10000}-\u{10ffff}]/u;
/** In a path, Mono adds a U+FFFD after a character of planes 14 to 16 or a noncharacter that ends planes 1 to 13. */
function garbledInPath(text: string): boolean {
  for (const char of text) {
    const code = char.codePointAt(0)!;
    if (code >= 0xe0000 || (code > 0xffff && (code & 0xfffe) === 0xfffe)) return true;
  }
  return false;
}

/** Why `text` in a query would not arrive as sent; undefined when it would. */
function queryTextProblem(text: string): string | undefined {
  if (loneSurrogate.test(text)) return "holds a lone surrogate, which a URL cannot carry";
  if (blank.test(text)) {
    return "is empty or only whitespace, which ASP.NET binds as null: leave the parameter out to send no value";
  }
  if (bidiControl.test(text)) {
    return "holds a bidirectional control character (U+200E, U+200F, U+202A to U+202E), which the server drops from a URL";
  }
  return undefined;
}

/** Why `text` as a path segment would not arrive as sent; undefined when it would. */
function pathTextProblem(text: string): string | undefined {
  const breaker = pathBreaker.exec(text)?.[0];
  if (breaker !== undefined) {
    return `holds ${JSON.stringify(breaker)}, which a path segment cannot carry to the server (${breaker === "+" ? "it arrives as a space" : "it ends or splits the segment"}); send it in the query or a body`;
  }
  if (percentEscape.test(text)) return "holds a %-escape such as %41, which the server decodes a second time in a path";
  if (brokenEscape.test(text)) {
    return "holds a % followed by a character and one beyond U+FFFF, on which the server's second decoding of a path fails";
  }
  if (/^\.+$/.test(text)) return "is only dots, which a URL resolves away";
  if (garbledInPath(text)) {
    return "holds a character of planes 14 to 16 or a noncharacter such as U+1FFFE, which the server garbles in a path";
  }
  if (/[\t\n\r ]$/.test(text) && !blank.test(text))
    return "ends in whitespace, which the server trims from a path segment";
  return queryTextProblem(text);
}

/**
 * An issue for each value of `params.path` and `params.query` that would not arrive as sent, at its path
 * (`params.query.lastName`, `params.query.tags.1`): text as above, and a `null` item of a collection, which
 * openapi-fetch would write as the text `null`. An empty collection is fine: nothing is written, and Web API binds an
 * empty list. A part the call gives its own `pathSerializer` or `querySerializer` for is its writer's business.
 */
export function urlValueIssues(
  params: unknown,
  serializers: { pathSerializer?: unknown; querySerializer?: unknown } = {},
): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const { path, query } = (params ?? {}) as { path?: unknown; query?: unknown };
  for (const [where, values, problem, own] of [
    ["path", path, pathTextProblem, serializers.pathSerializer],
    ["query", query, queryTextProblem, serializers.querySerializer],
  ] as const) {
    if (own !== undefined || values === null || typeof values !== "object") continue;
    for (const [name, value] of Object.entries(values)) {
      const at = `params.${where}.${name}`;
      if (!Array.isArray(value)) {
        check(value, at, problem, issues);
        continue;
      }
      value.forEach((item: unknown, index) => {
        if (item === null) issues.push({ path: `${at}.${index}`, message: "is null, which a URL cannot carry" });
        else check(item, `${at}.${index}`, problem, issues);
      });
    }
  }
  return issues;
}

function check(value: unknown, path: string, problem: (text: string) => string | undefined, issues: ValidationIssue[]) {
  if (typeof value !== "string") return;
  const message = problem(value);
  if (message !== undefined) issues.push({ path, message });
}
