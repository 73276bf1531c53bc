// What other teams install: `npm pack --dry-run` must list only what a consumer imports or reads.
// Needs a build (`npm run build`): without dist/ the export targets are missing and this fails saying so.
import { readFileSync, statSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import {
  checkPackedFiles,
  exportTargets,
  filesForReaders,
  listPackedFiles,
  packageImports,
} from "../helpers/package-files.ts";

const root = fileURLToPath(new URL("../..", import.meta.url));
const packageJson = JSON.parse(readFileSync(`${root}package.json`, "utf8"));
/** What a consumer reaches: the exports, and the bin that `npx caliber-api-mock` runs. */
const entryPoints = { exports: packageJson.exports, bin: packageJson.bin };
const readPacked = (path: string) => readFileSync(root + path, "utf8");

describe("npm pack", () => {
  const packed = listPackedFiles(root);

  it("packs every file the exports map points at (run `npm run build` first)", () => {
    console.log(`npm pack --dry-run lists ${packed.length} files:\n  ${packed.join("\n  ")}`);
    const { missing } = checkPackedFiles(packed, entryPoints, readPacked);
    expect(missing, "exported or imported but not packed; did `npm run build` run?").toEqual([]);
  });

  it("packs nothing a consumer cannot reach: no sources, tests, scripts, generated/ or stale build output", () => {
    const { unexpected } = checkPackedFiles(packed, entryPoints, readPacked);
    expect(unexpected).toEqual([]);
  });

  it("ships a README whose relative links all point into the tarball", () => {
    const readme = readFileSync(`${root}README.md`, "utf8");
    const relativeLinks = [...readme.matchAll(/\]\(([^)\s]+)\)/g)]
      .map((match) => match[1]!.split("#")[0]!)
      .filter((target) => target !== "" && !/^[a-z]+:/i.test(target));
    expect(relativeLinks.filter((target) => !packed.includes(target.replace(/^\.\//, "")))).toEqual([]);
  });

  it("exports `.`, `./types`, `./openapi.yaml` and `./package.json`, ESM and CJS each with declarations", () => {
    expect(Object.keys(packageJson.exports)).toEqual(expect.arrayContaining([".", "./types", "./openapi.yaml"]));
    expect(packageJson.exports["./package.json"]).toBe("./package.json");
    expect(packageJson.exports["."]).toEqual({
      import: { types: "./dist/index.d.ts", default: "./dist/index.js" },
      require: { types: "./dist/index.d.cts", default: "./dist/index.cjs" },
    });
    // Types only: no JavaScript behind `caliber-api/types`.
    expect(exportTargets(packageJson.exports["./types"])).toEqual(["dist/types.d.cts", "dist/types.d.ts"]);
    expect(packageJson.engines).toEqual({ node: ">=20.19" });
  });

  it("exports `./msw` like `./mock`, and declares msw an optional peer", () => {
    expect(packageJson.exports["./msw"]).toEqual({
      import: { types: "./dist/msw.d.ts", default: "./dist/msw.js" },
      require: { types: "./dist/msw.d.cts", default: "./dist/msw.cjs" },
    });
    expect(packageJson.peerDependencies).toEqual({ msw: "^2.0.0" });
    expect(packageJson.peerDependenciesMeta).toEqual({ msw: { optional: true } });
  });

  it("imports msw only from `caliber-api/msw`: no other entry point, declarations included, reaches it", () => {
    const importersOfMsw = (subpath: string) => {
      const { unexpected } = checkPackedFiles(packed, { [subpath]: packageJson.exports[subpath] }, readPacked);
      const reached = packed.filter((file) => !unexpected.includes(file) && !filesForReaders.includes(file));
      return reached.filter((file) => packageImports(readPacked(file)).some((name) => /^msw(\/|$)/.test(name)));
    };
    for (const subpath of [".", "./types", "./mock"]) expect(importersOfMsw(subpath), subpath).toEqual([]);
    expect(importersOfMsw("./msw")).toEqual(expect.arrayContaining(["dist/msw.js", "dist/msw.cjs", "dist/msw.d.ts"]));
  });

  it("packs the caliber-api-mock bin as an executable ESM file with a node shebang", () => {
    expect(packageJson.bin).toEqual({ "caliber-api-mock": "./dist/caliber-api-mock.js" });
    expect(packed).toContain("dist/caliber-api-mock.js");
    expect(readPacked("dist/caliber-api-mock.js")).toMatch(/^#!\/usr\/bin\/env node\n/);
    expect(statSync(`${root}dist/caliber-api-mock.js`).mode & 0o111).not.toBe(0);
  });
});

describe("checkPackedFiles", () => {
  const exportsField = { ".": { import: { types: "./dist/index.d.ts", default: "./dist/index.js" } } };
  const files: Record<string, string> = {
    "dist/index.js": 'export * from "./chunk-ABC.js";',
    "dist/chunk-ABC.js": "export const a = 1;",
    "dist/index.d.ts": 'export * from "./shared-XYZ.js";',
    "dist/shared-XYZ.d.ts": "export type A = 1;",
  };
  const read = (path: string) => files[path] ?? "";

  it("accepts exported files, the chunks and declarations they import, and the files for readers", () => {
    const packed = [...Object.keys(files), "package.json", "README.md", "dist/docs/index.html"];
    expect(checkPackedFiles(packed, exportsField, read)).toEqual({ unexpected: [], missing: [] });
  });

  it("reports sources, tests, stale output and screenshots as unexpected", () => {
    const extra = ["src/client.ts", "test/spec.test.ts", "dist/old-entry.js", "dist/docs/screenshot.png"];
    const { unexpected } = checkPackedFiles([...Object.keys(files), ...extra], exportsField, read);
    expect(unexpected.sort()).toEqual(extra.sort());
  });

  it("reports an exported file or an imported declaration that is not packed as missing", () => {
    const packed = ["dist/index.js", "dist/chunk-ABC.js", "dist/index.d.ts"];
    expect(checkPackedFiles(packed, exportsField, read).missing).toEqual(["dist/shared-XYZ.d.ts"]);
    expect(checkPackedFiles([], exportsField, read).missing).toEqual(["dist/index.d.ts", "dist/index.js"]);
  });
});
