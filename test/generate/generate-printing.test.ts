// generate writes every file as its generator prints it; prettier is not run on generated/ (.prettierignore).
// enums.ts and schemas.ts are small and read by people: their generators must print what prettier would.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import * as prettier from "prettier";
import { describe, expect, it } from "vitest";
import { generateEnums } from "../../scripts/generate/enums.ts";
import { generateSchemaAliases } from "../../scripts/generate/schema-aliases.ts";
import { readSpec, specPath } from "../../scripts/generate/spec.ts";
import { generatedHeader, writeGenerated } from "../../scripts/generate/write-generated.ts";
import { generateInTemp } from "../helpers/generate-temp.ts";
import { tempDir } from "../helpers/temp-dir.ts";

const repoGenerated = (file: string) => fileURLToPath(new URL(`../../generated/${file}`, import.meta.url));
const fixture = (name: string) => fileURLToPath(new URL(`../fixtures/${name}`, import.meta.url));

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
    expect(await isPrettierClean(generatedHeader("spec/openapi.yaml") + generateEnums(spec), "enums.ts")).toBe(true);
    expect(
      await isPrettierClean(generatedHeader("spec/openapi.yaml") + generateSchemaAliases(spec), "schemas.ts"),
    ).toBe(true);
  });

  it("writes a file only when its content changed, and in check mode reports it stale instead", async () => {
    const path = join(tempDir("caliber-printing-"), "out.ts");
    const content = generatedHeader("spec/openapi.yaml") + "export const  a = { b:1 } as const;\n";
    expect(await writeGenerated(path, content)).toBe("written");
    expect(readFileSync(path, "utf8")).toBe(content);
    expect(await writeGenerated(path, content)).toBe("unchanged");
    expect(await writeGenerated(path, content + "// changed\n", true)).toBe("stale");
    expect(readFileSync(path, "utf8")).toBe(content);
  });

  it("names the spec it was generated from in every file's header", async () => {
    const spec = await readSpec(fixture("second-schema.yaml"));
    const generation = await generateInTemp(spec);
    for (const file of generation.states.keys()) {
      expect(generation.read(file).split("\n")[0]).toBe(
        `// generated from ${join(generation.dir, "openapi.yaml")} — do not edit. Run \`npm run generate\`.`,
      );
    }
    expect(readFileSync(repoGenerated("enums.ts"), "utf8")).toMatch(/^\/\/ generated from spec\/openapi.yaml — /);
  });
});
