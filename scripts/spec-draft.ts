/**
 * `npm run spec:draft -- [--write] PAGE...`: drafts what spec/openapi.yaml lacks from saved help pages (text or the
 * HTML the HelpPage area serves; a directory stands for its pages): operations, parameters, bodies, responses,
 * component schemas and enums. Prints the draft as YAML, or with `--write` merges it into the spec, leaving the
 * rest as it was written. A page that cannot be read, a sample that disagrees with its table, a type described
 * nowhere, or a conflict with the spec is reported with file and line, and nothing is written (exit code 1).
 *
 * `npm run check:pages` (`--check`, part of `npm run check`): holds the spec to every page in spec/help-pages/.
 * `--spec <file>` and `--pages <dir>` read other files (tests use them).
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { parse, stringify } from "yaml";
import { checkPages } from "./help-pages/check-pages.ts";
import { conflictsWithSpec, draftSpec, modelPages, type PageIssue, type SpecLike } from "./help-pages/draft-spec.ts";
import { appendEntries, mergeDraft } from "./help-pages/merge-draft.ts";
import { pageFiles, readPages } from "./help-pages/read-pages.ts";

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    write: { type: "boolean" },
    check: { type: "boolean" },
    spec: { type: "string", default: "spec/openapi.yaml" },
    pages: { type: "string", default: "spec/help-pages" },
    help: { type: "boolean" },
  },
});

const print = (issue: PageIssue) => `${issue.file}:${issue.line}: ${issue.at ? `${issue.at}: ` : ""}${issue.message}`;

async function main(): Promise<number> {
  if (values.help || (!values.check && positionals.length === 0)) {
    console.log("usage: npm run spec:draft -- [--write] [--spec spec/openapi.yaml] PAGE|DIR...");
    console.log("       npm run check:pages   (holds the spec to every page in spec/help-pages/)");
    return values.help ? 0 : 2;
  }
  const specText = readFileSync(values.spec, "utf8");
  const spec = parse(specText) as SpecLike;
  const { pages, errors } = readPages(pageFiles(values.check ? [values.pages] : positionals));
  for (const error of errors) console.error(error.message);

  if (values.check) {
    const { issues, notes } = checkPages(pages, spec);
    for (const note of notes) console.log(`check:pages: note: ${note}`);
    for (const issue of issues) console.error(print(issue));
    if (errors.length + issues.length > 0) {
      console.error(
        `check:pages: ${errors.length + issues.length} disagreement(s) between ${values.spec} and ${values.pages}/`,
      );
      return 1;
    }
    console.log(`check:pages: ${values.spec} holds to the ${pages.length} page(s) in ${values.pages}/`);
    return 0;
  }

  const model = modelPages(pages, spec);
  const conflicts = conflictsWithSpec(model, spec);
  const problems = [...model.problems, ...model.missingModels, ...conflicts];
  for (const problem of problems) console.error(print(problem));
  if (errors.length + problems.length > 0) {
    console.error(`spec:draft: nothing drafted or written: ${errors.length + problems.length} problem(s) above`);
    return 1;
  }
  const draft = draftSpec(pages, spec, model);
  for (const note of [...draft.alreadyDescribed, ...draft.notes]) console.error(`spec:draft: note: ${note}`);
  const empty =
    Object.keys(draft.paths).length + Object.keys(draft.schemas).length + Object.keys(draft.enumMembers).length === 0;
  if (values.write) {
    if (empty) {
      console.log(`spec:draft: ${values.spec} already describes everything these pages say`);
      return 0;
    }
    writeFileSync(values.spec, await formatted(mergeDraft(specText, draft), values.spec));
    await ignoreXmlExamples(
      Object.keys(draft.examples).filter((name) => typeof draft.examples[name]!.value === "string"),
    );
    console.log(`spec:draft: wrote ${describe(draft)} into ${values.spec}; now run npm run generate and npm run check`);
    return 0;
  }
  const output: Record<string, unknown> = {};
  if (draft.tags.length > 0) output.tags = draft.tags;
  if (Object.keys(draft.paths).length > 0) output.paths = draft.paths;
  const components: Record<string, unknown> = {};
  if (Object.keys(draft.schemas).length > 0) components.schemas = draft.schemas;
  if (Object.keys(draft.examples).length > 0) components.examples = draft.examples;
  if (Object.keys(components).length > 0) output.components = components;
  process.stdout.write(`# Drafted from ${pages.length} help page(s): ${describe(draft)}\n`);
  if (Object.keys(output).length > 0)
    process.stdout.write(stringify(output, { lineWidth: 0, aliasDuplicateObjects: false }));
  if (Object.keys(draft.enumMembers).length > 0) {
    process.stdout.write("# Members added to enums the spec has (enum, x-enum-varnames, x-enum-descriptions):\n");
    process.stdout.write(stringify({ enumMembers: draft.enumMembers }, { lineWidth: 0 }));
  }
  return 0;
}

/**
 * Redocly checks an XML example's string against the object schema (Redocly/redocly-cli#1276), as for the seed's
 * `PhoneXmlSample`: each new XML example gets the same entry in .redocly.lint-ignore.yaml.
 */
async function ignoreXmlExamples(names: string[]): Promise<void> {
  if (names.length === 0) return;
  const file = ".redocly.lint-ignore.yaml";
  const source = existsSync(file) ? readFileSync(file, "utf8") : "";
  const listed =
    (parse(source || "{}") as Record<string, Record<string, string[]>>)?.[values.spec]?.[
      "no-invalid-media-type-examples"
    ] ?? [];
  const entries = names.map((name) => `#/components/examples/${name}/value`).filter((entry) => !listed.includes(entry));
  if (entries.length === 0) return;
  const merged = appendEntries(source, [values.spec, "no-invalid-media-type-examples"], entries);
  writeFileSync(file, await formatted(merged, file));
}

/** The text as `npm run format` would leave it (prettier is loaded only to write: check stays quick). */
async function formatted(text: string, file: string): Promise<string> {
  const { format, resolveConfig } = await import("prettier");
  return format(text, { ...((await resolveConfig(file)) ?? {}), filepath: file });
}

function describe(draft: ReturnType<typeof draftSpec>): string {
  const operations = Object.values(draft.paths).reduce((n, item) => n + Object.keys(item).length, 0);
  const members = Object.values(draft.enumMembers).reduce((n, list) => n + list.length, 0);
  return `${operations} operation(s), ${Object.keys(draft.schemas).length} schema(s), ${members} enum member(s), ${Object.keys(draft.examples).length} example(s)`;
}

main()
  .then((code) => {
    process.exitCode = code;
  })
  .catch((error: unknown) => {
    console.error(`spec:draft failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 2;
  });
