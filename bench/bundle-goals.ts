/**
 * The weight goals of issue 19, beside the browser bundle weight (bundle.ts):
 * - tree-shaking: `import { ObjectTypes } from "caliber-api"` keeps at most 300 B minified, and `import type` keeps
 *   nothing, bundled by esbuild and by Rollup (its output minified by esbuild, as Rollup does not minify);
 * - weight that does not grow with the spec: a one-call app, bundled with code splitting against the package
 *   generated from the synthetic spec (synthetic-spec.ts) at 1, 100 and 500 operations, loads at most 10 kB gzip
 *   up front at 500;
 * - the XML writer's share of a non-split bundle (a bundler that inlines dynamic imports): at most 3 kB gzip.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { nodeResolve } from "@rollup/plugin-node-resolve";
import { build, transform, type Plugin as EsbuildPlugin } from "esbuild";
import { rollup, type Plugin as RollupPlugin } from "rollup";
import { stringify } from "yaml";
import { generateAll } from "../scripts/generate.ts";
import { splitBundle } from "./lib/split-bundle.ts";
import { goalStatus, markdownTable, type SummaryRow } from "./lib/section.ts";
import { syntheticSpec } from "./synthetic-spec.ts";

const root = fileURLToPath(new URL("..", import.meta.url));
const builtEntry = join(root, "dist", "index.js");
const gzipBytes = (code: string | Uint8Array) => gzipSync(code, { level: 9 }).length;

const enumGoalBytes = 300;
const upFrontGoalGzip = 10_000;
const xmlShareGoalGzip = 3_000;

export interface GoalsReport {
  markdown: string;
  summary: SummaryRow[];
}

// ---- tree-shaking ---------------------------------------------------------------------------------------------

const enumOnlyApp = 'import { ObjectTypes } from "caliber-api";\nconsole.log(ObjectTypes.Division);\n';
const typeOnlyApp =
  'import type { Phone } from "caliber-api";\nconst phone: Phone = { Number: "1" };\nconsole.log(phone);\n';
/** The type-only app without its import: what `import type` must leave unchanged. */
const noImportApp = 'const phone = { Number: "1" };\nconsole.log(phone);\n';

async function esbuildMinified(source: string, workDir: string): Promise<number> {
  const entry = join(workDir, `app-${Math.random().toString(36).slice(2)}.ts`);
  writeFileSync(entry, source);
  const result = await build({
    entryPoints: [entry],
    absWorkingDir: root,
    nodePaths: [join(root, "node_modules")],
    bundle: true,
    minify: true,
    format: "esm",
    platform: "browser",
    write: false,
    logLevel: "error",
    alias: { "caliber-api": builtEntry },
  });
  return result.outputFiles[0]!.contents.length;
}

/** TypeScript syntax removed as a Rollup TypeScript plugin would (esbuild's transform, types only). */
const stripTypes: RollupPlugin = {
  name: "strip-types",
  async transform(code, id) {
    if (!id.endsWith(".ts")) return null;
    return { code: (await transform(code, { loader: "ts", format: "esm" })).code, map: null };
  },
};

async function rollupMinified(source: string, workDir: string): Promise<number> {
  const entry = join(workDir, `app-${Math.random().toString(36).slice(2)}.ts`);
  writeFileSync(entry, source);
  const bundle = await rollup({
    input: entry,
    onwarn: () => {},
    plugins: [
      { name: "caliber-api", resolveId: (id) => (id === "caliber-api" ? builtEntry : null) },
      nodeResolve({ browser: true, rootDir: root, modulePaths: [join(root, "node_modules")] }),
      stripTypes,
    ],
  });
  // Dynamic imports inlined: one file, as the other bundles here.
  const { output } = await bundle.generate({ format: "es", inlineDynamicImports: true });
  await bundle.close();
  return (await transform(output[0].code, { minify: true, format: "esm" })).code.length;
}

