// What a consumer's editor finds in the built declarations: go-to-definition on a public name lands in a file
// named for what it holds, on the declaration itself, not in a hashed chunk under an alias.
// Needs a build (`npm run build`), as the pack tests do.
import { readdirSync } from "node:fs";
import { join } from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import { repoDir } from "../helpers/run-script.ts";

/** A consumer file inside the package, so that `caliber-api` resolves to this package's own exports. */
const consumerFile = join(repoDir, "declarations-consumer.mts");

function definitionOf(source: string, name: string, moduleResolution: ts.ModuleResolutionKind) {
  const options: ts.CompilerOptions = {
    module: moduleResolution === ts.ModuleResolutionKind.NodeNext ? ts.ModuleKind.NodeNext : ts.ModuleKind.Preserve,
    moduleResolution,
    target: ts.ScriptTarget.ES2022,
    strict: true,
    noEmit: true,
    types: [],
  };
  const host: ts.LanguageServiceHost = {
    getScriptFileNames: () => [consumerFile],
    getScriptVersion: () => "1",
    getScriptSnapshot: (file) =>
      ts.ScriptSnapshot.fromString(file === consumerFile ? source : (ts.sys.readFile(file) ?? "")),
    getCurrentDirectory: () => repoDir,
    getCompilationSettings: () => options,
    getDefaultLibFileName: ts.getDefaultLibFilePath,
    fileExists: (file) => file === consumerFile || ts.sys.fileExists(file),
    readFile: (file) => (file === consumerFile ? source : ts.sys.readFile(file)),
    readDirectory: ts.sys.readDirectory,
    directoryExists: ts.sys.directoryExists,
    getDirectories: ts.sys.getDirectories,
  };
  const service = ts.createLanguageService(host);
  const [definition] = service.getDefinitionAtPosition(consumerFile, source.lastIndexOf(name)) ?? [];
  if (!definition) throw new Error(`no definition found for ${name}`);
  const file = service.getProgram()!.getSourceFile(definition.fileName)!;
  const { line } = file.getLineAndCharacterOfPosition(definition.textSpan.start);
  return { file: definition.fileName.slice(repoDir.length), line: file.text.split("\n")[line]!.trim() };
}

describe("built declarations", () => {
  it("have no hashed file names", () => {
    const declarations = readdirSync(join(repoDir, "dist")).filter((file) => /\.d\.c?ts$/.test(file));
    expect(declarations.length).toBeGreaterThan(0);
    expect(declarations.filter((file) => /-[\w]{6,}\.d\.c?ts$/.test(file))).toEqual([]);
  });

  it.each([
    ["nodenext", ts.ModuleResolutionKind.NodeNext],
    ["bundler", ts.ModuleResolutionKind.Bundler],
  ])("under %s, CaliberError is defined in dist/errors.d.ts as a class", (_name, resolution) => {
    const source = 'import { CaliberError } from "caliber-api";\nexport type E = CaliberError;\n';
    expect(definitionOf(source, "CaliberError", resolution)).toEqual({
      file: "dist/errors.d.ts",
      line: expect.stringMatching(/class CaliberError\b/),
    });
  });

  it("createCaliberClient is defined in dist/index.d.ts as a function", () => {
    const source = 'import { createCaliberClient } from "caliber-api";\ncreateCaliberClient;\n';
    const found = definitionOf(source, "createCaliberClient", ts.ModuleResolutionKind.NodeNext);
    expect(found).toEqual({ file: "dist/index.d.ts", line: expect.stringMatching(/function createCaliberClient/) });
  });
});
