/**
 * `npm run docs`: renders spec/openapi.yaml into one self-contained page, dist/docs/index.html.
 * It renders the docs spec derived from it (scripts/docs/docs-spec.ts: XML media types shown in their wire form,
 * CHANGELOG.md in the introduction).
 * Redoc's scripts are inlined (--inlineBundle), docs/redoc-template.hbs adds a Content-Security-Policy that allows
 * no host, and the badge logo Redoc would fetch from its CDN is replaced by an inline one.
 * Checked in a real browser by test/docs.browser.test.ts.
 */
import { spawnSync } from "node:child_process";
import { readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { writeDocsSpec } from "./docs/docs-spec.ts";
import { inlineBadgeLogo } from "./docs/local-badge-logo.ts";

const root = fileURLToPath(new URL("..", import.meta.url));
const docsPath = `${root}dist/docs/index.html`;

async function main(): Promise<void> {
  const docsSpec = await writeDocsSpec(`${root}spec/openapi.yaml`, `${root}CHANGELOG.md`);
  console.log("docs: spec/openapi.yaml with XML bodies in their wire form, and CHANGELOG.md, for the page");
  console.log("docs: redocly build-docs → dist/docs/index.html");
  try {
    build(docsSpec);
  } finally {
    rmSync(dirname(docsSpec), { recursive: true, force: true });
  }
  writeFileSync(docsPath, inlineBadgeLogo(readFileSync(docsPath, "utf8")));
  console.log("docs: badge logo inlined; dist/docs/index.html loads nothing from any host");
}

function build(specFile: string): void {
  const redocly = spawnSync(
    "npx",
    [
      "--no-install",
      "redocly",
      "build-docs",
      specFile,
      "--inlineBundle",
      "--template",
      "docs/redoc-template.hbs",
      "--output",
      "dist/docs/index.html",
    ],
    {
      cwd: root,
      stdio: "inherit",
      env: { ...process.env, REDOCLY_TELEMETRY: "off", REDOCLY_SUPPRESS_UPDATE_NOTICE: "true" },
    },
  );
  if (redocly.status !== 0) throw new Error(`redocly build-docs exited with ${redocly.status ?? redocly.signal}`);
}

main().catch((error: unknown) => {
  console.error(`docs failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});
