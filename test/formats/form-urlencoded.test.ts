// Form bodies written and read back, on hand-made data contracts rather than the spec's.
import { describe, expect, it } from "vitest";
import type { BodyModel, DataContracts } from "../../src/model/body-model.ts";
import { parseFormUrlEncoded, serializeFormUrlEncoded } from "../../src/formats/form-urlencoded.ts";
import { formTextIssues } from "../../src/formats/unsendable-text.ts";

const types: DataContracts = {
  Card: {
    name: "Card",
    members: [
      ["Code", { kind: "string" }],
      ["Count", { kind: "integer" }],
      ["Lines", { kind: "collection", items: { kind: "object", type: "Line" } }],
      ["Tags", { kind: "collection", items: { kind: "string" } }],
      ["Gone", { kind: "object", type: "NotInTypes" }],
    ],
  },
  Line: { name: "Line", members: [["Parts", { kind: "collection", items: { kind: "integer" } }]] },
};
const card: BodyModel = { kind: "object", type: "Card" };
const read = (form: string) => parseFormUrlEncoded(form, card, types);

describe("serializeFormUrlEncoded", () => {
  it("sends text as it is, even text that reads as a number in exponent form", () => {
    expect(serializeFormUrlEncoded({ Code: "1e-7", Count: 1e-7 }, formTextIssues)).toBe("Code=1e-7&Count=0.0000001");
  });

  it("refuses an undefined item of a collection as it refuses null, naming the item", () => {
    expect(serializeFormUrlEncoded({ Tags: ["a", undefined] }, formTextIssues)).toEqual([
      {
        path: "body.Tags.1",
        message: "is null, which a form cannot carry inside a collection (the binder stops at the gap)",
      },
    ]);
  });
});

describe("parseFormUrlEncoded", () => {
  it("reads an index of several digits as an index", () => {
    const form = Array.from({ length: 11 }, (_, index) => `Tags[${index}]=t${index}`).join("&");
    expect(read(form)).toEqual({ body: { Tags: Array.from({ length: 11 }, (_, index) => `t${index}`) }, issues: [] });
  });

  it("keeps a bracketed name that is not all digits as a name, under a key the model does not know", () => {
    expect(read("Extra[x1]=a&Extra[1x]=b")).toEqual({ body: { Extra: { x1: "a", "1x": "b" } }, issues: [] });
  });

  it("reads a member whose contract the types do not hold as text members", () => {
    expect(read("Gone.A=1")).toEqual({ body: { Gone: { A: "1" } }, issues: [] });
  });

  it("refuses a gap among the items of a collection inside an item, naming that collection", () => {
    expect(read("Lines[0].Parts[1]=2")).toEqual({
      issues: [
        {
          path: "body.Lines.0.Parts",
          message: "must have items numbered from 0 with no gaps, as the model binder reads them",
        },
      ],
    });
  });

  it("names an appended item that lands on an index given before it by its []", () => {
    expect(read("Tags[1]=a&Tags[]=b")).toEqual({
      issues: [{ path: "body.Tags.[]", message: "appears more than once" }],
    });
  });

  it("refuses malformed keys alone, before reading what the other keys make", () => {
    expect(read("Code]=1&Tags[1]=x")).toEqual({
      issues: [{ path: "body.Code]", message: "is not a form key the model binder reads" }],
    });
  });
});
