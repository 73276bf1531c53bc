import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { stringify } from "yaml";
import { generateAll } from "../../scripts/generate.ts";
import type { WriteResult } from "../../scripts/generate/write-generated.ts";

export interface TempGeneration {
  /** The temp directory: the spec is `openapi.yaml`, the output is in `generated/`. */
  dir: string;
  outDir: string;
  states: Map<string, WriteResult>;
  read(file: string): string;
}

/** Runs the real generator on a spec (an object, written as YAML) into a fresh temp dir; never touches generated/. */
export async function generateInTemp(spec: object): Promise<TempGeneration> {
  const dir = mkdtempSync(join(tmpdir(), "caliber-generate-"));
  const specPath = join(dir, "openapi.yaml");
  writeFileSync(specPath, stringify(spec, { aliasDuplicateObjects: false }));
  const outDir = join(dir, "generated");
  const states = await generateAll({ specPath, outDir });
  return { dir, outDir, states, read: (file) => readFileSync(join(outDir, file), "utf8") };
}
