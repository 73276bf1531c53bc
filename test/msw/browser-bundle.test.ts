// `caliber-api/msw` bundles for the browser: esbuild with platform "browser" resolves no Node built-in, so any
// `node:` import (directly or through the shared mock core) fails the build. The node:http mock is the control:
// it must fail the same build, or the check would prove nothing.
import { build } from "esbuild";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const root = fileURLToPath(new URL("../..", import.meta.url));

const bundleForBrowser = (entry: string) =>
  build({
    entryPoints: [`${root}${entry}`],
    absWorkingDir: root,
    bundle: true,
    platform: "browser",
    format: "esm",
    write: false,
    metafile: true,
    logLevel: "silent",
  });

describe("bundling for the browser", () => {
  it("src/msw/index.ts bundles with msw's browser-safe entry and no Node-only module", async () => {
    const { metafile } = await bundleForBrowser("src/msw/index.ts");
    const inputs = Object.keys(metafile.inputs);
    expect(inputs).toContain("src/mock/mock-core.ts");
    expect(inputs.filter((input) => /^node:|\/msw\/lib\/node\//.test(input))).toEqual([]);
    const nodeAdapters = ["src/mock/node-handler.ts", "src/mock/server.ts", "src/mock/read-body.ts"];
    expect(inputs.filter((input) => nodeAdapters.includes(input))).toEqual([]);
  });

  it("src/mock/index.ts (node:http) does not: the check can fail", async () => {
    await expect(bundleForBrowser("src/mock/index.ts")).rejects.toThrow(/Could not resolve "node:http"/);
  });
});
