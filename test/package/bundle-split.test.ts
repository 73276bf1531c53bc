// What a browser app loads: the client bundled with code splitting, as bench/bundle.ts weighs it. Up front, the
// entry holds no table that grows with the spec: only the list of a fixed number of group chunks. An operation's
// group chunk (its XML flags and date-time locations) loads on its first call, then its validators (a chunk of
// their own) with the request checks. The XML writer and reader (with the operations' body models), the form
// writer, the Date conversion, the retries, the redirect follower, what names the field of a body over a limit and
// the counting body of maxResponseBytes are chunks loaded on first use. What the entry shares with the lazy
// chunks, esbuild moves into chunks the entry imports.
import { build } from "esbuild";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { operations } from "../../generated/operations.ts";
import { operationGroupCount } from "../../scripts/generate/operation-groups.ts";

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
  // node_modules may be a link (a worktree): named from node_modules/ on.
  const inputsOf = (output: (typeof outputs)[number][1]) =>
    Object.keys(output.inputs).map((input) => input.replace(/^.*\/?node_modules\//, "node_modules/"));
  const lazy = outputs.filter((output) => output !== entry);
  const byName = (path: string) => outputs.find(([name]) => name === path)?.[1];
  return { entry: entry[1], lazy: lazy.map(([, output]) => output), inputsOf, byName };
}

describe("the client's browser bundle", () => {
  it("is one chunk up front: no lazy chunk imports a module the entry carries", async () => {
    const { entry, inputsOf, byName } = await bundleClient();
    const statics = entry.imports.filter((imported) => imported.kind !== "dynamic-import");
    // A module both import would become a shared chunk of its own, one more request before the first call.
    const shared = statics.map((imported) => inputsOf(byName(imported.path)!).sort());
    expect(shared).toEqual([]);
  });

  it("holds no generated table but the list of group chunks, and loads the rest on first use", async () => {
    const { entry, inputsOf, byName } = await bundleClient();
    const entryInputs = inputsOf(entry);
    expect(entryInputs.filter((input) => input.startsWith("generated/"))).toEqual(["generated/operation-groups.ts"]);
    for (const lazyOnly of [
      "src/validation/request-issues.ts",
      "src/formats/media-type-ranges.ts",
      "src/formats/xml/xml-body.ts",
      "src/formats/form-urlencoded.ts",
      "src/formats/text-values.ts",
      "src/transport/with-retries.ts",
      "src/transport/redirect-follower.ts",
      "src/validation/date-values.ts",
      "src/client/size-issue.ts",
      "src/client/url-values.ts",
      "src/transport/bounded-response.ts",
    ]) {
      expect(entryInputs).not.toContain(lazyOnly);
    }
    const lazy = entry.imports.filter((imported) => imported.kind === "dynamic-import");
    const lazyEntries = lazy.map((imported) => byName(imported.path)!.entryPoint).sort();
    expect(lazyEntries).toEqual(
      [
        ...Array.from({ length: operationGroupCount }, (_, i) => `generated/operation-groups/group-${i}.ts`),
        "src/client/size-issue.ts",
        "src/client/url-values.ts",
        "src/formats/form-urlencoded.ts",
        "src/formats/xml/xml-body.ts",
        "src/formats/xml/xml-response.ts",
        "src/transport/bounded-response.ts",
        "src/transport/redirect-follower.ts",
        "src/transport/with-retries.ts",
        "src/validation/date-values.ts",
        "src/validation/request-issues.ts",
      ].sort(),
    );
  });

  it("loads each operation's validators as a chunk of its own, from its group's chunk", async () => {
    const { lazy, inputsOf, byName } = await bundleClient();
    const groups = lazy.filter((output) => output.entryPoint?.startsWith("generated/operation-groups/"));
    expect(groups).toHaveLength(operationGroupCount);
    const validatorChunks = groups.flatMap((group) => {
      expect(inputsOf(group)).toEqual([group.entryPoint]);
      expect(group.imports.every((imported) => imported.kind === "dynamic-import")).toBe(true);
      return group.imports.map((imported) => byName(imported.path)!);
    });
    // One chunk per operation of the spec, each with that operation's module only (and the string formats, or
    // beside a chunk of them that several operations share).
    expect(validatorChunks).toHaveLength(operations.length);
    for (const chunk of validatorChunks) {
      expect(chunk.entryPoint).toMatch(/^generated\/validators\/[^/]+\.ts$/);
      expect(inputsOf(chunk).filter((input) => input.startsWith("generated/"))).toEqual([chunk.entryPoint]);
    }
    expect(new Set(validatorChunks.map((chunk) => chunk.entryPoint)).size).toBe(operations.length);
    const xmlInputs = lazy.filter((output) => !groups.includes(output)).flatMap(inputsOf);
    expect(xmlInputs).toEqual(
      expect.arrayContaining(["generated/operations.ts", "src/formats/xml/write-data-contract-xml.ts"]),
    );
  });
});
