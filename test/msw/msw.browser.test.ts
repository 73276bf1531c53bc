// `caliber-api/msw` in a real browser: headless Chromium runs the client against setupWorker(...handlers) in a
// service worker. JSON and XML PATCHes get 200, a bad body sent unvalidated gets a 400 problem, and a 503 the
// test scripts is seen by the page. The page's own server never sees an API request.
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchChromium, skipBrowserTests } from "../helpers/chromium.ts";
import { servePage } from "./browser-page.ts";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";

/** A port nothing listens on: one the system just gave out and took back. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

describe.skipIf(skipBrowserTests)("caliber-api/msw in headless Chromium", { timeout: 60_000 }, () => {
  let browser: Browser;
  let page: Page;
  let site: Awaited<ReturnType<typeof servePage>>;
  const pageErrors: string[] = [];
  const consoleErrors: string[] = [];

  beforeAll(async () => {
    site = await servePage();
    browser = await launchChromium();
    page = await browser.newPage();
    page.on("pageerror", (error) => pageErrors.push(error.message));
    page.on("console", (message) => message.type() === "error" && consoleErrors.push(message.text()));
    await page.goto(`${site.origin}/`);
    await page.waitForFunction(() => document.title === "ready", undefined, { timeout: 30_000 });
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await site?.close();
  });

  const phone = { Number: "555-0100", RefType: 0, IsPrimary: true };

  it("sends a valid PATCH as JSON and as XML, and gets 200 with the stored Phone", async () => {
    const json = await page.evaluate((body) => (window as any).page.patch(body), phone);
    expect(json).toMatchObject({ status: 200, data: phone });
    const xml = await page.evaluate((body) => (window as any).page.patch(body, "application/xml"), phone);
    expect(xml).toMatchObject({ status: 200, data: phone });
    const recorded = await page.evaluate(() =>
      (window as any).page.mock.requests.map((r: any) => [r.contentType, r.rawBody]),
    );
    expect(recorded[1][0]).toBe("application/xml");
    expect(recorded[1][1]).toMatch(
      /^<Phone .*<IsPrimary>true<\/IsPrimary><Number>555-0100<\/Number><RefType>Division<\/RefType><\/Phone>$/,
    );
  });

  it("needs no CORS: a client of another origin, answered in the worker, sees the answer without any CORS header", async () => {
    // A cross-origin PATCH with JSON would need a preflight from a server; the worker answers before any is sent.
    const answer = await page.evaluate(
      (body) =>
        (window as any).page.patchWith({ headers: { "X-Api-Key": "k" } }, (window as any).page.foreignBaseUrl, body),
      phone,
    );
    expect(answer).toMatchObject({ status: 200, data: phone, corsHeaders: [] });
    const recorded = await page.evaluate(() => (window as any).page.foreign.requests.map((r: any) => r.method));
    expect(recorded).toEqual(["PATCH"]);
  });

  it("gets a 400 problem for a bad body sent with validate: false", async () => {
    const bad = await page.evaluate(() => (window as any).page.patchUnchecked({ PhoneID: "1", Colour: "red" }));
    expect(bad.status).toBe(400);
    expect(bad.error).toMatchObject({ type: "about:blank", title: "Bad Request", status: 400 });
    expect(bad.error.issues).toEqual(
      expect.arrayContaining([
        { path: "body.PhoneID", message: "must be an integer" },
        { path: "body.Colour", message: "is not a property of the schema" },
      ]),
    );
  });

  it("sees a 503 the test scripted, then the mock's own answer again", async () => {
    await page.evaluate(() => (window as any).page.mock.answerNext({ status: 503, headers: { "Retry-After": "0" } }));
    const scripted = await page.evaluate((body) => (window as any).page.patch(body), phone);
    expect(scripted).toMatchObject({ status: 503, retryAfter: "0" });
    const after = await page.evaluate((body) => (window as any).page.patch(body), phone);
    expect(after).toMatchObject({ status: 200 });
  });

  it("a dropped connection is a CaliberNetworkError in the browser too, as a refused one is", async () => {
    await page.evaluate(() => (window as any).page.mock.answerNext({ drop: true }));
    const dropped = await page.evaluate((body) => (window as any).page.patch(body), phone);
    expect(dropped).toMatchObject({ threw: "CaliberNetworkError", network: true });
    const closed = `http://127.0.0.1:${await closedPort()}`;
    const refused = await page.evaluate((base) => (window as any).page.patchWith({}, base), closed);
    expect(refused).toMatchObject({ threw: "CaliberNetworkError", network: true });
  });

  it("an init fetch refuses is a CaliberValidationError, not a network error", async () => {
    const refused = await page.evaluate(() => (window as any).page.patchWith({ mode: "navigate" }));
    expect(refused).toMatchObject({
      threw: "CaliberValidationError",
      network: false,
      message: expect.stringMatching(/nothing was sent: init is refused by fetch: .*navigate/),
    });
  });

  it("answered everything in the worker: the page's server saw only the page, and nothing failed", () => {
    expect(site.requests.sort()).toEqual(["GET /", "GET /main.js", "GET /mockServiceWorker.js"]);
    expect(pageErrors).toEqual([]);
    // Chromium logs every 4xx/5xx answer and failed fetch as "Failed to load resource", mocked or not.
    expect(consoleErrors.filter((text) => !text.startsWith("Failed to load resource"))).toEqual([]);
  });
});
