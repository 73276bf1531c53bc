/**
 * `npm run spec:breaking -- <git-ref>`: compares spec/openapi.yaml at <git-ref> with the working tree, prints
 * every change with its class (breaking, feature, fix) and the version bump it needs.
 * Exit code 1 when anything is breaking, 0 otherwise, 2 when it cannot compare.
 *
 * `npm run spec:gate` (`--gate`, run by CI): the base is the merge-base with $SPEC_BASE_REF, or HEAD^1 when
 * that is unset; no base (first commit, shallow clone) passes with a note; breaking changes pass only when
 * package.json's major version is higher than at the base.
 * `npm run check:spec` (`--check`, part of `npm run check`): the same, but the base is the merge-base with
 * $SPEC_BASE_REF, or HEAD when that is unset, so an uncommitted edit of the spec is compared with the last commit.
 * `--spec <file>` compares another file (relative to the repository root).
 */
import { parseArgs } from "node:util";
import { runSpecComparison } from "./spec-diff/run.ts";

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    gate: { type: "boolean" },
    check: { type: "boolean" },
    spec: { type: "string" },
    help: { type: "boolean" },
  },
});
const gate = values.check ? "check" : (values.gate ?? false);
if (values.help || (!gate && positionals.length !== 1)) {
  console.log("usage: npm run spec:breaking -- <git-ref> [--spec spec/openapi.yaml]");
  console.log("       npm run check:spec  (base: merge-base with $SPEC_BASE_REF, else HEAD)");
  console.log("       npm run spec:gate   (base: merge-base with $SPEC_BASE_REF, else HEAD^1)");
  process.exitCode = values.help ? 0 : 2;
} else {
  runSpecComparison({ ref: positionals[0], specFile: values.spec ?? "spec/openapi.yaml", gate })
    .then((code) => {
      process.exitCode = code;
    })
    .catch((error: unknown) => {
      console.error(`spec:breaking failed: ${error instanceof Error ? error.message : String(error)}`);
      process.exitCode = 2;
    });
}
