/**
 * The page of msw.browser.test.ts: test/msw/page/main.ts bundled for the browser by esbuild (the client and
 * `caliber-api/msw` from src, msw/browser from node_modules), with the installed msw's worker script, served
 * over http on 127.0.0.1 (a service worker needs http and a JavaScript MIME type).
 */
import { build } from "esbuild";
import { readFileSync } from "node:fs";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("../..", import.meta.url));
const html = `<!doctype html><html><head><meta charset="utf-8"><title>loading</title><link rel="icon" href="data:,">
<script type="module" src="/main.js"></script></head><body></body></html>`;

export async function servePage(): Promise<{ origin: string; requests: string[]; close: () => Promise<void> }> {
  const bundle = await build({
    entryPoints: [`${root}test/msw/page/main.ts`],
    bundle: true,
    platform: "browser",
    format: "esm",
    target: "es2022",
    write: false,
    logLevel: "error",
  });
  const files: Record<string, { type: string; body: string | Uint8Array }> = {
    "/": { type: "text/html; charset=utf-8", body: html },
    "/main.js": { type: "text/javascript; charset=utf-8", body: bundle.outputFiles[0]!.contents },
    // The installed msw's own copy, so its version always matches the msw the page was bundled with.
    "/mockServiceWorker.js": {
      type: "text/javascript; charset=utf-8",
      body: readFileSync(`${root}node_modules/msw/lib/mockServiceWorker.js`),
    },
  };
  const requests: string[] = [];
  const server = createServer((request, response) => {
    requests.push(`${request.method} ${request.url}`);
    const file = files[request.url ?? ""];
    if (!file) return response.writeHead(404, { "content-type": "text/plain" }).end("not found");
    response.writeHead(200, { "content-type": file.type, "cache-control": "no-store" }).end(file.body);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    requests,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
