import { basename, dirname, join } from "node:path";
import { defineConfig, type Options } from "tsup";

// The package's entry points. Each needs a matching subpath in package.json `exports`; the pack test
// (test/package-files.test.ts) fails if an export points at a file the build did not make.
/** Entry points with code: built as ESM (.js) and CJS (.cjs), each with its own declarations (.d.ts, .d.cts). */
const runtimeEntries = {
  index: "src/index.ts",
  mock: "src/mock/index.ts",
  msw: "src/msw/index.ts",
};
/** Entry points with types only (`caliber-api/types`): declarations, no JavaScript. */
const typeOnlyEntries = {
  types: "src/types.ts",
};
/**
 * Declarations more than one entry shares get a file of their own, named for what it holds, so that a consumer's
 * go-to-definition lands in `errors.d.ts` rather than in a hashed chunk under an alias (`C as CaliberError`).
 */
const sharedDeclarations = {
  errors: "src/errors.ts",
  enums: "generated/enums.ts",
  "mock-types": "src/mock/mock-types.ts",
};

/**
 * Node has no chunk to fetch: the CJS build loads what the ESM build loads on first use (each `load-*.ts` under
 * src/: the XML format and reader, the form writer, the Date conversion, the retries, the redirect follower, the
 * request-limit issue, the counting response body, and every operation's facts and validators) with the rest, from
 * their `.eager.ts` stand-ins.
 */
const eagerLazyParts: NonNullable<Options["esbuildPlugins"]>[number] = {
  name: "eager-lazy-parts",
  setup(build) {
    build.onResolve({ filter: /\/load-[a-z-]+\.ts$/ }, (args) => ({
      path: join(args.resolveDir, dirname(args.path), basename(args.path).replace(/\.ts$/, ".eager.ts")),
    }));
  },
};

const shared: Options = {
  entry: runtimeEntries,
  dts: { entry: { ...runtimeEntries, ...typeOnlyEntries, ...sharedDeclarations } },
  target: "es2022",
  platform: "neutral",
  outDir: "dist",
  // The two builds run in parallel, so neither may empty dist/: `npm run build` does that first.
  clean: false,
};

export default defineConfig([
  { ...shared, format: "esm" },
  {
    ...shared,
    format: "cjs",
    // openapi-fetch's only export of createClient is `default`. In CJS
    // output of a `"type": "module"` package, esbuild follows Node and turns a default import of a required
    // package into its whole `module.exports` (evanw/esbuild#3852), so `require("caliber-api")` would call an
    // object. Bundling its ESM build into the CJS output avoids the interop; the ESM output keeps it as an
    // ordinary dependency.
    noExternal: ["openapi-fetch"],
    esbuildPlugins: [eagerLazyParts],
  },
  // The `caliber-api-mock` bin (package.json `bin`): ESM only, for Node, no declarations.
  {
    entry: { "caliber-api-mock": "src/bin/caliber-api-mock.ts" },
    format: "esm",
    target: "node20",
    platform: "node",
    outDir: "dist",
    clean: false,
  },
]);
