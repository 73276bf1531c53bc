import { defineConfig } from "vitest/config";

const conformance = "test/conformance/**/*.test.ts";

export default defineConfig({
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: "unit",
          include: ["test/**/*.test.ts"],
          exclude: [conformance],
          // Type tests (*.test-d.ts) run through tsc: a line that should not compile must fail to compile.
          typecheck: { enabled: true, include: ["test/**/*.test-d.ts"], tsconfig: "./tsconfig.json" },
        },
      },
      {
        extends: true,
        test: {
          // The packed package against a real ASP.NET Web API; its setup runs only when these files run.
          name: "conformance",
          include: [conformance],
          globalSetup: ["test/conformance/global-setup.ts"],
        },
      },
    ],
  },
});
