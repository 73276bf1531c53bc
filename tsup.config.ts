import { defineConfig } from "tsup";

// ESM and CJS side by side, each with its own declarations (.d.ts for ESM, .d.cts for CJS).
export default defineConfig({
  entry: { index: "src/index.ts", types: "src/types.ts" },
  format: ["esm", "cjs"],
  dts: true,
  clean: false,
  target: "es2022",
  platform: "neutral",
  outDir: "dist",
});
