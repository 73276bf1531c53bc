// generate writes every file as its generator prints it; prettier is not run on generated/ (.prettierignore).
// enums.ts and schemas.ts are small and read by people: their generators must print what prettier would.
// writeGenerated still formats a file it is asked to format.
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import * as prettier from "prettier";
import { describe, expect, it } from "vitest";
import { generateEnums } from "../scripts/generate/enums.ts";
import { generateSchemaAliases } from "../scripts/generate/schema-aliases.ts";
import { readSpec, specPath } from "../scripts/generate/spec.ts";
import { generatedHeader, writeGenerated } from "../scripts/generate/write-generated.ts";

const repoGenerated = (file: string) => fileURLToPath(new URL(`../generated/${file}`, import.meta.url));
const fixture = (name: string) => fileURLToPath(new URL(`./fixtures/${name}`, import.meta.url));

/** Whether prettier, with this repo's settings for generated/, would leave the text as it is. */
async function isPrettierClean(text: string, file: string): Promise<boolean> {
  const filepath = repoGenerated(file);
  const options = (await prettier.resolveConfig(filepath)) ?? {};
  return prettier.check(text, { ...options, filepath });
}

describe("printing of generated files", { timeout: 60_000 }, () => {
  it.each([
    ["spec/openapi.yaml", specPath],
    ["many operations, awkward names", fixture("multi-operation.yaml")],
    ["a second schema", fixture("second-schema.yaml")],
  ])("enums.ts and schemas.ts for %s are printed as prettier would print them", async (_name, path) => {
    const spec = await readSpec(path);
    expect(await isPrettierClean(generatedHeader + generateEnums(spec), "enums.ts")).toBe(true);
    expect(await isPrettierClean(generatedHeader + generateSchemaAliases(spec), "schemas.ts")).toBe(true);
  });

  it("writes a file printed as is byte for byte, header first", async () => {
    const path = join(mkdtempSync(join(tmpdir(), "caliber-printing-")), "out.ts");
    const source = "export const  a = { b:1 } as const;\n";
    expect(await writeGenerated(path, source, false, false)).toBe("written");
    expect(readFileSync(path, "utf8")).toBe(generatedHeader + source);
  });

  it("formats a file it is asked to format, with prettier", async () => {
    const path = join(mkdtempSync(join(tmpdir(), "caliber-printing-")), "out.ts");
    expect(await writeGenerated(path, "export const  a = { b:1 } as const;\n")).toBe("written");
    expect(readFileSync(path, "utf8")).toBe(generatedHeader + "export const a = { b: 1 } as const;\n");
    expect(await writeGenerated(path, "export const a = {b: 1} as const;")).toBe("unchanged");
  });
});
