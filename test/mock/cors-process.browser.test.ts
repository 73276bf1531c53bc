// The mock process serves browser tests: in headless Chromium, a page served from one port calls the bin
// (`caliber-api-mock`, run from source) on another port, in JSON and in XML, and sees its answers, a scripted
// one among them. A page of another site is refused at its preflight, unless --cors-origin names it, and no
// page can reach the control API.
import { spawn, type ChildProcess } from "node:child_process";
import { once } from "node:events";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchChromium, skipBrowserTests } from "../helpers/chromium.ts";
import { collectOutput } from "../helpers/child-output.ts";

const root = fileURLToPath(new URL("../..", import.meta.url));
const html = `<!doctype html><html><head><meta charset="utf-8"><title>loading</title><link rel="icon" href="data:,">
<script type="module" src="/main.js"></script></head><body></body></html>`;

/** The page and its script, from a node:http server of its own on 127.0.0.1. */
async function servePage(): Promise<{ server: Server; port: number }> {
  const bundle = await build({
    entryPoints: [`${root}test/mock/cors-page/main.ts`],
    bundle: true,
    platform: "browser",
    format: "esm",
    target: "es2022",
    write: false,
    logLevel: "error",
  });
  const script = bundle.outputFiles[0]!.contents;
  const server = createServer((request, response) => {
    if (request.url === "/main.js") return response.writeHead(200, { "content-type": "text/javascript" }).end(script);
    response.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(html);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return { server, port: (server.address() as AddressInfo).port };
}

/** The bin, from source, on a free port: its process, its printed URL and what it prints. */
async function startMockProcess(args: string[]) {
  const child = spawn(process.execPath, ["--import", "tsx", "src/bin/caliber-api-mock.ts", "--port", "0", ...args], {
    cwd: root,
  });
  const output = collectOutput(child);
  const [, url] = await output.waitFor(/mock: +(\S+)/);
  return { child, output, url: url! };
}

async function stop(child: ChildProcess | undefined): Promise<void> {
  if (!child || child.exitCode !== null) return;
  const exited = once(child, "exit");
  child.kill("SIGTERM");
  await exited;
}

describe.skipIf(skipBrowserTests)("the mock process, called from a page of another origin", { timeout: 60_000 }, () => {
  let browser: Browser;
  let site: { server: Server; port: number };
  let mock: Awaited<ReturnType<typeof startMockProcess>>;
  let listing: Awaited<ReturnType<typeof startMockProcess>>;
  const pageErrors: string[] = [];

  const openPage = async (origin: string): Promise<Page> => {
    const page = await browser.newPage();
    page.on("pageerror", (error) => pageErrors.push(error.message));
    await page.goto(`${origin}/`);
    await page.waitForFunction(() => document.title === "ready", undefined, { timeout: 30_000 });
    return page;
  };
  const recorded = async (url: string) => (await (await fetch(`${new URL(url).origin}/__mock/requests`)).json()).length;

  beforeAll(async () => {
    site = await servePage();
    [mock, listing] = await Promise.all([
      startMockProcess(["--base-path", "/CAPI2_Vision"]),
      startMockProcess(["--cors-origin", `http://site.test:${site.port}`]),
    ]);
    // site.test is another site that Chromium finds on this machine: no DNS, no network.
    browser = await launchChromium(["--host-resolver-rules=MAP site.test 127.0.0.1"]);
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await Promise.all([stop(mock?.child), stop(listing?.child)]);
    await new Promise((resolve) => site?.server.close(resolve));
  });

  const phone = { Number: "555-0100", RefType: 0, IsPrimary: true };

  it("answers a page on 127.0.0.1 and on localhost, in JSON and in XML, through the preflight", async () => {
    for (const pageOrigin of [`http://127.0.0.1:${site.port}`, `http://localhost:${site.port}`]) {
      const page = await openPage(pageOrigin);
      const json = await page.evaluate(([url, body]) => (window as any).page.patch(url, body), [mock.url, phone]);
      expect(json).toMatchObject({ status: 200, data: phone });
      const xml = await page.evaluate(
        ([url, body]) => (window as any).page.patch(url, body, "application/xml"),
        [mock.url, phone],
      );
      expect(xml).toMatchObject({ status: 200, data: phone });
      await page.close();
    }
    const log = mock.output.text();
    expect(log).toMatch(/OPTIONS \/CAPI2_Vision\/api\/v2\/clientcontact\/7\/phone → 204 \(preflight\)/);
    expect(log).toMatch(/PATCH \/CAPI2_Vision\/api\/v2\/clientcontact\/7\/phone → 200\n/);
  });

  it("lets the page read a scripted 503 with its Retry-After, and the 400 problem of a bad body", async () => {
    const queued = await fetch(`${new URL(mock.url).origin}/__mock/answers`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ status: 503, headers: { "Retry-After": "0" } }),
    });
    expect(queued.status).toBe(204);
    const page = await openPage(`http://127.0.0.1:${site.port}`);
    const scripted = await page.evaluate(([url, body]) => (window as any).page.patch(url, body), [mock.url, phone]);
    expect(scripted).toMatchObject({ status: 503, retryAfter: "0" });
    const bad = await page.evaluate(
      (url) => (window as any).page.patch(url, { PhoneID: "1" }, "application/json", false),
      mock.url,
    );
    expect(bad).toMatchObject({ status: 400, error: { title: "Bad Request", issues: [{ path: "body.PhoneID" }] } });
    await page.close();
  });

  it("refuses a page of another site at its preflight: the page sees a network error, the mock records nothing", async () => {
    const before = await recorded(mock.url);
    const page = await openPage(`http://site.test:${site.port}`);
    const refused = await page.evaluate(([url, body]) => (window as any).page.patch(url, body), [mock.url, phone]);
    expect(refused).toMatchObject({ threw: "CaliberNetworkError" });
    expect(mock.output.text()).toMatch(/OPTIONS \/CAPI2_Vision\/api\/v2\/clientcontact\/7\/phone → 403 \(preflight\)/);
    expect(await recorded(mock.url)).toBe(before);
    await page.close();
  });

  it("answers that site when --cors-origin names it", async () => {
    const page = await openPage(`http://site.test:${site.port}`);
    const json = await page.evaluate(([url, body]) => (window as any).page.patch(url, body), [listing.url, phone]);
    expect(json).toMatchObject({ status: 200, data: phone });
    const xml = await page.evaluate(
      ([url, body]) => (window as any).page.patch(url, body, "text/xml"),
      [listing.url, phone],
    );
    expect(xml).toMatchObject({ status: 200, data: phone });
    await page.close();
  });

  it("keeps every page, local or listed, from the control API", async () => {
    for (const [pageOrigin, target] of [
      [`http://127.0.0.1:${site.port}`, mock.url],
      [`http://site.test:${site.port}`, listing.url],
    ] as const) {
      const page = await openPage(pageOrigin);
      const control = `${new URL(target).origin}/__mock`;
      const results = await page.evaluate(
        (base) =>
          Promise.all([
            (window as any).page.plainFetch(`${base}/answers`, {
              method: "POST",
              headers: { "content-type": "application/json" },
              body: '{"status":500}',
            }),
            // No preflight needed for these: the mock refuses the form post, and the page cannot read the GET.
            (window as any).page.plainFetch(`${base}/reset`, { method: "POST", body: "x" }),
            (window as any).page.plainFetch(`${base}/requests`),
          ]),
        control,
      );
      expect(results).toEqual([{ threw: "TypeError" }, { threw: "TypeError" }, { threw: "TypeError" }]);
      await page.close();
    }
    // Nothing was queued: the next call gets the mock's own answer.
    const after = await fetch(`${mock.url}/api/v2/clientcontact/1/phone`, {
      method: "PATCH",
      headers: { "content-type": "application/json" },
      body: "{}",
    });
    expect(after.status).toBe(200);
    expect(mock.output.text()).toMatch(/POST \/__mock\/reset → 403 \(control API, refused\)/);
  });

  it("raised no page error", () => {
    expect(pageErrors).toEqual([]);
  });
});
