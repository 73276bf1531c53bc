// The packed package in every runtime the README names: Node (import and require), Bun, Deno, Cloudflare's workerd
// (through miniflare) and a browser app (esbuild, headless Chromium). Each runs the same app, smoke-app.mjs: the five
// request formats reach a real server on 127.0.0.1 as the bytes the README shows, a bad body is refused with
// nothing sent, and a call the server never answers ends in CaliberTimeoutError. Loading any entry point does no
// work that workerd refuses at module scope (module-scope-trap.mjs). Needs `npm run build` first.
import { execFile } from "node:child_process";
import { copyFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { build } from "esbuild";
import { Miniflare } from "miniflare";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { launchChromium, skipBrowserTests } from "../helpers/chromium.ts";
import { installPackedPackage } from "../helpers/packed-package.ts";
import { startRecordingServer, type RecordingServer } from "../helpers/recording-server.ts";

const run = promisify(execFile);
const here = fileURLToPath(new URL(".", import.meta.url));
const bin = (name: string) => fileURLToPath(new URL(`../../node_modules/.bin/${name}`, import.meta.url));
const basePath = "/CAPI2_Vision";
const formats = ["application/json", "text/json", "application/xml", "text/xml", "application/x-www-form-urlencoded"];
/** The id the server never answers. */
const hangingId = 408;
const timeoutMs = 300;
const plan = JSON.stringify({ formats, hangingId, timeoutMs });

const xmlRoot =
  '<Phone xmlns:i="http://www.w3.org/2001/XMLSchema-instance" xmlns="http://schemas.datacontract.org/2004/07/CaliberAPI">';
const xml = `${xmlRoot}<NameOption>Contact1</NameOption><Number>555 &amp; &lt;0100&gt;</Number></Phone>`;
const json = '{"Number":"555 & <0100>","NameOption":0}';
/** What { Number: "555 & <0100>", NameOption: Contact1 } is on the wire in each format (README, "Request formats"). */
const wire: Record<string, string> = {
  "application/json": json,
  "text/json": json,
  "application/xml": xml,
  "text/xml": xml,
  "application/x-www-form-urlencoded": "Number=555+%26+%3C0100%3E&NameOption=0",
};

let project = "";
let remove = () => {};
let server: RecordingServer;
/** The browser app's files, served by the same server as the API (one origin: no CORS in the way). */
const pageFiles = new Map<string, string>();

beforeAll(async () => {
  ({ project, remove } = installPackedPackage("msw@2.15.0"));
  for (const file of ["smoke-app.mjs", "module-scope-trap.mjs", "load-entries.mjs"]) {
    copyFileSync(join(here, file), join(project, file));
  }
  server = await startRecordingServer();
}, 120_000);
afterAll(async () => {
  await server?.close();
  remove();
});
beforeEach(() => {
  server.reset();
  server.respondWith((request, response) => {
    const page = request.method === "GET" ? pageFiles.get(request.url) : undefined;
    if (page !== undefined) {
      const type = request.url.endsWith(".js") ? "text/javascript" : "text/html";
      response.writeHead(200, { "content-type": `${type}; charset=utf-8` }).end(page);
    } else if (!request.url.includes(`/${hangingId}/`)) {
      response.writeHead(200).end();
    } // the hanging id is never answered: the client's deadline must end the call
  });
});

interface SmokeReport {
  statuses: Record<string, number>;
  refused: { guard: boolean; name: string; paths: string[] };
  timedOut: { guard: boolean; name: string; timeoutMs: number };
}

/** The app's report and what the server received, against what every runtime must show. */
function expectSmoke(report: SmokeReport): void {
  expect(report).toEqual({
    statuses: Object.fromEntries(formats.map((type) => [type, 200])),
    refused: {
      guard: true,
      name: "CaliberValidationError",
      paths: ["body.PhoneNumber", "body.RefType", "body.RefType"],
    },
    timedOut: { guard: true, name: "CaliberTimeoutError", timeoutMs },
  });
  const received = server.requests
    .filter((request) => request.method === "PATCH")
    .map((request) => ({ url: request.url, contentType: request.headers["content-type"], body: request.body }));
  // The refused body is not among them: nothing was sent for it.
  expect(received).toEqual([
    ...formats.map((type) => ({
      url: `${basePath}/api/v2/clientcontact/7/phone`,
      contentType: type,
      body: wire[type],
    })),
    { url: `${basePath}/api/v2/clientcontact/${hangingId}/phone`, contentType: "application/json", body: "{}" },
  ]);
}

/** A script that runs the app against the server and prints its report; all it needs is written in (Deno has no argv). */
function writeRunner(file: string, load: "import" | "require" = "import"): string {
  const args = `caliber, ${JSON.stringify(server.origin + basePath)}, ${plan}`;
  const source =
    load === "require"
      ? `const caliber = require("caliber-api");\n` +
        `import("./smoke-app.mjs").then(({ runSmoke }) => runSmoke(${args})).then((r) => console.log(JSON.stringify(r)));\n`
      : `import * as caliber from "caliber-api";\nimport { runSmoke } from "./smoke-app.mjs";\n` +
        `console.log(JSON.stringify(await runSmoke(${args})));\n`;
  writeFileSync(join(project, file), source);
  return file;
}

async function runIn(command: string, args: string[], env: Record<string, string> = {}): Promise<SmokeReport> {
  const { stdout } = await run(command, args, { cwd: project, env: { ...process.env, ...env }, timeout: 60_000 });
  return JSON.parse(stdout.trim().split("\n").at(-1)!) as SmokeReport;
}

describe("the packed package in each runtime", () => {
  it("Node: every entry point, imported and required, loads without timers, random values or AbortController", async () => {
    const { stdout } = await run("node", ["--import", "./module-scope-trap.mjs", "load-entries.mjs"], { cwd: project });
    const loaded = JSON.parse(stdout) as Record<string, string[]>;
    expect(loaded.import).toEqual(expect.arrayContaining(["createCaliberClient", "ObjectTypes", "isCaliberError"]));
    expect(loaded.require).toEqual(loaded.import);
    expect(loaded).toMatchObject({ importMock: ["startMockServer"], importMsw: ["createMswHandlers"] });
    expect(loaded.requireMock).toEqual(loaded.importMock);
  });

  it("Node, import: five formats, a refused body, a timeout", async () => {
    expectSmoke(await runIn("node", [writeRunner("run-node.mjs")]));
  });

  it("Node, require: the same from the CJS build", async () => {
    expectSmoke(await runIn("node", [writeRunner("run-node.cjs", "require")]));
  });

  it("Bun", async () => {
    expectSmoke(await runIn(bin("bun"), [writeRunner("run-bun.mjs")]));
  });

  it("Deno, with network access to 127.0.0.1 only", async () => {
    const denoDir = join(project, ".deno");
    expectSmoke(
      await runIn(bin("deno"), ["run", "--allow-net=127.0.0.1", writeRunner("run-deno.mjs")], { DENO_DIR: denoDir }),
    );
  });

  it("workerd (miniflare): the app bundled into a worker, run per request", { timeout: 60_000 }, async () => {
    writeFileSync(
      join(project, "worker.mjs"),
      'import * as caliber from "caliber-api";\nimport { runSmoke } from "./smoke-app.mjs";\n' +
        "export default { async fetch(request) {\n" +
        '  const base = new URL(request.url).searchParams.get("base");\n' +
        `  return Response.json(await runSmoke(caliber, base, ${plan}));\n} };\n`,
    );
    const bundled = await build({
      entryPoints: [join(project, "worker.mjs")],
      absWorkingDir: project,
      bundle: true,
      format: "esm",
      platform: "neutral",
      mainFields: ["module", "main"],
      conditions: ["workerd", "worker", "browser"],
      write: false,
      logLevel: "error",
    });
    // The script's text, not a scriptPath: miniflare refuses a path outside its working directory.
    const miniflare = new Miniflare({
      modules: true,
      script: bundled.outputFiles[0]!.text,
      compatibilityDate: "2026-07-30",
    });
    try {
      const response = await miniflare.dispatchFetch(
        `http://worker.test/?base=${encodeURIComponent(server.origin + basePath)}`,
      );
      expectSmoke((await response.json()) as SmokeReport);
    } finally {
      await miniflare.dispose();
    }
  });

  it.skipIf(skipBrowserTests)("a browser app (esbuild, code splitting) in Chromium", { timeout: 60_000 }, async () => {
    writeFileSync(
      join(project, "page.mjs"),
      'import * as caliber from "caliber-api";\nimport { runSmoke } from "./smoke-app.mjs";\n' +
        "window.runSmoke = (baseUrl, plan) => runSmoke(caliber, baseUrl, plan);\n",
    );
    const bundled = await build({
      entryPoints: [join(project, "page.mjs")],
      absWorkingDir: project,
      bundle: true,
      splitting: true,
      format: "esm",
      platform: "browser",
      outdir: join(project, "page"),
      write: false,
      logLevel: "error",
    });
    pageFiles.clear();
    for (const file of bundled.outputFiles) pageFiles.set(`/page/${file.path.split("/").at(-1)}`, file.text);
    // The XML format is its own chunk, loaded by the first XML body.
    expect(pageFiles.size).toBeGreaterThan(1);
    pageFiles.set("/", '<!doctype html><script type="module" src="/page/page.js"></script>');
    const browser = await launchChromium();
    try {
      const page = await browser.newPage();
      const errors: string[] = [];
      page.on("pageerror", (error) => errors.push(error.message));
      await page.goto(server.origin + "/");
      await page.waitForFunction(() => "runSmoke" in window);
      type Run = (baseUrl: string, plan: unknown) => Promise<unknown>;
      const report = await page.evaluate(
        ([baseUrl, given]) => (window as unknown as { runSmoke: Run }).runSmoke(baseUrl!, JSON.parse(given!)),
        [server.origin + basePath, plan],
      );
      expectSmoke(report as SmokeReport);
      expect(errors).toEqual([]);
    } finally {
      await browser.close();
    }
  });
});
