import { readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { stringify } from "yaml";
import { generateAll } from "../../scripts/generate.ts";
import type { WriteResult } from "../../scripts/generate/write-generated.ts";
import { tempDir } from "./temp-dir.ts";

export interface TempGeneration {
  /** The temp directory: the spec is `openapi.yaml`, the output is in `generated/`. */
  dir: string;
  outDir: string;
  states: Map<string, WriteResult>;
  read(file: string): string;
  /** Imports a generated module (its imports of `../src/…` reach this repo's src/ through a link). */
  load<T>(file: string): Promise<T>;
}

/** Runs the real generator on a spec (an object, written as YAML) into a fresh temp dir; never touches generated/. */
export async function generateInTemp(spec: object): Promise<TempGeneration> {
  const dir = tempDir("caliber-generate-");
  const specPath = join(dir, "openapi.yaml");
  writeFileSync(specPath, stringify(spec, { aliasDuplicateObjects: false }));
  const outDir = join(dir, "generated");
  const states = await generateAll({ specPath, outDir });
  symlinkSync(fileURLToPath(new URL("../../src", import.meta.url)), join(dir, "src"), "dir");
  return {
    dir,
    outDir,
    states,
    read: (file) => readFileSync(join(outDir, file), "utf8"),
    load: (file) => import(pathToFileURL(join(outDir, file)).href),
  };
}
