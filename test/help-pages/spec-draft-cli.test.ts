// The commands as a person runs them: `npm run spec:draft -- [--write] PAGE...` and `npm run check:pages`, each in
// a temporary directory with its own spec. Each run starts tsx (about a second); nothing here is timed.
import { copyFileSync, cpSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { runScript } from "../helpers/run-script.ts";
import { tempDir } from "../helpers/temp-dir.ts";
import { fixturePagesDir, fixtures } from "./pages-helper.ts";

function workspace(): string {
  const dir = tempDir("spec-draft-");
  copyFileSync(fixtures + "empty-spec.yaml", join(dir, "openapi.yaml"));
  cpSync(fixturePagesDir, join(dir, "pages"), { recursive: true });
  return dir;
}

describe("npm run spec:draft", { timeout: 120_000 }, () => {
  it("prints the draft as YAML and writes nothing", () => {
    const dir = workspace();
    const result = runScript(
      "scripts/spec-draft.ts",
      ["--spec", "openapi.yaml", "pages/DELETE-api-v1-widget-widgetId.txt"],
      { cwd: dir },
    );
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
    const draft = parse(result.stdout);
    expect(Object.keys(draft.paths)).toEqual(["/api/v1/widget/{widgetId}"]);
    expect(draft.paths["/api/v1/widget/{widgetId}"].delete.operationId).toBe("deleteWidgetByWidgetId");
    expect(readFileSync(join(dir, "openapi.yaml"), "utf8")).toBe(readFileSync(fixtures + "empty-spec.yaml", "utf8"));
  });

  it("--write merges the pages into the spec, which check:pages then holds to them; a drift fails it by line", () => {
    const dir = workspace();
    const written = runScript("scripts/spec-draft.ts", ["--write", "--spec", "openapi.yaml", "pages"], { cwd: dir });
    expect(written.status).toBe(0);
    expect(written.stdout).toContain(
      "wrote 3 operation(s), 4 schema(s), 0 enum member(s), 5 example(s) into openapi.yaml",
    );
    // Redocly checks an XML example's string against the object schema; each new one is listed for it to skip.
    expect(parse(readFileSync(join(dir, ".redocly.lint-ignore.yaml"), "utf8"))).toEqual({
      "openapi.yaml": {
        "no-invalid-media-type-examples": [
          "#/components/examples/CollectionOfPartXmlSample/value",
          "#/components/examples/WidgetXmlSample/value",
          "#/components/examples/IntegerXmlSample/value",
        ],
      },
    });
    const check = ["--check", "--spec", "openapi.yaml", "--pages", "pages"];
    const held = runScript("scripts/spec-draft.ts", check, { cwd: dir });
    expect(held.status).toBe(0);
    expect(held.stdout).toContain("check:pages: openapi.yaml holds to the 5 page(s) in pages/");

    const spec = readFileSync(join(dir, "openapi.yaml"), "utf8");
    writeFileSync(join(dir, "openapi.yaml"), spec.replace(/^ *maxLength: 50\n/m, ""));
    const drift = runScript("scripts/spec-draft.ts", check, { cwd: dir });
    expect(drift.status).toBe(1);
    expect(drift.stderr).toContain(
      'ResourceModel-Part.txt:14: components.schemas.Part.properties.Label: the page says maxLength 50 ("Max length: 50"), the spec says no maxLength',
    );
    expect(drift.stderr).toContain("check:pages: 1 disagreement(s) between openapi.yaml and pages/");
  });

  it("a page that cannot be read: reported with file and line, nothing written", () => {
    const dir = workspace();
    copyFileSync(fixtures + "broken/unknown-type-word.txt", join(dir, "pages/unknown-type-word.txt"));
    const result = runScript("scripts/spec-draft.ts", ["--write", "--spec", "openapi.yaml", "pages"], { cwd: dir });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('unknown-type-word.txt:21: Label: unknown type word "wide string"');
    expect(result.stderr).toContain("spec:draft: nothing drafted or written");
    expect(readFileSync(join(dir, "openapi.yaml"), "utf8")).toBe(readFileSync(fixtures + "empty-spec.yaml", "utf8"));
  });
});
