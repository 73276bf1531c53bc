// dist/docs/index.html as a reader meets it: opened from disk in headless Chromium, offline, each operation opened
// from the menu. Needs `npm run build` and Chromium (see DEVELOPERS.md). Everything it looks for is read from the
// spec (and, for the XML bodies' wire form, from the docs spec the page is built from), for every operation.
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath, pathToFileURL } from "node:url";
import type { Browser, Locator, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { docsSpec } from "../../scripts/docs/docs-spec.ts";
import { readSpec } from "../../scripts/generate/spec.ts";
import { bodyFormatOf } from "../../src/formats/media-types.ts";
import { httpMethods } from "../../src/http-methods.ts";
import { launchChromium, skipBrowserTests } from "../helpers/chromium.ts";
import { pixelStats } from "../helpers/screenshot.ts";

const docsPath = fileURLToPath(new URL("../../dist/docs/index.html", import.meta.url));
const screenshotPath = fileURLToPath(new URL("../../dist/docs/screenshot.png", import.meta.url));
const docsUrl = pathToFileURL(docsPath).href;

const spec = (await readSpec()) as any;
const rendered = docsSpec(spec) as any;
const resolve = (schema: any): any =>
  typeof schema?.$ref === "string" ? resolve(spec.components.schemas[schema.$ref.split("/").pop()]) : schema;
/** The one schema of a nullable union (`oneOf`/`anyOf` with `{ type: "null" }`), else the schema. */
const unwrapNull = (schema: any): any => {
  const branches = (schema?.oneOf ?? schema?.anyOf ?? []).filter((branch: any) => branch.type !== "null");
  return branches.length === 1 ? resolve(branches[0]) : schema;
};
/** The field names a body's sample shows: an object's, or its items' for a collection. */
function fieldsOf(schema: any): string[] {
  const own = unwrapNull(resolve(schema));
  if (own?.properties) return Object.keys(own.properties);
  return own?.items ? fieldsOf(own.items) : [];
}
/** Whether a schema says what its value is (the page renders a sample), not only that it is undocumented. */
const describesAType = (schema: any) =>
  ["type", "properties", "items", "enum", "oneOf", "anyOf", "allOf"].some((k) => resolve(schema)?.[k] !== undefined);

const operations = Object.entries<any>(spec.paths).flatMap(([path, pathItem]) =>
  httpMethods
    .filter((method) => pathItem[method])
    .map((method) => ({ path, method, operation: pathItem[method], derived: rendered.paths[path][method] })),
);
const enumSchemas = Object.entries<any>(spec.components.schemas).filter(([, schema]) => schema.enum);
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
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
  });

  /** Opens an operation as a reader does, from the menu (its tag first, when its entry is folded away). */
  async function open(operation: any): Promise<Locator> {
    const entry = page.getByText(operation.summary, { exact: true }).first();
    if (!(await entry.isVisible())) await page.getByText(operation.tags[0], { exact: true }).first().click();
    await entry.click();
    const section = page
      .locator('[data-item-kind="httpItem"]')
      .filter({ has: page.locator("h2").getByText(operation.summary, { exact: true }) });
    await section.waitFor();
    return section;
  }

  it("shows the intro on installing and calling", async () => {
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

  it("has operations, and request bodies with fields and enums, to check", () => {
    expect(operations.length).toBeGreaterThan(0);
    expect(operations.some(({ operation }) => fieldsOf(bodySchemaOf(operation)).length > 0)).toBe(true);
    expect(operations.some(({ operation }) => enumFieldsOf(operation).length > 0)).toBe(enumSchemas.length > 0);
  });

  describe.each(operations.map((each) => ({ ...each, name: `${each.method.toUpperCase()} ${each.path}` })))(
    "$name",
    ({ path, method, operation, derived }) => {
      const bodySchema = bodySchemaOf(operation);
      const fieldNames = fieldsOf(bodySchema);
      const enumFields = enumFieldsOf(operation);

      it("opens from the menu and shows its method, its path and its description", async () => {
        const section = await open(operation);
        await expectVisible(section.getByText(method.toUpperCase(), { exact: true }));
        await expectVisible(section.getByText(path, { exact: true }));
        await expectVisible(section.getByText(plain(operation.description.split("\n\n")[0])));
      });

      if (fieldNames.length > 0) {
        it(`shows all ${fieldNames.length} fields of its body, in each request media type`, async () => {
          const request = (await open(operation)).locator('[id$="/request/body"]');
          for (const mediaType of Object.keys(operation.requestBody.content)) {
            await choose(request.getByRole("button", { name: /^(application|text)\// }), mediaType);
            for (const field of fieldNames) {
              await expectVisible(request.getByText(field, { exact: true }), `${mediaType}: ${field}`);
            }
          }
        });
      }

      if (enumFields.length > 0) {
        it("shows the known member names of each enum its body's fields name, and the policy for unknown members", async () => {
          const request = (await open(operation)).locator('[id$="/request/body"]');
          // As the spec gives the body (in XML the page shows the wire form: an enum as its member names).
          const given = Object.keys(operation.requestBody.content).find((type) => bodyFormatOf(type) !== "xml")!;
          await choose(request.getByRole("button", { name: /^(application|text)\// }), given);
          for (const [field, schema] of enumFields) {
            for (const name of resolve(schema)["x-enum-varnames"]) {
              await expectVisible(request.getByText(name, { exact: true }), `${field}: ${name}`);
            }
          }
          for (const heading of ["Known members:", "Unknown members:"]) {
            const shown = request.getByText(heading, { exact: true });
            expect(await shown.count(), heading).toBe(enumFields.length);
            for (const each of await shown.all()) await expectVisible(each, heading);
          }
        });
      }

      if (operation.requestBody) {
        it("shows a sample of its body for each request media type", async () => {
          const payload = (await open(operation)).locator('[data-testid="right-panel"]').filter({ hasText: "Payload" });
          for (const [mediaType, content] of Object.entries<any>(operation.requestBody.content)) {
            await choose(payload.getByRole("button", { name: "Payload media type" }), mediaType);
            await expectSample(payload, mediaType, content, derived.requestBody.content[mediaType].schema);
          }
        });
      }

      const typedAnswers = Object.entries<any>(operation.responses ?? {}).filter(([, response]) =>
        Object.values<any>(response.content ?? {}).some((media) => describesAType(media.schema)),
      );
      if (typedAnswers.length > 0) {
        it("shows a sample of each answer with a schema, for each of its media types", async () => {
          const answers = (await open(operation))
            .locator('[data-testid="right-panel"]')
            .filter({ hasText: "Response" });
          for (const [status, response] of typedAnswers) {
            await answers.getByRole("button", { name: status, exact: true }).click();
            for (const [mediaType, content] of Object.entries<any>(response.content)) {
              await choose(answers.getByRole("button", { name: "Response media type" }), mediaType);
              await expectSample(answers, mediaType, content, derived.responses[status].content[mediaType].schema);
            }
          }
        });
      }
    },
  );

  it("saves a screenshot that is not blank", async () => {
    await open(operations[0]!.operation);
    const png = await page.screenshot({ fullPage: true });
    writeFileSync(screenshotPath, png);
    const stats = await pixelStats(browser, png);
    console.log(`screenshot ${screenshotPath}: ${JSON.stringify(stats)}`);
    expect(stats.height).toBeGreaterThan(1000);
    expect(stats.distinctColors).toBeGreaterThan(100);
    expect(stats.foregroundShare).toBeGreaterThan(0.05);
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

  /** Picks a media type in a panel's dropdown (a panel of one media type has none to pick). */
  async function choose(dropdown: Locator, mediaType: string): Promise<void> {
    if ((await dropdown.count()) === 0) return;
    await dropdown.click();
    await page.getByRole("menuitem", { name: mediaType, exact: true }).click();
  }
});

/** The request body's schema (every media type names the same one). */
function bodySchemaOf(operation: any): any {
  return Object.values<any>(operation.requestBody?.content ?? {})[0]?.schema;
}

/** The fields of the request body that are enums, each with its schema. */
function enumFieldsOf(operation: any): [string, any][] {
  const properties = unwrapNull(resolve(bodySchemaOf(operation)))?.properties ?? {};
  return Object.entries<any>(properties).filter(([, field]) => resolve(field)?.enum);
}

/**
 * The sample a panel shows for a media type: its example's text when the spec gives one, else one of the schema
 * that shows the body's fields; in XML, opening with the root element in its namespace, as DataContract writes it.
 */
async function expectSample(panel: Locator, mediaType: string, content: any, renderedSchema: any): Promise<void> {
  const sample = panel.locator('[data-component-name="CodeBlock/CodeBlock"]');
  await expectVisible(sample, mediaType);
  // Redoc folds a long sample after its first lines.
  const more = panel.getByRole("button", { name: "Show more", exact: true });
  if ((await more.count()) > 0) await more.first().click();
  const text = await sample.first().innerText();
  const example = Object.values<any>(content.examples ?? {})[0];
  if (example) {
    const value = example.$ref ? spec.components.examples[example.$ref.split("/").pop()].value : example.value;
    const wanted = typeof value === "string" ? [value.split("\n")[0]!] : Object.keys(value);
    for (const fragment of wanted) expect(text, `${mediaType} sample`).toContain(fragment);
    return;
  }
  for (const field of fieldsOf(content.schema)) expect(text, `${mediaType} sample`).toContain(field);
  if (bodyFormatOf(mediaType) === "xml") {
    const { name, namespace } = renderedSchema.xml as { name: string; namespace?: string };
    const opening = /^<([^\s>/]+)([^>]*)>/.exec(text.trimStart());
    expect(opening?.[1], `${mediaType} sample: root element`).toBe(name);
    if (namespace) expect(opening?.[2], `${mediaType} sample: root namespace`).toContain(` xmlns="${namespace}"`);
  }
}

/** Shown (some occurrence visible), once Redoc has rendered it: it renders an operation's parts as they are reached. */
async function expectVisible(locator: Locator, what?: string): Promise<void> {
  const shown = locator.filter({ visible: true });
  await shown
    .first()
    .waitFor({ state: "visible", timeout: 5_000 })
    .catch(() => undefined);
  expect(await shown.count(), what ?? String(locator)).toBeGreaterThan(0);
}
