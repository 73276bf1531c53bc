// Every TypeScript snippet of the README and of the spec's descriptions compiles (here against src/; the consumer
// project, `npm run test:consumer`, compiles them against the packed package), and a snippet that shows output shows
// what the package really gives.
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import ts from "typescript";
import { afterAll, describe, expect, it } from "vitest";
import { markdownSnippets, snippetModule, specSnippets } from "../../scripts/consumer/snippets.ts";
import { readSpec } from "../../scripts/generate/spec.ts";
import { createCaliberClient, isCaliberValidationError, ObjectTypes, type Phone } from "../../src/index.ts";
import { startMockServer } from "../../src/mock/index.ts";
import { tempDir } from "../helpers/temp-dir.ts";

const readme = readFileSync(new URL("../../README.md", import.meta.url), "utf8");
const snippets = [...markdownSnippets(readme, "README.md"), ...specSnippets(await readSpec())];
const src = (file: string) => fileURLToPath(new URL(`../../src/${file}`, import.meta.url));

/** The lines of `// …` comment that follow `marker` in the README's snippet holding it, without the slashes. */
function shownAfter(marker: string): string[] {
  const snippet = snippets.find((s) => s.code.includes(marker))!;
  const after = snippet.code.slice(snippet.code.indexOf(marker)).split("\n").slice(marker.split("\n").length);
  const comment: string[] = [];
  for (const line of after) {
    const match = /^\s*\/\/ ?(.*)$/.exec(line);
    if (!match) break;
    comment.push(match[1]!);
  }
  return comment;
}

describe("the TypeScript snippets of the README and the spec", { timeout: 120_000 }, () => {
  it("are found: the README's and the spec's introduction's", () => {
    expect(snippets.filter((s) => s.where.startsWith("README.md")).length).toBeGreaterThanOrEqual(14);
    expect(snippets.some((s) => s.where.includes("#.info.description"))).toBe(true);
  });

  it("each compile, strict, as a module of a consumer's project", () => {
    const dir = tempDir("caliber-snippets-");
    const files = snippets.map((snippet, index) => {
      const file = join(dir, `snippet-${index + 1}.ts`);
      writeFileSync(file, snippetModule(snippet));
      return file;
    });
    const program = ts.createProgram(files, {
      strict: true,
      noEmit: true,
      target: ts.ScriptTarget.ES2022,
      module: ts.ModuleKind.ESNext,
      moduleResolution: ts.ModuleResolutionKind.Bundler,
      allowImportingTsExtensions: true,
      skipLibCheck: true,
      // src/ needs Node's types (the mock) and DOM iterables; a consumer's project may lack both, and the packed
      // declarations need neither (npm run test:consumer compiles these snippets with `types: []`).
      lib: ["lib.es2022.d.ts", "lib.dom.d.ts", "lib.dom.iterable.d.ts"],
      types: ["node"],
      paths: {
        "caliber-api": [src("index.ts")],
        "caliber-api/mock": [src("mock/index.ts")],
        "caliber-api/msw": [src("msw/index.ts")],
        // The snippets are written to a temporary directory, out of reach of this repository's node_modules.
        "msw/browser": [fileURLToPath(new URL("../../node_modules/msw/lib/browser/index.d.mts", import.meta.url))],
      },
    });
    const errors = ts.getPreEmitDiagnostics(program).map((d) => {
      const file = d.file?.fileName ?? "";
      const where = snippets[files.indexOf(file)]?.where ?? file;
      return `${where}: ${ts.flattenDiagnosticMessageText(d.messageText, " ")}`;
    });
    expect(errors).toEqual([]);
  });
});

const mock = await startMockServer();
afterAll(() => mock.close());

describe("the output the README's snippets show", () => {
  const path = "/api/v2/clientcontact/{clientContactId}/phone";

  it("a validation error lists the real issues, in the real order", async () => {
    const shown = shownAfter("console.error(e.issues);").join(" ");
    const issues = new Function(`return ${shown}`)() as unknown;
    const fromAForm = JSON.parse('{ "PhoneID": "1", "PhoneNumber": "555" }') as Phone;
    const client = createCaliberClient({ baseUrl: mock.url });
    const error = await client
      .PATCH(path, { params: { path: { clientContactId: 42 } }, body: fromAForm })
      .catch((e) => e);
    expect(isCaliberValidationError(error)).toBe(true);
    expect(error.issues).toEqual(issues);
    expect(readme).toContain(`JSON.parse('{ "PhoneID": "1", "PhoneNumber": "555" }') as Phone`);
  });

  it("an XML body is the XML the mock receives", async () => {
    const [, ...xml] = shownAfter('headers: { "Content-Type": "application/xml" },\n});');
    const client = createCaliberClient({ baseUrl: mock.url });
    await client.PATCH(path, {
      params: { path: { clientContactId: 42 } },
      body: { Number: "555-0100", RefType: ObjectTypes.Division },
      headers: { "Content-Type": "application/xml" },
    });
    expect(mock.requests.at(-1)!.rawBody).toBe(xml.join(""));
  });

  it("a bad baseUrl's TypeError, and what the mock records of a request", async () => {
    const [typeError] = shownAfter('createCaliberClient({ baseUrl: "https://caliber.internal/CAPI2_Vision/" });');
    expect(typeError).toBeUndefined(); // the comment is on the line itself
    const line = readme.split("\n").find((l) => l.includes("svc:pw@caliber.internal"))!;
    const message = line.slice(line.indexOf("// ") + 3).replace(/…$/, "");
    expect(() => createCaliberClient({ baseUrl: "https://svc:pw@caliber.internal" })).toThrow(
      message.replace(/^TypeError: /, ""),
    );
    const keys = /console\.log\(mock\.requests\[0\]\); \/\/ \{ (.*) \}/.exec(readme)![1]!.split(", ");
    const client = createCaliberClient({ baseUrl: mock.url });
    await client.PATCH(path, { params: { path: { clientContactId: 42 } }, body: { Number: "555-0100" } });
    expect(Object.keys(mock.requests.at(-1)!).sort()).toEqual(keys.sort());
  });
});
