// What a browser app loads: the client bundled with code splitting, as bench/bundle.ts weighs it. Each operation's
// validators are a chunk loaded on its first call. The XML writer and reader (with the operations' body models) are
// chunks loaded on first use; they share only the small text-value helpers with the entry chunk, which esbuild moves
// into a chunk the entry imports (a second request of about 0.3 kB).
import { build } from "esbuild";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { operations } from "../../generated/operations.ts";

const root = fileURLToPath(new URL("../..", import.meta.url));

async function bundleClient() {
  const result = await build({
    stdin: { contents: 'export { createCaliberClient } from "./src/index.ts";', resolveDir: root, loader: "ts" },
    absWorkingDir: root,
    bundle: true,
    minify: true,
    splitting: true,
    format: "esm",
    platform: "browser",
    outdir: "out",
    write: false,
    metafile: true,
    logLevel: "error",
  });
  const outputs = Object.entries(result.metafile.outputs).filter(([name]) => name.endsWith(".js"));
  const entry = outputs.find(([, output]) => output.entryPoint === "<stdin>");
  if (!entry) throw new Error("no entry chunk");
  const inputsOf = (output: (typeof outputs)[number][1]) => Object.keys(output.inputs);
  const lazy = outputs.filter((output) => output !== entry);
  const byName = (path: string) => outputs.find(([name]) => name === path)?.[1];
  return { entry: entry[1], lazy: lazy.map(([, output]) => output), inputsOf, byName };
}

describe("the client's browser bundle", () => {
  it("imports statically only the text-value helpers it shares with the XML chunks; the rest on first use", async () => {
    const { entry, inputsOf, byName } = await bundleClient();
    const statics = entry.imports.filter((imported) => imported.kind !== "dynamic-import");
    // The form writer (entry) and the XML writer and reader (lazy) share plainNumber and valueFromText: esbuild puts
    // that one small module in a chunk of its own, which the entry imports.
    expect(statics).toHaveLength(1);
    const shared = byName(statics[0]!.path);
    expect(shared === undefined ? [] : inputsOf(shared)).toEqual(["src/formats/text-values.ts"]);
    // The XML writer, the XML reader, and each operation's validators.
    expect(entry.imports.filter((imported) => imported.kind === "dynamic-import")).toHaveLength(2 + operations.length);
  });

  it("keeps the XML writer, the XML reader and the operations' body models out of the entry chunk", async () => {
    const { entry, lazy, inputsOf } = await bundleClient();
    const entryInputs = inputsOf(entry);
    expect(entryInputs).toContain("src/validation/validate-request.ts");
    expect(entryInputs).toContain("generated/validator-loaders.ts");
    for (const lazyOnly of ["generated/operations.ts", "src/formats/xml/xml-body.ts", "generated/validators.ts"]) {
      expect(entryInputs).not.toContain(lazyOnly);
    }
    const lazyInputs = lazy.flatMap(inputsOf);
    expect(lazyInputs).toEqual(
      expect.arrayContaining([
        "generated/operations.ts",
        "src/formats/xml/xml-body.ts",
        "src/formats/xml/write-data-contract-xml.ts",
        "src/formats/xml/xml-response.ts",
      ]),
    );
  });

  it("loads each operation's validators as a chunk of its own, on the operation's first call", async () => {
    const { entry, lazy, inputsOf } = await bundleClient();
    expect(inputsOf(entry).filter((input) => input.startsWith("generated/validators/"))).toEqual([]);
    // one module of one operation in each chunk (with the string formats, or beside a chunk of them they share)
    const operationModules = lazy.map((output) =>
      inputsOf(output).filter((i) => i.startsWith("generated/validators/")),
    );
    const chunks = operationModules.filter((modules) => modules.length > 0);
    expect(chunks.map((modules) => modules.length)).toEqual(operations.map(() => 1));
    expect(new Set(chunks.flat()).size).toBe(operations.length);
    expect(lazy.flatMap(inputsOf)).toContain("src/validation/string-formats.ts");
  });
});