async function treeShaking(workDir: string): Promise<{ rows: string[][]; summary: SummaryRow[] }> {
  const rows: string[][] = [];
  const summary: SummaryRow[] = [];
  for (const [bundler, weigh] of [
    ["esbuild", esbuildMinified],
    ["Rollup", rollupMinified],
  ] as const) {
    const enumOnly = await weigh(enumOnlyApp, workDir);
    const typeOnly = await weigh(typeOnlyApp, workDir);
    const without = await weigh(noImportApp, workDir);
    rows.push([bundler, "`import { ObjectTypes }`", `${enumOnly} B`, `≤ ${enumGoalBytes} B`]);
    rows.push([bundler, "`import type { Phone }`", `${typeOnly - without} B more than no import`, "0 B"]);
    summary.push({
      measurement: `tree-shaking (${bundler}), \`import { ObjectTypes }\`, minified`,
      result: `${enumOnly} B`,
      goal: `≤ ${enumGoalBytes} B`,
      status: goalStatus(enumOnly <= enumGoalBytes),
    });
    summary.push({
      measurement: `tree-shaking (${bundler}), \`import type\`, bytes kept`,
      result: `${typeOnly - without} B`,
      goal: "0 B",
      status: goalStatus(typeOnly === without),
    });
  }
  return { rows, summary };
}

// ---- weight at 1, 100 and 500 operations ----------------------------------------------------------------------

/**
 * Bundles `src/` with `generated/` taken from `generatedDir`: an import that reaches the repo's generated/ goes to
 * the other one, and the other one's imports of `../src/…` come back to the repo.
 */
function swapGenerated(generatedDir: string): EsbuildPlugin {
  const repoGenerated = join(root, "generated");
  return {
    name: "swap-generated",
    setup(pluginBuild) {
      pluginBuild.onResolve({ filter: /^\.\.?\// }, (args) => {
        const target = resolve(args.resolveDir, args.path);
        if (target.startsWith(repoGenerated + "/")) {
          return { path: join(generatedDir, relative(repoGenerated, target)) };
        }
        if (args.importer.startsWith(generatedDir + "/") && !target.startsWith(generatedDir + "/")) {
          return { path: resolve(root, "generated", relative(generatedDir, args.importer), "..", args.path) };
        }
        return undefined;
      });
    },
  };
}

interface SplitWeight {
  upFrontGzip: number;
  upFrontChunks: number;
  /** The largest chunk of an operation group, and of an operation's validators: what a first call loads. */
  largestGroupGzip: number;
  largestValidatorsGzip: number;
  totalGzip: number;
  chunks: number;
}

/** esbuild with code splitting: the entry chunk and its static imports (up front), and every chunk (total). */
async function splitWeight(source: string, workDir: string, plugins: EsbuildPlugin[]): Promise<SplitWeight> {
  const { result, entry } = await splitBundle(source, workDir, root, plugins);
  const outputs = result.metafile.outputs;
  const entryOutput = Object.keys(outputs).find((name) => resolve(root, outputs[name]!.entryPoint ?? "") === entry)!;
  const upFront = new Set([entryOutput]);
  for (const name of upFront) {
    for (const imported of outputs[name]!.imports) if (imported.kind === "import-statement") upFront.add(imported.path);
  }
  const js = result.outputFiles.filter((file) => file.path.endsWith(".js"));
  const gzipOf = (names: Iterable<string>) =>
    [...names].reduce(
      (sum, name) => sum + gzipBytes(js.find((file) => file.path === resolve(root, name))!.contents),
      0,
    );
  const largestOf = (folder: string) =>
    Math.max(
      0,
      ...Object.keys(outputs)
        .filter((name) => outputs[name]!.entryPoint?.includes(`/generated/${folder}/`))
        .map((name) => gzipOf([name])),
    );
  return {
    upFrontGzip: gzipOf(upFront),
    upFrontChunks: upFront.size,
    largestGroupGzip: largestOf("operation-groups"),
    largestValidatorsGzip: largestOf("validators"),
    totalGzip: js.reduce((sum, file) => sum + gzipBytes(file.contents), 0),
    chunks: js.length,
  };
}

