/**
 * 3. Browser bundle weight: what `import { createCaliberClient } from "caliber-api"` adds to an app, bundled
 * and minified with esbuild for the browser, against bare openapi-fetch bundled the same way. Built with
 * code splitting, so a part loaded by dynamic `import()` shows as its own chunk: the entry chunk is what
 * every page loads, the total is everything including the lazily loaded chunks.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { build, type Plugin } from "esbuild";
import { goalStatus, markdownTable, type BenchContext, type BenchSection } from "./lib/section.ts";

const goalGzipBytes = 6000;
const root = fileURLToPath(new URL("..", import.meta.url));
const builtEntry = join(root, "dist", "index.js");

interface Weight {
  min: number;
  gzip: number;
}

interface BundleWeight {
  entry: Weight;
  total: Weight;
  chunks: number;
  /** Minified bytes each input file contributes, largest first. */
  inputs: [file: string, bytes: number][];
}

const gzipBytes = (code: Uint8Array) => gzipSync(code, { level: 9 }).length;

function newestMtime(dir: string): number {
  return Math.max(
    ...readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => statSync(join(entry.parentPath, entry.name)).mtimeMs),
  );
}

/** dist/ is what the package publishes, so that is what gets weighed; rebuilt here if src/ is newer. */
function ensureFreshBuild(context: BenchContext): void {
  const sourcesChanged = Math.max(newestMtime(join(root, "src")), newestMtime(join(root, "generated")));
  let builtAt = 0;
  try {
    builtAt = statSync(builtEntry).mtimeMs;
  } catch {
    // not built yet
  }
  if (builtAt >= sourcesChanged) return;
  context.log("  dist/ is missing or older than src/: building it with tsup");
  const result = spawnSync("npx", ["tsup"], { cwd: root, stdio: "inherit" });
  if (result.status !== 0) throw new Error("bundle: `npx tsup` failed");
}

/** Resolves the package's own name to its built entry, as an installed copy would resolve. */
const resolveCaliberApi: Plugin = {
  name: "caliber-api",
  setup(pluginBuild) {
    pluginBuild.onResolve({ filter: /^caliber-api$/ }, () => ({ path: builtEntry }));
  },
};

async function weigh(source: string, workDir: string): Promise<BundleWeight> {
  const entryFile = join(workDir, `entry-${Math.random().toString(36).slice(2)}.js`);
  writeFileSync(entryFile, source);
  const result = await build({
    entryPoints: [entryFile],
    absWorkingDir: root,
    nodePaths: [join(root, "node_modules")],
    bundle: true,
    minify: true,
    splitting: true,
    format: "esm",
    platform: "browser",
    outdir: join(workDir, "out"),
    write: false,
    metafile: true,
    logLevel: "error",
    plugins: [resolveCaliberApi],
  });
  const chunks = result.outputFiles.filter((file) => file.path.endsWith(".js"));
  const entryOutput = Object.entries(result.metafile.outputs).find(([, output]) => output.entryPoint)?.[0];
  // The metafile names outputs relative to absWorkingDir; outputFiles carry absolute paths.
  const entry = chunks.find((file) => entryOutput !== undefined && file.path === resolve(root, entryOutput));
  if (!entry) throw new Error("bundle: esbuild produced no entry chunk");
  return {
    entry: { min: entry.contents.length, gzip: gzipBytes(entry.contents) },
    total: {
      min: chunks.reduce((sum, file) => sum + file.contents.length, 0),
      // Each chunk is fetched and compressed on its own.
      gzip: chunks.reduce((sum, file) => sum + gzipBytes(file.contents), 0),
    },
    chunks: chunks.length,
    inputs: Object.values(result.metafile.outputs)
      .flatMap((output) => Object.entries(output.inputs).map(([file, input]) => [file, input.bytesInOutput] as const))
      .filter(([, bytes]) => bytes > 0)
      .map(([file, bytes]): [string, number] => [file.replace(/^.*node_modules\//, ""), bytes])
      .sort((a, b) => b[1] - a[1]),
  };
}

export async function measureBundle(context: BenchContext): Promise<BenchSection> {
  ensureFreshBuild(context);
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
    context.log(`  caliber-api: ${caliber.entry.gzip} B gzip entry; openapi-fetch: ${bare.entry.gzip} B gzip`);
    return report(caliber, bare, sources.inputs);
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
  const rows = [
    row("caliber-api", "entry chunk", caliber.entry, bare.entry),
    row("caliber-api", `total (${caliber.chunks} chunk${caliber.chunks === 1 ? "" : "s"})`, caliber.total, bare.total),
    row("openapi-fetch", "entry chunk", bare.entry, bare.entry),
  ];
  const markdown = [
    '`import { createCaliberClient } from "caliber-api"` (the built `dist/index.js`) and ' +
      '`import createClient from "openapi-fetch"`, each bundled with `esbuild --bundle --minify --splitting ' +
      "--format=esm --platform=browser`; gzip is zlib level 9, per chunk. The entry chunk is what every page " +
      "loads; the total adds chunks loaded later by dynamic `import()`. Sizes are deterministic: one build.",
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
      {
        measurement: "bundle, caliber-api entry chunk, gzip",
        result: `${caliber.entry.gzip} B`,
        goal: `≤ ${goalGzipBytes} B`,
        status: goalStatus(caliber.entry.gzip <= goalGzipBytes),
      },
      {
        measurement: "bundle, caliber-api total, gzip",
        result: `${caliber.total.gzip} B`,
        goal: `≤ ${goalGzipBytes} B`,
        status: goalStatus(caliber.total.gzip <= goalGzipBytes),
      },
    ],
  };
}
