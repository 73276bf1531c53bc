// What a consumer's editor shows on hover, through TypeScript's language service (what tsserver answers an editor):
// a field of an enum shows the enum's name, not only its number; a date-time field of a request body takes a Date.
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import { tempDir } from "../helpers/temp-dir.ts";

const entry = fileURLToPath(new URL("../../src/index.ts", import.meta.url));

/** The quick info (hover text) at each `/*@name*\/` marker of a consumer file, which the marker comes before. */
function hover(source: string): Record<string, string> {
  const file = join(tempDir("caliber-hover-"), "consumer.ts");
  writeFileSync(file, source.replace("caliber-api", entry));
  const text = ts.sys.readFile(file)!;
  const service = ts.createLanguageService({
    getScriptFileNames: () => [file],
    getScriptVersion: () => "1",
    getScriptSnapshot: (name) => {
      const content = ts.sys.readFile(name);
      return content === undefined ? undefined : ts.ScriptSnapshot.fromString(content);
    },
    getCurrentDirectory: () => process.cwd(),
    getCompilationSettings: () => ({
      strict: true,
      target: ts.ScriptTarget.ES2022,
      module: ts.ModuleKind.ESNext,
      moduleResolution: ts.ModuleResolutionKind.Bundler,
      allowImportingTsExtensions: true,
      noEmit: true,
      lib: ["lib.es2022.d.ts", "lib.dom.d.ts"],
      types: [],
    }),
    getDefaultLibFileName: (options) => ts.getDefaultLibFilePath(options),
    fileExists: ts.sys.fileExists,
    readFile: ts.sys.readFile,
  });
  const shown: Record<string, string> = {};
  for (const marker of text.matchAll(/\/\*@(\w+)\*\//g)) {
    const info = service.getQuickInfoAtPosition(file, marker.index + marker[0].length);
    shown[marker[1]!] = ts.displayPartsToString(info?.displayParts);
  }
  const errors = service.getSemanticDiagnostics(file).map((d) => ts.flattenDiagnosticMessageText(d.messageText, " "));
  expect(errors).toEqual([]);
  return shown;
}

describe("hover in a consumer's editor", { timeout: 60_000 }, () => {
  it("shows an enum field by its enum's name, in the call's body and on Phone", () => {
    const shown = hover(`
import { createCaliberClient, ObjectTypes, NameOptions, type Phone } from "caliber-api";
const client = createCaliberClient({ baseUrl: "http://127.0.0.1:1" });
export const phone: Phone = { /*@phoneRefType*/RefType: ObjectTypes.Division };
await client.PATCH("/api/v2/clientcontact/{clientContactId}/phone", {
  params: { path: { clientContactId: 1 } },
  body: { /*@RefType*/RefType: 0, /*@NameOption*/NameOption: NameOptions.Contact1 },
  headers: { "Content-Type": "application/xml" },
});
`);
    expect(shown.RefType).toBe("(property) RefType?: ObjectTypes | undefined");
    expect(shown.NameOption).toBe("(property) NameOption?: NameOptions | undefined");
    expect(shown.phoneRefType).toMatch(/RefType\?: ObjectTypes \| undefined$/);
  });

  it("shows a date-time field of a request body as taking a Date, and the body's other fields as they are", () => {
    const shown = hover(`
import { createCaliberClient } from "caliber-api";
const client = createCaliberClient({ baseUrl: "http://127.0.0.1:1" });
await client.PATCH("/api/v2/clientcontact/{clientContactId}/phone", {
  params: { path: { clientContactId: 1 } },
  body: { /*@DateCreated*/DateCreated: new Date(), /*@RefType*/RefType: 0, /*@Number*/Number: "555" },
});
`);
    expect(shown.DateCreated).toBe("(property) DateCreated?: string | Date | undefined");
    expect(shown.RefType).toBe("(property) RefType?: ObjectTypes | undefined");
    expect(shown.Number).toBe("(property) Number?: string | null | undefined");
  });
});
