// urlValueIssues on its own: which params it looks at, and how it names what it refuses. The messages and the
// reasons are shown end to end in url-parameters.e2e.test.ts, and against the framework in test/conformance.
import { describe, expect, it, vi } from "vitest";
import * as urlValues from "../../src/client/url-values.ts";
import * as unsendableText from "../../src/formats/unsendable-text.ts";

const { urlValueIssues } = urlValues;

describe("the URL checks' copies of the body writers' text patterns", () => {
  it("are the same patterns: a lone surrogate, and blank text as .NET counts whitespace", () => {
    expect(urlValues.loneSurrogate).toEqual(unsendableText.loneSurrogate);
    expect(urlValues.blank).toEqual(unsendableText.blank);
  });
});

describe("urlValueIssues", () => {
  it("finds nothing in params without text, or with none of the URL's", () => {
    expect(urlValueIssues(undefined)).toEqual([]);
    expect(urlValueIssues({ header: { "X-A": "" }, cookie: { a: "" } })).toEqual([]);
    const plain = { path: { id: 0 }, query: { page: 0, active: false, ids: [], none: null, gone: undefined } };
    expect(urlValueIssues(plain)).toEqual([]);
    expect(urlValueIssues({ path: null, query: "lastName=" })).toEqual([]);
    expect(urlValueIssues({ path: { name: "a b%.é~😀" }, query: { lastName: "a+b/c?d#e%41\t" } })).toEqual([]);
  });

  it("names each item of a collection by its index, a null item among them", () => {
    expect(urlValueIssues({ query: { tags: ["a", null, " "] }, path: { ids: ["x", "a+b"] } })).toEqual([
      { path: "params.path.ids.1", message: expect.stringContaining('holds "+"') },
      { path: "params.query.tags.1", message: "is null, which a URL cannot carry" },
      { path: "params.query.tags.2", message: expect.stringContaining("is empty or only whitespace") },
    ]);
  });

  it("refuses in a path what the query carries: +, dots only, a trailing space, %-escapes, plane 14 and up", () => {
    const inPath = (name: string) => urlValueIssues({ path: { name } });
    const inQuery = (name: string) => urlValueIssues({ query: { name } });
    for (const text of [
      "+",
      ".",
      "...",
      "a\n",
      "%7e",
      "a\u{e0041}",
      "a\u{1fffe}",
      "a\u{dffff}",
      "a\u{10fffd}",
      "%X\u{285b4}",
    ]) {
      expect(inPath(text)).toHaveLength(1);
      expect(inQuery(text)).toEqual([]);
    }
    for (const text of ["a.", "a\u000b", "%", "%7", "%X", "%\u{285b4}", "a\u{1fffd}", "a\u{dfffd}", "\u{1f600}"]) {
      expect(inPath(text)).toEqual([]);
    }
  });

  it("refuses a lone surrogate, a bidirectional control and whitespace only as .NET counts it, in both places", () => {
    for (const where of ["path", "query"]) {
      for (const text of ["", "\u3000", "\u0085", "\ud800", "a\udc00", "\u202e"]) {
        expect(urlValueIssues({ [where]: { name: text } })).toHaveLength(1);
      }
      for (const text of ["\u200b", "\ufeff", "\ud83d\ude00"]) {
        expect(urlValueIssues({ [where]: { name: text } })).toEqual([]);
      }
    }
  });
});

describe("urlValueIssues' words", () => {
  // The patterns are made when the module loads: a fresh copy of the module shows them.
  it("says why each refused value would not arrive, and passes what is one character short of it", async () => {
    vi.resetModules();
    const fresh = await import("../../src/client/url-values.ts");
    const why = (where: "path" | "query", text: string) =>
      fresh.urlValueIssues({ [where]: { name: text } }).map((issue) => issue.message);
    const segment = "which a path segment cannot carry to the server";
    const brokenEscape =
      "holds a % followed by a character and one beyond U+FFFF, on which the server's second decoding of a path fails";
    const blank = "is empty or only whitespace, which ASP.NET binds as null: leave the parameter out to send no value";
    const cases: [where: "path" | "query", text: string, message?: string][] = [
      ["path", "+", `holds "+", ${segment} (it arrives as a space); send it in the query or a body`],
      ["path", "a/b", `holds "/", ${segment} (it ends or splits the segment); send it in the query or a body`],
      ["path", "abc"],
      ["path", "%41", "holds a %-escape such as %41, which the server decodes a second time in a path"],
      ["path", "%4z"],
      ["path", "%X\u{285b4}", brokenEscape],
      ["path", "% \u{285b4}", brokenEscape],
      ["path", "..", "is only dots, which a URL resolves away"],
      ["path", "..a"],
      [
        "path",
        "a\u{e0000}",
        "holds a character of planes 14 to 16 or a noncharacter such as U+1FFFE, which the server garbles in a path",
      ],
      ["path", "a\uffff"],
      ["path", "a ", "ends in whitespace, which the server trims from a path segment"],
      ["query", "\ud800a", "holds a lone surrogate, which a URL cannot carry"],
      ["query", "a\udc00", "holds a lone surrogate, which a URL cannot carry"],
      ["query", "\ud83d\ude00"],
      ["query", "", blank],
      ["query", "  ", blank],
      [
        "query",
        "a\u202e",
        "holds a bidirectional control character (U+200E, U+200F, U+202A to U+202E), which the server drops from a URL",
      ],
    ];
    for (const [where, text, message] of cases) {
      expect(why(where, text), `${where} ${JSON.stringify(text)}`).toEqual(message === undefined ? [] : [message]);
    }
  });
});

describe("urlValueIssues with the call's own serializers", () => {
  it("leaves the part a call's pathSerializer or querySerializer writes to it", () => {
    const params = { path: { name: "a+b" }, query: { lastName: "" } };
    expect(urlValueIssues(params, { pathSerializer: () => "" }).map((issue) => issue.path)).toEqual([
      "params.query.lastName",
    ]);
    expect(urlValueIssues(params, { querySerializer: { allowReserved: true } }).map((issue) => issue.path)).toEqual([
      "params.path.name",
    ]);
  });
});
