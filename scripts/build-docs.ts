/**
 * `npm run docs`: renders spec/openapi.yaml into one self-contained page, dist/docs/index.html.
 * Redoc's scripts are inlined (--inlineBundle), docs/redoc-template.hbs adds a Content-Security-Policy that allows
 * no host, and the badge logo Redoc would fetch from its CDN is replaced by an inline one.
 * Checked in a real browser by test/docs.browser.test.ts.
 */
import { spawnSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { inlineBadgeLogo } from "./docs/local-badge-logo.ts";

const root = fileURLToPath(new URL("..", import.meta.url));
const docsPath = `${root}dist/docs/index.html`;

function main(): void {
  console.log("docs: redocly build-docs spec/openapi.yaml → dist/docs/index.html");
  const redocly = spawnSync(
    "npx",
    [
      "--no-install",
      "redocly",
      "build-docs",
      "spec/openapi.yaml",
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

  writeFileSync(docsPath, inlineBadgeLogo(readFileSync(docsPath, "utf8")));
  console.log("docs: badge logo inlined; dist/docs/index.html loads nothing from any host");
}

try {
  main();
} catch (error) {
  console.error(`docs failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
}