/** One GET, which every size of the synthetic spec has (its first resource's). */
const oneCallApp = (clientModule: string) =>
  `import { createCaliberClient } from ${JSON.stringify(clientModule)};\n` +
  'const client = createCaliberClient({ baseUrl: "https://caliber.example/CAPI2_Vision" });\n' +
  'export const call = () => client.GET("/api/v2/resource0/{resource0Id}", { params: { path: { resource0Id: 1 } } });\n';
const bareApp =
  'import createClient from "openapi-fetch";\n' +
  'const client = createClient({ baseUrl: "https://caliber.example/CAPI2_Vision" });\n' +
  'export const call = () => client.GET("/api/v2/resource0/{resource0Id}", { params: { path: { resource0Id: 1 } } });\n';

async function specScale(
  workDir: string,
  sizes: readonly number[],
): Promise<{ rows: string[][]; summary: SummaryRow[] }> {
  const bare = await splitWeight(bareApp, workDir, []);
  const rows: string[][] = [];
  let largest: { operations: number; weight: SplitWeight } | undefined;
  for (const operations of sizes) {
    const dir = join(workDir, `ops-${operations}`);
    mkdirSync(dir, { recursive: true });
    const specPath = join(dir, "openapi.yaml");
    writeFileSync(specPath, stringify(syntheticSpec(operations), { aliasDuplicateObjects: false }));
    const generatedDir = join(dir, "generated");
    await generateAll({ specPath, outDir: generatedDir });
    const weight = await splitWeight(oneCallApp(join(root, "src", "index.ts")), workDir, [swapGenerated(generatedDir)]);
    rows.push([
      String(operations),
      `${weight.upFrontGzip} B (${weight.upFrontChunks} chunk${weight.upFrontChunks === 1 ? "" : "s"})`,
      `${(weight.upFrontGzip / bare.upFrontGzip).toFixed(2)}×`,
      `${weight.largestGroupGzip} B + ${weight.largestValidatorsGzip} B`,
      `${weight.totalGzip} B (${weight.chunks} chunks)`,
      `${bare.upFrontGzip} B`,
    ]);
    largest = { operations, weight };
  }
  const summary: SummaryRow[] = largest
    ? [
        {
          measurement: `bundle, one-call app up front at ${largest.operations} operations (synthetic spec), gzip`,
          result: `${largest.weight.upFrontGzip} B (openapi-fetch: ${bare.upFrontGzip} B)`,
          goal: largest.operations === 500 ? `≤ ${upFrontGoalGzip} B` : "—",
          status: largest.operations === 500 ? goalStatus(largest.weight.upFrontGzip <= upFrontGoalGzip) : "info",
        },
      ]
    : [];
  return { rows, summary };
}

// ---- the XML writer's share of a non-split bundle -------------------------------------------------------------

/** The XML chunk replaced by a module that writes nothing: what is left is the bundle without the XML writer. */
const withoutXmlWriter: EsbuildPlugin = {
  name: "without-xml-writer",
  setup(pluginBuild) {
    pluginBuild.onResolve({ filter: /\/xml-body-[^/]*\.js$/ }, () => ({ path: "xml-body", namespace: "stub" }));
    pluginBuild.onLoad({ filter: /.*/, namespace: "stub" }, () => ({
      contents: "export const serializeXmlBody = () => [];",
      loader: "js",
    }));
  },
};

const jsonPatchApp =
  'import { createCaliberClient } from "caliber-api";\n' +
  'const client = createCaliberClient({ baseUrl: "https://caliber.example/CAPI2_Vision" });\n' +
  'export const call = () => client.PATCH("/api/v2/clientcontact/{clientContactId}/phone", ' +
  '{ params: { path: { clientContactId: 1 } }, body: { Number: "1" } });\n';

async function nonSplit(workDir: string, plugins: EsbuildPlugin[]): Promise<{ min: number; gzip: number }> {
  const entry = join(workDir, `app-${Math.random().toString(36).slice(2)}.js`);
  writeFileSync(entry, jsonPatchApp);
  const result = await build({
    entryPoints: [entry],
    absWorkingDir: root,
    nodePaths: [join(root, "node_modules")],
    bundle: true,
    minify: true,
    format: "esm",
    platform: "browser",
    write: false,
    logLevel: "error",
    alias: { "caliber-api": builtEntry },
    plugins,
  });
  const code = result.outputFiles[0]!.contents;
  return { min: code.length, gzip: gzipBytes(code) };
}

