// `--write`: the draft goes into the spec's text; nothing already written there changes.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { appendEntries } from "../../scripts/help-pages/merge-draft.ts";
import { draftInto, emptySpecText, fixturePagesDir, fixtures, loadPages } from "./pages-helper.ts";

const handWritten = readFileSync(fixtures + "spec-with-comments.yaml", "utf8");

/** True when every line of `before` is in `after`, in the same order (only lines were added). */
function onlyAdded(before: string, after: string): boolean {
  const lines = after.split("\n");
  let at = 0;
  for (const line of before.split("\n")) {
    while (at < lines.length && lines[at] !== line) at++;
    if (at === lines.length) return false;
    at++;
  }
  return true;
}

describe("merging a draft into a hand-written spec", () => {
  const pages = loadPages(fixturePagesDir);
  const { text, spec } = draftInto(handWritten, pages);

  it("keeps every line as written, comments and folded text included", () => {
    expect(onlyAdded(handWritten, text)).toBe(true);
    expect(text).toContain("operationId: getOther # kept");
    expect(spec.info.description).toBe("Folded text that a YAML printer would fold differently at another width.");
  });

  it("adds the operations, types, examples and tag after what is there", () => {
    expect(Object.keys(spec.paths)).toEqual([
      "/api/v1/other",
      "/api/v1/widget/{widgetId}",
      "/api/v1/widget/{widgetId}/parts",
      "/api/v1/widget",
    ]);
    expect(Object.keys(spec.components.schemas)).toEqual(["Colour", "Part", "Widget", "Shape"]);
    expect(Object.keys(spec.components.examples)).toContain("WidgetXmlSample");
    expect(spec.tags.map((t: any) => t.name)).toEqual(["Other", "Widget"]);
  });

  it("merges an enum's new members into its lists, leaving its own description", () => {
    expect(spec.components.schemas.Colour).toEqual({
      type: "integer",
      description: "A colour.",
      enum: [0, 1, 2],
      "x-enum-varnames": ["Red", "Green", "Blue"],
      "x-enum-descriptions": ["Red", "Like grass.", "Blue"],
    });
  });

  it("turns an empty flow collection (`paths: {}`) into a block", () => {
    const { text: fromEmpty } = draftInto(emptySpecText, pages);
    expect(fromEmpty.startsWith(emptySpecText.slice(0, emptySpecText.indexOf("paths:")) + "paths:\n  /api/v1/")).toBe(
      true,
    );
  });

  it("appends to a list that does not exist yet, creating it", () => {
    const before = "# kept\nspec/openapi.yaml:\n  other-rule:\n    - one\n";
    const after = appendEntries(before, ["spec/openapi.yaml", "no-invalid-media-type-examples"], ["#/a", "#/b"]);
    expect(after).toBe(
      before + "  no-invalid-media-type-examples:\n    - #/a\n    - #/b\n".replace(/#\/(\w)/g, '"#/$1"'),
    );
  });
});
