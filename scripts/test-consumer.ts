/**
 * `npm run test:consumer`: test/consumer/ is another team's project. This packs the built package, installs the
 * tarball into a copy of that project in a temporary directory, adds the README's and the spec's TypeScript
 * snippets to it, type-checks it (nodenext and bundler, strict) and runs its CommonJS and ESM smoke files. Needs `npm run build` first. See scripts/consumer/run.ts.
 */
import { runConsumerTest } from "./consumer/run.ts";

console.log("consumer project: pack, install, type-check, run");
runConsumerTest().catch((error: unknown) => {
  console.error(`consumer project failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});
