// Fixture pages and specs for the help-page tests, and the draft → merge → parse round trip they share.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { parse } from "yaml";
import { draftSpec, modelPages, type SpecLike } from "../../scripts/help-pages/draft-spec.ts";
import { mergeDraft } from "../../scripts/help-pages/merge-draft.ts";
import type { HelpPage } from "../../scripts/help-pages/parse-page.ts";
import { pageFiles, readPages } from "../../scripts/help-pages/read-pages.ts";

export const fixtures = fileURLToPath(new URL("fixtures/", import.meta.url));
export const fixturePagesDir = fixtures + "pages";
export const seedPagesDir = fileURLToPath(new URL("../../spec/help-pages", import.meta.url));
export const emptySpecText = readFileSync(fixtures + "empty-spec.yaml", "utf8");

/** Reads every page of a directory (or the files given); fails the test on a page that cannot be read. */
export function loadPages(...paths: string[]): HelpPage[] {
  const { pages, errors } = readPages(pageFiles(paths));
  if (errors.length > 0) throw new Error(errors.map((e) => e.message).join("\n"));
  return pages;
}

/** Drafts the pages into the spec text as `--write` does (without prettier), and parses the result. */
export function draftInto(specText: string, pages: HelpPage[]): { text: string; spec: any; notes: string[] } {
  const before = parse(specText) as SpecLike;
  const model = modelPages(pages, before);
  const problems = [...model.problems, ...model.missingModels];
  if (problems.length > 0) throw new Error(problems.map((p) => `${p.file}:${p.line}: ${p.message}`).join("\n"));
  const draft = draftSpec(pages, before, model);
  const text = mergeDraft(specText, draft);
  return { text, spec: parse(text), notes: draft.notes };
}
