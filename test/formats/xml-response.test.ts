// The client's XML answer reader picks the response the spec documents for the status: its own code, its range,
// then default. The generated tables are replaced by hand-made ones, so no operation of the spec is named.
import { describe, expect, it, vi } from "vitest";

vi.mock("../../generated/operations.ts", () => {
  const thing = { kind: "object", type: "Thing" };
  const xml = ["application/xml"];
  return {
    operations: [
      {
        path: "/things",
        method: "get",
        parameters: [],
        requestMediaTypes: [],
        responses: [
          { status: "200", mediaTypes: xml, model: thing },
          // Lower case: the spec's range keys are read whatever their case.
          { status: "4xx", mediaTypes: xml, model: { kind: "object", type: "Problem" } },
          { status: "default", mediaTypes: xml, model: { kind: "collection", items: thing } },
        ],
        types: {
          Thing: { name: "Thing", members: [["Size", { kind: "integer" }]] },
          Problem: { name: "Problem", members: [["Title", { kind: "string" }]] },
        },
      },
      { path: "/silent", method: "get", parameters: [], requestMediaTypes: [], types: {} },
    ],
  };
});

const { readXmlResponse: readWithRules } = await import("../../src/formats/xml/xml-response.ts");
const { CaliberResponseParseError } = await import("../../src/errors.ts");
const rules = { ResponseParseError: CaliberResponseParseError, maxErrorBodyChars: 12 };
const readXmlResponse = (text: string, operation: string, status: number) =>
  readWithRules(text, operation, status, rules);

describe("readXmlResponse", () => {
  it("reads an answer by the response of its own status code", () => {
    expect(readXmlResponse("<Thing><Size>2</Size></Thing>", "GET /things", 200)).toEqual({
      body: { Size: 2 },
      issues: [],
    });
  });

  it("reads an answer by its status range's response when its code has none", () => {
    expect(readXmlResponse("<Problem><Title>no</Title></Problem>", "GET /things", 404)).toEqual({
      body: { Title: "no" },
      issues: [],
    });
  });

  it("reads an answer by the default response when neither its code nor its range has one", () => {
    expect(readXmlResponse("<ArrayOfThing><Thing><Size>1</Size></Thing></ArrayOfThing>", "GET /things", 500)).toEqual({
      body: [{ Size: 1 }],
      issues: [],
    });
  });

  it("reads nothing for an operation without response schemas, or one it does not know", () => {
    expect(readXmlResponse("<Thing/>", "GET /silent", 200)).toBeUndefined();
    expect(readXmlResponse("<Thing/>", "GET /nowhere", 200)).toBeUndefined();
  });
});

describe("an answer that does not fit its schema", () => {
  it("is the passed-in parse error, naming the issue and keeping the answer's text up to the passed-in length", () => {
    const text = "<Thing><Size>two</Size><Size>3</Size></Thing>";
    const error = (() => {
      try {
        readXmlResponse(text, "GET /things", 200);
      } catch (thrown) {
        return thrown;
      }
    })();
    expect(error).toBeInstanceOf(CaliberResponseParseError);
    expect(error).toMatchObject({ operation: "GET /things", status: 200, body: text.slice(0, 12) });
    expect(String((error as Error).cause)).toBe("Error: body.Size appears more than once");
    expect((error as Error).message).toContain("DataContract XML");
  });

  it("names every issue, one after another", () => {
    const twice = "<Thing><Size>1</Size><Size>2</Size></Thing>";
    const text = `<ArrayOfThing>${twice}${twice}</ArrayOfThing>`;
    expect(() => readXmlResponse(text, "GET /things", 500)).toThrow(
      expect.objectContaining({
        cause: new Error("body.0.Size appears more than once; body.1.Size appears more than once"),
      }),
    );
  });
});

describe("loading the reader", () => {
  it("loadXmlReader and the CJS build's stand-in both give the reader", async () => {
    vi.resetModules();
    const lazy = await import("../../src/formats/xml/load-xml-reader.ts");
    const eager = await import("../../src/formats/xml/load-xml-reader.eager.ts");
    const reader = await import("../../src/formats/xml/xml-response.ts");
    expect((await lazy.loadXmlReader()).readXmlResponse).toBe(reader.readXmlResponse);
    expect((await eager.loadXmlReader()).readXmlResponse).toBe(reader.readXmlResponse);
  });
});
