import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { build, type BuildResult, type Plugin } from "esbuild";

/**
 * `source` written to a file in `workDir` and bundled as a browser app would be: esbuild, minified, ESM, with code
 * splitting, nothing written to disk. Returns the result (metafile and output files) and the entry file's path.
 */
export async function splitBundle(
  source: string,
  workDir: string,
  root: string,
  plugins: Plugin[],
  extension = "ts",
): Promise<{ result: BuildResult<{ write: false; metafile: true }>; entry: string }> {
  const entry = join(workDir, `app-${Math.random().toString(36).slice(2)}.${extension}`);
  writeFileSync(entry, source);
  const result = await build({
    entryPoints: [entry],
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
    plugins,
  });
  return { result, entry };
}
