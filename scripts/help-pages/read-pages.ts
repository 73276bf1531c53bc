import { readdirSync, readFileSync, statSync } from "node:fs";
import { basename, join } from "node:path";
import { PageError } from "./page-lines.ts";
import { parsePage, type HelpPage } from "./parse-page.ts";

const pageFile = /\.(txt|html?)$/i;

/** The page files named: each file as given, each directory's .txt and .html files in name order. */
export function pageFiles(paths: string[]): string[] {
  return paths.flatMap((path) =>
    statSync(path).isDirectory()
      ? readdirSync(path)
          .filter((name) => pageFile.test(name))
          .sort()
          .map((name) => join(path, name))
      : [path],
  );
}

/** Reads every page; the ones that cannot be read come back as errors, each with its file and line. */
export function readPages(files: string[]): { pages: HelpPage[]; errors: PageError[] } {
  const pages: HelpPage[] = [];
  const errors: PageError[] = [];
  for (const file of files) {
    let content: string;
    try {
      content = readFileSync(file, "utf8");
    } catch (error) {
      errors.push(new PageError(basename(file), 1, `cannot be read: ${(error as Error).message}`));
      continue;
    }
    try {
      pages.push(parsePage(basename(file), content));
    } catch (error) {
      if (error instanceof PageError) errors.push(error);
      else throw error;
    }
  }
  return { pages, errors };
}