async function xmlShare(workDir: string): Promise<{ rows: string[][]; summary: SummaryRow[] }> {
  const full = await nonSplit(workDir, []);
  const without = await nonSplit(workDir, [withoutXmlWriter]);
  const share = { min: full.min - without.min, gzip: full.gzip - without.gzip };
  return {
    rows: [
      ["the JSON-only app (one PATCH), no splitting", `${full.min} B`, `${full.gzip} B`],
      ["the same, XML chunk replaced by an empty writer", `${without.min} B`, `${without.gzip} B`],
      ["what the XML writer adds", `${share.min} B`, `${share.gzip} B`],
    ],
    summary: [
      {
        measurement: "bundle, XML writer's share of a non-split JSON-only app, gzip",
        result: `${share.gzip} B of ${full.gzip} B`,
        goal: `≤ ${xmlShareGoalGzip} B`,
        status: goalStatus(share.gzip <= xmlShareGoalGzip),
      },
    ],
  };
}

export async function measureBundleGoals(smoke: boolean, log: (line: string) => void): Promise<GoalsReport> {
  const workDir = mkdtempSync(join(tmpdir(), "caliber-bench-goals-"));
  try {
    const shaking = await treeShaking(workDir);
    log(`  tree-shaking: ${shaking.summary.map((row) => row.result).join(", ")}`);
    const sizes = smoke ? [1] : [1, 100, 500];
    const scale = await specScale(workDir, sizes);
    log(`  up front at ${sizes.join("/")} operations: ${scale.rows.map((row) => row[1]).join(", ")}`);
    const xml = await xmlShare(workDir);
    log(`  XML writer's share: ${xml.rows[2]![2]} gzip`);
    const markdown = [
      "**Tree-shaking.** An app that imports only an enum const, and one that imports only a type, bundled from the " +
        "built `dist/index.js` by esbuild (`--bundle --minify`) and by Rollup 4 (with `@rollup/plugin-node-resolve`; " +
        "its output minified by esbuild, since Rollup does not minify). The whole bundle is counted, the app's own " +
        "`console.log` included.",
      "",
      markdownTable(["bundler", "app imports", "minified", "goal"], shaking.rows),
      "",
      "**Weight at 1, 100 and 500 operations.** One app with one call (`GET` of the first resource), bundled from " +
        "`src/` with `generated/` made from the synthetic spec of each size (`bench/synthetic-spec.ts`), with " +
        "`esbuild --bundle --minify --splitting --format=esm --platform=browser`; up front is the entry chunk and " +
        "its static imports, gzip per chunk. An operation's first call then loads its group's chunk (XML flags, " +
        "date-times, loaders of its operations' validators), and to validate, its validators' chunk and the request " +
        "checks' chunk: the largest group and validators chunks are shown. Bare openapi-fetch with the same call, " +
        "bundled the same way, beside it.",
      "",
      markdownTable(
        [
          "operations",
          "caliber-api up front, gzip",
          "/ openapi-fetch",
          "largest group + validators chunk, gzip",
          "caliber-api total, gzip",
          "openapi-fetch",
        ],
        scale.rows,
      ),
      "",
      "**The XML writer in a non-split bundle.** A JSON-only app (one PATCH) bundled from `dist/index.js` by " +
        "`esbuild --bundle --minify` without splitting, so the XML chunk's dynamic `import()` is inlined; then the " +
        "same with that chunk replaced by an empty writer. The difference is what XML costs an app that never sends it.",
      "",
      markdownTable(["bundle", "minified", "gzip"], xml.rows),
    ].join("\n");
    return { markdown, summary: [...shaking.summary, ...scale.summary, ...xml.summary] };
  } finally {
    rmSync(workDir, { recursive: true, force: true });
  }
}
