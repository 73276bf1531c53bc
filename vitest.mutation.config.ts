import { defineConfig } from "vitest/config";

/**
 * The tests Stryker runs against each mutant of the core (stryker.config.mjs): every test of the core's subjects, in
 * process (loopback servers are fine), so a test added to one of these folders counts. Left out below: child
 * processes, load and generated-input tests, and tests of types, tools and the browser; the packed package's tests
 * (test/package/) and the ASP.NET conformance suite are not in these folders.
 */
export default defineConfig({
  test: {
    include: [
      "test/client/*.test.ts",
      "test/differential/*.test.ts",
      "test/formats/*.test.ts",
      // The generator's half of the operation lookup, with the hash the client shares (operation-facts.ts).
      "test/generate/operation-groups.test.ts",
      "test/mock/*.test.ts",
      "test/model/*.test.ts",
      "test/msw/*.test.ts",
      "test/transport/*.test.ts",
      "test/validation/*.test.ts",
    ],
    exclude: [
      // A child process that must exit: it runs src/ through tsx, where no mutant is active.
      "test/client/process-exit.e2e.test.ts",
      "test/mock/delay-cleanup.e2e.test.ts",
      "test/mock/start.test.ts",
      "test/mock/memory.e2e.test.ts",
      "test/client/memory-bounds.e2e.test.ts",
      // Load and generated input: thousands of calls each, what they check per call the tests above check one by one.
      "test/client/concurrency.e2e.test.ts",
      "test/mock/load.e2e.test.ts",
      "test/validation/validation.property.e2e.test.ts",
      "test/client/request-size-large.e2e.test.ts",
      // TypeScript's language service, redocly, esbuild and Chromium: slow, and about types, tools or bundles.
      "test/client/hover.test.ts",
      "test/mock/contract-drift.test.ts",
      "test/msw/browser-bundle.test.ts",
      "test/**/*.browser.test.ts",
    ],
  },
});
