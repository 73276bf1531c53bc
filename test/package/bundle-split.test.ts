// What a browser app loads: the client bundled with code splitting, as bench/bundle.ts weighs it. Each operation's
// validators are a chunk loaded on its first call. The XML format
// (with the operations' XML shapes) is a chunk loaded on first use, and it shares no code with the entry chunk: esbuild would move shared code into a chunk the entry imports, which every page then loads
// as a second request (and about 0.25 kB more gzip than one chunk).
import { build } from "esbuild";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

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
  return { entry: entry[1], lazy: lazy.map(([, output]) => output), inputsOf };
}

describe("the client's browser bundle", () => {
  it("imports no chunk statically: everything else is loaded by import() on first use", async () => {
    const { entry } = await bundleClient();
    expect(entry.imports.filter((imported) => imported.kind !== "dynamic-import")).toEqual([]);
    // The XML format, and the one operation's validators.
    expect(entry.imports.map((imported) => imported.kind)).toEqual(["dynamic-import", "dynamic-import"]);
  });

  it("keeps the XML builder and the operations' XML shapes out of the entry chunk", async () => {
    const { entry, lazy, inputsOf } = await bundleClient();
    const entryInputs = inputsOf(entry);
    expect(entryInputs).toContain("src/validation/validate-request.ts");
    expect(entryInputs).toContain("generated/validator-loaders.ts");
    for (const lazyOnly of ["generated/operations.ts", "src/formats/xml/xml-body.ts", "generated/validators.ts"]) {
      expect(entryInputs).not.toContain(lazyOnly);
    }
    const lazyInputs = lazy.map(inputsOf);
    expect(lazyInputs.find((inputs) => inputs.includes("src/formats/xml/xml-body.ts"))).toEqual(
      expect.arrayContaining(["generated/operations.ts", "src/formats/xml/write-data-contract-xml.ts"]),
    );
  });

  it("loads each operation's validators as a chunk of its own, on the operation's first call", async () => {
    const { entry, lazy, inputsOf } = await bundleClient();
    expect(inputsOf(entry).filter((input) => input.startsWith("generated/validators/"))).toEqual([]);
    expect(lazy.map(inputsOf).filter((inputs) => inputs.some((i) => i.startsWith("generated/validators/")))).toEqual([
      ["src/validation/string-formats.ts", "generated/validators/patchClientContactPhone.ts"],
    ]);
  });
});
