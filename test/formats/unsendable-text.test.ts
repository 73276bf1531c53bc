// Text a body format cannot carry to ASP.NET Web API, found in the body before it is written.
import { describe, expect, it, vi } from "vitest";
import { formTextProblem, jsonTextProblem, textIssues } from "../../src/formats/unsendable-text.ts";

const loneSurrogate = "holds a lone surrogate, which ASP.NET would read as U+FFFD";
const blank = "is empty or only whitespace, which ASP.NET's form binder would read as null";

describe("unsendable text", () => {
  // The patterns are made when the module loads: a fresh copy of the module shows them.
  it("finds lone surrogates, not pairs, and blank text as .NET counts whitespace", async () => {
    vi.resetModules();
    const fresh = await import("../../src/formats/unsendable-text.ts");
    const json = ["😀", "a\udc00", "\udc00", "\ud800x", "\ud800", "a"].map(fresh.jsonTextProblem);
    expect(json).toEqual([undefined, loneSurrogate, loneSurrogate, loneSurrogate, loneSurrogate, undefined]);
    const form = ["", " ", " \t\u00a0\u3000", "a", " a ", "a ", "\u200b", "a\udc00"].map(fresh.formTextProblem);
    expect(form).toEqual([blank, blank, blank, undefined, undefined, undefined, undefined, loneSurrogate]);
  });

  it("looks at the body itself and inside objects and arrays, at any depth, naming each field", () => {
    expect(textIssues(null, formTextProblem)).toEqual([]);
    expect(textIssues("x", formTextProblem)).toEqual([]);
    expect(textIssues(" ", formTextProblem)).toEqual([{ path: "body", message: blank }]);
    expect(textIssues("\ud800", jsonTextProblem)).toEqual([{ path: "body", message: loneSurrogate }]);
    expect(textIssues({ a: [{ b: " " }], c: "x" }, formTextProblem)).toEqual([{ path: "body.a.0.b", message: blank }]);
  });

  it("follows no cycle, and still looks at a container met twice", () => {
    const shared = { b: " " };
    const cyclic: Record<string, unknown> = { shared, again: shared };
    cyclic.self = cyclic;
    expect(textIssues(cyclic, formTextProblem)).toEqual([
      { path: "body.shared.b", message: blank },
      { path: "body.again.b", message: blank },
    ]);
  });
});
