// Mutation testing of the core (npm run test:mutation; DEVELOPERS.md, "Testing"). Survivors that cannot change
// behaviour are explained in test/mutation-survivors.md.
import process from "node:process";

/** @type {import("@stryker-mutator/api/core").PartialStrykerOptions} */
export default {
  testRunner: "vitest",
  vitest: { configFile: "vitest.mutation.config.ts" },
  coverageAnalysis: "perTest",
  mutate: [
    "src/formats/**/*.ts",
    "src/validation/**/*.ts",
    "src/transport/**/*.ts",
    "src/errors.ts",
    "src/client/http-error.ts",
    "src/client/response.ts",
    "src/client/header-check.ts",
    "src/client/options.ts",
    "src/client/url-values.ts",
    "src/mock/mock-core.ts",
    "src/mock/answers.ts",
    "src/mock/routes.ts",
    "src/mock/problem.ts",
    "src/mock/request-log.ts",
    "src/mock/stored-bodies.ts",
    "src/model/sample-value.ts",
    "src/model/value-issues.ts",
  ],
  // Not needed by the tests above; keeps the sandbox copy small.
  ignorePatterns: ["/dist", "/bench", "/docs", "/test/aspnet", "/test/consumer", "/test/conformance", "/.vitest-*"],
  // CI logs get a line per step instead of a redrawn bar.
  reporters: ["clear-text", process.env.CI ? "progress-append-only" : "progress", "html", "json"],
  htmlReporter: { fileName: "reports/mutation/index.html" },
  jsonReporter: { fileName: "reports/mutation/mutation.json" },
  // The score table only: the HTML report shows every mutant and its tests, and test:mutation names any survivor
  // that test/mutation-survivors.md does not explain.
  clearTextReporter: { allowEmojis: false, logTests: false, reportTests: false, reportMutants: false },
  thresholds: { high: 95, low: 90, break: 90 },
  // Only what changed since the last run is tested again; commit this file with the change (DEVELOPERS.md).
  // Static mutants (module-level code, run once per test file) took 56 % of a full run's time for 11 % of the
  // mutants: each needs every test file run again. They are left out of runs and of the score.
  ignoreStatic: true,
  incremental: true,
  incrementalFile: "test/mutation/stryker-incremental.json",
  concurrency: 2,
  // The tests wait on real sockets; a shared machine under load needs room before a slow run counts as a hang.
  timeoutMS: 10_000,
  timeoutFactor: 2,
  tempDirName: ".stryker-tmp",
};
