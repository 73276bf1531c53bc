// dist/docs/index.html as a reader meets it: opened from disk in headless Chromium, offline, operation expanded.
// Needs `npm run build` and Chromium (see DEVELOPERS.md). Everything it looks for is read from the spec.
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath, pathToFileURL } from "node:url";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readSpec } from "../../scripts/generate/spec.ts";
import { launchChromium, skipBrowserTests } from "../helpers/chromium.ts";
import { pixelStats } from "../helpers/screenshot.ts";

const docsPath = fileURLToPath(new URL("../../dist/docs/index.html", import.meta.url));
const screenshotPath = fileURLToPath(new URL("../../dist/docs/screenshot.png", import.meta.url));
const docsUrl = pathToFileURL(docsPath).href;

const spec = (await readSpec()) as any;
const [path, pathItem] = Object.entries<any>(spec.paths)[0]!;
const [method, operation] = Object.entries<any>(pathItem)[0]!;
const bodySchemaName: string = operation.requestBody.content["application/json"].schema.$ref.split("/").pop();
const fieldNames = Object.keys(spec.components.schemas[bodySchemaName].properties);
const enumSchemas = Object.entries<any>(spec.components.schemas).filter(([, schema]) => schema.enum);
const enumMemberNames: string[] = enumSchemas.flatMap(([, schema]) => schema["x-enum-varnames"]);
/** Markdown as the reader sees it: without backticks, on one line. */
const plain = (markdown: string) => markdown.replace(/`/g, "").replace(/\s+/g, " ").trim();

/** Requests that stay on the reader's machine: the page itself and what it builds in memory. */
function isLocal(url: string): boolean {
  return url === docsUrl || ["data:", "blob:", "about:"].includes(new URL(url).protocol);
}

describe.skipIf(skipBrowserTests)("dist/docs/index.html in headless Chromium", { timeout: 60_000 }, () => {
  let browser: Browser;
  let page: Page;
  const requests: string[] = [];
  const pageErrors: string[] = [];
  const consoleErrors: string[] = [];

  beforeAll(async () => {
    if (!existsSync(docsPath)) throw new Error(`${docsPath} is missing: run \`npm run build\` first`);
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
    page.on("request", (request) => requests.push(request.url()));
    page.on("pageerror", (error) => pageErrors.push(error.message));
    page.on("console", (message) => message.type() === "error" && consoleErrors.push(message.text()));
    await page.goto(docsUrl, { waitUntil: "load" });
    // A reader opens the operation from the menu: its tag, then the operation (which shows it in full).
    await page.getByText(operation.tags[0], { exact: true }).first().click();
    await page.getByText(operation.summary, { exact: true }).first().click();
    await page.getByText(operation.summary, { exact: true }).first().waitFor();
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
  });

  it("shows the method, the path, the operation's description and the intro on installing and calling", async () => {
    await expectVisible(page.getByText(method.toUpperCase(), { exact: true }));
    await expectVisible(page.getByText(path, { exact: true }));
    await expectVisible(page.getByText(plain(operation.description.split("\n\n")[0])));
    await expectVisible(page.getByText("npm install caliber-api", { exact: true }));
    await expectVisible(page.getByText('} from "caliber-api";'));
  });

  it("shows the code samples of the intro without scrolling sideways (at 1400 px)", async () => {
    const blocks = page.locator("pre").filter({ hasText: "createCaliberClient" });
    expect(await blocks.count()).toBeGreaterThan(0);
    for (const block of await blocks.all()) {
      const { scrollWidth, clientWidth } = await block.evaluate((pre) => ({
        scrollWidth: pre.scrollWidth,
        clientWidth: pre.clientWidth,
      }));
      expect(scrollWidth, await block.innerText()).toBeLessThanOrEqual(clientWidth);
    }
  });

  it("is an HTML5 document with no comment before it", async () => {
    const html = readFileSync(docsPath, "utf8");
    expect(html.startsWith("<!DOCTYPE html>")).toBe(true);
    expect(await page.evaluate(() => document.compatMode)).toBe("CSS1Compat");
  });

  it(`shows all ${fieldNames.length} fields of ${bodySchemaName}`, async () => {
    expect(fieldNames).toHaveLength(16);
    for (const field of fieldNames) await expectVisible(page.getByText(field, { exact: true }), field);
  });

  it("shows each enum's known member names and the policy for unknown members", async () => {
    expect(enumMemberNames.length).toBeGreaterThan(0);
    for (const name of enumMemberNames) await expectVisible(page.getByText(name, { exact: true }), name);
    for (const heading of ["Known members:", "Unknown members:"]) {
      const shown = page.getByText(heading, { exact: true });
      expect(await shown.count(), heading).toBe(enumSchemas.length);
      for (const each of await shown.all()) await expectVisible(each, heading);
    }
  });

  it("saves a screenshot that is not blank", async () => {
    const png = await page.screenshot({ fullPage: true });
    writeFileSync(screenshotPath, png);
    const stats = await pixelStats(browser, png);
    console.log(`screenshot ${screenshotPath}: ${JSON.stringify(stats)}`);
    expect(stats.height).toBeGreaterThan(1000);
    expect(stats.distinctColors).toBeGreaterThan(100);
    expect(stats.foregroundShare).toBeGreaterThan(0.05);
  });

  it("shows an example for each request media type", async () => {
    for (const [mediaType, content] of Object.entries<any>(operation.requestBody.content)) {
      await page
        .getByRole("button", { name: /^(application|text)\// })
        .last()
        .click();
      await page.getByRole("menuitem", { name: mediaType, exact: true }).click();
      const example = Object.values<any>(content.examples)[0];
      const value = spec.components.examples[example.$ref.split("/").pop()].value;
      const sample = page.locator('[data-component-name="CodeBlock/CodeBlock"]').filter({ hasText: fieldNames[0]! });
      await expectVisible(sample, mediaType);
      const text = await sample.innerText();
      const wanted = typeof value === "string" ? [value.split("\n")[0]!] : Object.keys(value);
      for (const fragment of wanted) expect(text, `${mediaType} sample`).toContain(fragment);
    }
  });

  it("shows the changelog: this version's heading and its first change", async () => {
    const changelog = readFileSync(fileURLToPath(new URL("../../CHANGELOG.md", import.meta.url)), "utf8");
    const firstChange = /^- (.+)$/m.exec(changelog)![1]!;
    await page.getByText("Changelog", { exact: true }).first().click();
    await expectVisible(page.getByText(spec.info.version, { exact: true }), spec.info.version);
    await expectVisible(page.getByText(plain(firstChange)), firstChange);
  });

  it("makes no request to any host, and has no page errors or console errors", () => {
    expect(requests.filter((url) => !isLocal(url))).toEqual([]);
    expect(requests).toContain(docsUrl);
    expect(pageErrors).toEqual([]);
    expect(consoleErrors).toEqual([]);
  });
});

async function expectVisible(locator: ReturnType<Page["locator"]>, what?: string): Promise<void> {
  expect(await locator.first().isVisible(), what ?? String(locator)).toBe(true);
}
