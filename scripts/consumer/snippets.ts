/**
 * The TypeScript snippets a reader copies: each ```ts block of the README and of the spec's descriptions (the docs
 * page shows them), as a module the consumer project compiles against the packed package. A snippet is compiled as
 * written, inside a block, after a preamble that stands for what the prose around it has set up: its imports are
 * hoisted above the block; the names it uses without defining them are declared below (`snippetPreamble`).
 */
import type { OpenApiDocument } from "../generate/spec.ts";

export interface Snippet {
  /** Where it is, for messages: `README.md:120`. */
  where: string;
  code: string;
}

/** Every ```ts block of a Markdown text, with the line it starts on. */
export function markdownSnippets(markdown: string, file: string, lineOffset = 0): Snippet[] {
  return [...markdown.matchAll(/^```ts\n([\s\S]*?)^```$/gm)].map((match) => ({
    where: `${file}:${lineOffset + markdown.slice(0, match.index).split("\n").length}`,
    code: match[1]!,
  }));
}

/** The ```ts blocks of every `description` in the spec (info, operations, schemas…), named by their JSON path. */
export function specSnippets(spec: OpenApiDocument, file = "spec/openapi.yaml"): Snippet[] {
  const found: Snippet[] = [];
  const walk = (node: unknown, at: string) => {
    if (node === null || typeof node !== "object") return;
    for (const [key, value] of Object.entries(node)) {
      if (key === "description" && typeof value === "string") {
        found.push(...markdownSnippets(value, `${file} ${at}.description`));
      } else walk(value, `${at}.${key}`);
    }
  };
  walk(spec, "#");
  return found;
}

/**
 * What the README's prose has set up before its snippets: each name a snippet uses without defining it. Values come
 * from the package (the snippets' own imports, hoisted, are the same); the rest is declared, typed as a reader's
 * code would have it. Keep it to names the snippets need.
 */
export const snippetPreamble = `import * as caliberApi from "caliber-api";
declare const token: string;
declare const baseUrl: string;
declare const tokens: { get(): Promise<string> };
declare const client: import("caliber-api").CaliberClient;
declare const path: "/api/v2/clientcontact/{clientContactId}/phone";
declare const params: { path: { clientContactId: number } };
declare const phone: import("caliber-api").Phone;
declare const body: import("caliber-api").Phone;
declare const mock: import("caliber-api/mock").MockServer;
declare function it(name: string, test: () => unknown): void;
declare function beforeAll(hook: () => unknown): void;
declare function afterEach(hook: () => unknown): void;
declare function afterAll(hook: () => unknown): void;
declare function expect(actual: unknown): Record<"toBe" | "toEqual" | "toMatchObject", (expected: unknown) => void>;
export {};
`;

const blockPreamble = `  const { createCaliberClient, ObjectTypes, isCaliberValidationError, isCaliberTimeoutError } = caliberApi;
  const { isCaliberNetworkError, isCaliberHttpError, isCaliberResponseParseError } = caliberApi;
  type Phone = caliberApi.Phone;
  type ObjectTypes = caliberApi.ObjectTypes;
`;

/** An import statement, on one line or several (`import {\n  a,\n} from "x";`), up to its semicolon. */
const importStatement = /^import\s[\s\S]*?;[ \t]*$/gm;

/** A snippet as a module: its imports first, the preamble, then the snippet itself inside a block (it may shadow). */
export function snippetModule(snippet: Snippet): string {
  const imports = snippet.code.match(importStatement) ?? [];
  const rest = snippet.code.replace(importStatement, "").split("\n");
  return [
    `// ${snippet.where}, compiled as written (scripts/consumer/snippets.ts)`,
    ...imports,
    snippetPreamble,
    "{",
    blockPreamble,
    "  {",
    ...rest.map((line) => (line === "" ? "" : `    ${line}`)),
    "  }",
    "}",
    "",
  ].join("\n");
}
