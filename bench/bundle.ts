/**
 * 3. Browser bundle weight: what `import { createCaliberClient } from "caliber-api"` adds to an app, bundled
 * and minified with esbuild for the browser, against bare openapi-fetch bundled the same way. Built with
 * code splitting, so a part loaded by dynamic `import()` shows as its own chunk. What every page loads up front
 * is the entry chunk plus the chunks it imports statically (esbuild moves code that the entry and a lazy chunk
 * share into such a chunk); the total is everything, the lazily loaded chunks included.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import type { Plugin } from "esbuild";
import { measureBundleGoals } from "./bundle-goals.ts";
import { builtEntry, ensureFreshBuild } from "./lib/fresh-build.ts";
import { splitBundle } from "./lib/split-bundle.ts";
import { markdownTable, type BenchContext, type BenchSection } from "./lib/section.ts";

const root = fileURLToPath(new URL("..", import.meta.url));

interface Weight {
  min: number;
  gzip: number;
}

interface BundleWeight {
  entry: Weight;
  /** The entry chunk and every chunk it imports statically: loaded before any code runs. */
  upFront: Weight & { chunks: number };
  total: Weight;
  chunks: number;
  /** Minified bytes each input file contributes, largest first. */
  inputs: [file: string, bytes: number][];
}

const gzipBytes = (code: Uint8Array) => gzipSync(code, { level: 9 }).length;

/** Resolves the package's own name to its built entry, as an installed copy would resolve. */
const resolveCaliberApi: Plugin = {
  name: "caliber-api",
  setup(pluginBuild) {
    pluginBuild.onResolve({ filter: /^caliber-api$/ }, () => ({ path: builtEntry }));
  },
};

async function weigh(source: string, workDir: string): Promise<BundleWeight> {
  const { result, entry: entryFile } = await splitBundle(source, workDir, root, [resolveCaliberApi], "js");
  const chunks = result.outputFiles.filter((file) => file.path.endsWith(".js"));
  // The metafile names outputs (and entry points) relative to absWorkingDir; outputFiles carry absolute paths.
  // A chunk loaded by `import()` has an entryPoint too: the entry is the output of this entry file.
  const outputs = result.metafile.outputs;
  const entryOutput = Object.keys(outputs).find((name) => resolve(root, outputs[name]!.entryPoint ?? "") === entryFile);
  if (entryOutput === undefined) throw new Error("bundle: esbuild produced no entry chunk");
  const upFront = new Set([entryOutput]);
  for (const name of upFront) {
    for (const imported of outputs[name]!.imports) if (imported.kind === "import-statement") upFront.add(imported.path);
  }
  const chunkOf = (name: string) => chunks.find((file) => file.path === resolve(root, name));
  // Each chunk is fetched and compressed on its own.
  const weigh = (files: { contents: Uint8Array }[]): Weight => ({
    min: files.reduce((sum, file) => sum + file.contents.length, 0),
    gzip: files.reduce((sum, file) => sum + gzipBytes(file.contents), 0),
  });
  return {
    entry: weigh([chunkOf(entryOutput)!]),
    upFront: { ...weigh([...upFront].map((name) => chunkOf(name)!)), chunks: upFront.size },
    total: weigh(chunks),
    chunks: chunks.length,
    inputs: Object.values(result.metafile.outputs)
      .flatMap((output) => Object.entries(output.inputs).map(([file, input]) => [file, input.bytesInOutput] as const))
      .filter(([, bytes]) => bytes > 0)
      .map(([file, bytes]): [string, number] => [file.replace(/^.*node_modules\//, ""), bytes])
      .sort((a, b) => b[1] - a[1]),
  };
}

export async function measureBundle(context: BenchContext): Promise<BenchSection> {
  ensureFreshBuild(context.log);
  const workDir = mkdtempSync(join(tmpdir(), "caliber-bench-bundle-"));
  try {
    const caliber = await weigh(
      'import { createCaliberClient } from "caliber-api";\nexport { createCaliberClient };\n',
      workDir,
    );
    const bare = await weigh('import createClient from "openapi-fetch";\nexport { createClient };\n', workDir);
    // dist/index.js is one file; bundling src/ the same way shows which source files the bytes come from.
    const sources = await weigh(
      `import { createCaliberClient } from ${JSON.stringify(join(root, "src", "index.ts"))};\nexport { createCaliberClient };\n`,
      workDir,
    );
    context.log(
      `  caliber-api: ${caliber.upFront.gzip} B gzip up front (${caliber.entry.gzip} B entry chunk); ` +
        `openapi-fetch: ${bare.entry.gzip} B gzip`,
    );
    const section = report(caliber, bare, sources.inputs);
    const goals = await measureBundleGoals(context.smoke, context.log);
    return {
      ...section,
      markdown: `${section.markdown}\n\n${goals.markdown}`,
      summary: [...section.summary, ...goals.summary],
    };
  } finally {
    rmSync(workDir, { recursive: true, force: true });
  }
}

function report(caliber: BundleWeight, bare: BundleWeight, inputs: BundleWeight["inputs"]): BenchSection {
  const kB = (bytes: number) => `${(bytes / 1000).toFixed(2)} kB`;
  const row = (name: string, part: string, weight: Weight, versus: Weight) => [
    name,
    part,
    `${weight.min} B (${kB(weight.min)})`,
    `${weight.gzip} B (${kB(weight.gzip)})`,
    `${(weight.gzip / versus.gzip).toFixed(2)}×`,
  ];
  const chunks = (count: number) => `${count} chunk${count === 1 ? "" : "s"}`;
  const rows = [
    row("caliber-api", "entry chunk", caliber.entry, bare.entry),
    row("caliber-api", `up front (${chunks(caliber.upFront.chunks)})`, caliber.upFront, bare.entry),
    row("caliber-api", `total (${chunks(caliber.chunks)})`, caliber.total, bare.total),
    row("openapi-fetch", "entry chunk", bare.entry, bare.entry),
  ];
  const markdown = [
    '`import { createCaliberClient } from "caliber-api"` (the built `dist/index.js`) and ' +
      '`import createClient from "openapi-fetch"`, each bundled with `esbuild --bundle --minify --splitting ' +
      "--format=esm --platform=browser`; gzip is zlib level 9, per chunk. Up front is what every page loads: " +
      "the entry chunk and the chunks it imports statically (code it shares with a lazily loaded chunk). The " +
      "total adds the chunks loaded later by dynamic `import()`. Sizes are deterministic: one build.",
    "",
    markdownTable(["bundle", "part", "minified", "gzip", "gzip / openapi-fetch"], rows),
    "",
    "Where the minified bytes come from (`src/index.ts` bundled the same way, per input file):",
    "",
    markdownTable(
      ["input", "minified bytes"],
      inputs.map(([file, bytes]) => [`\`${file}\``, String(bytes)]),
    ),
  ].join("\n");
  return {
    heading: "Browser bundle weight",
    markdown,
    summary: [
      // No size goal is set; bare openapi-fetch is the peer it is read against.
      {
        measurement: "bundle, caliber-api up front (entry + static chunks), gzip / bare openapi-fetch",
        result: `${caliber.upFront.gzip} B / ${bare.entry.gzip} B = ${(caliber.upFront.gzip / bare.entry.gzip).toFixed(2)}×`,
        goal: "—",
        status: "info",
      },
      {
        measurement: "bundle, caliber-api total, gzip",
        result: `${caliber.total.gzip} B`,
        goal: "—",
        status: "info",
      },
    ],
  };
}
