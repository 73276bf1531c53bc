/**
 * Installs the packed package into a copy of test/consumer/, as another team would, and checks it from outside:
 * strict type checks under nodenext and bundler resolution (with every `@ts-expect-error` proven to be the
 * intended error), then `require` from CommonJS and `import` from ESM against a real server on 127.0.0.1.
 */
import { execFileSync } from "node:child_process";
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { readSpec } from "../generate/spec.ts";
import { checkTypes } from "./check-types.ts";
import { markdownSnippets, snippetModule, specSnippets } from "./snippets.ts";

const root = fileURLToPath(new URL("../..", import.meta.url));
const tsconfigs = ["tsconfig.nodenext.json", "tsconfig.bundler.json"];
const smokeFiles = ["smoke.cjs", "smoke.mjs", "smoke-mock.mjs", "smoke-msw.mjs", "smoke-bin.mjs"];
/**
 * The oldest and newest TypeScript the README promises, compiled with their own `tsc` (installed under aliases).
 * 5.3 and older fail inside openapi-fetch's declarations (TS2344).
 */
const supportedTypeScripts = { "typescript-oldest": "5.4.5", "typescript-newest": "7.0.2" };
/** Under nodenext, ESM code must load the .d.ts declarations and CommonJS code the .d.cts ones. */
const declarationsBothFormatsLoad = [
  "dist/index.d.ts",
  "dist/index.d.cts",
  "dist/types.d.ts",
  "dist/types.d.cts",
  "dist/msw.d.ts",
];
/** msw is an optional peer: the team installs the version this repo tests with (from npm's cache). */
const mswVersion = (
  JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as { devDependencies: Record<string, string> }
).devDependencies.msw;

function run(command: string, args: string[], cwd: string): string {
  return execFileSync(command, args, { cwd, encoding: "utf8", stdio: ["ignore", "pipe", "inherit"] });
}

/** Packs the built package (as `npm publish` would) into `directory`; returns the tarball's path. */
export function pack(directory: string): string {
  if (!existsSync(join(root, "dist/index.js"))) throw new Error("dist/ is missing: run `npm run build` first");
  const output = run("npm", ["pack", "--json", "--ignore-scripts", "--pack-destination", directory], root);
  const [result] = JSON.parse(output) as [{ filename: string }];
  return join(directory, result.filename);
}

/** Writes every TypeScript snippet of the README and the spec into the project's src/, to be compiled with it. */
async function addSnippets(project: string): Promise<number> {
  const snippets = [
    ...markdownSnippets(readFileSync(join(root, "README.md"), "utf8"), "README.md"),
    ...specSnippets(await readSpec(join(root, "spec/openapi.yaml"))),
  ];
  snippets.forEach((snippet, index) => {
    writeFileSync(join(project, "src", `snippet-${String(index + 1).padStart(2, "0")}.ts`), snippetModule(snippet));
  });
  return snippets.length;
}

/** Installs a packed tarball (and any other packages) into a project, from npm's cache where it has them. */
export function installTarball(project: string, tarball: string, ...packages: string[]): void {
  run("npm", ["install", "--no-save", "--no-audit", "--no-fund", "--prefer-offline", tarball, ...packages], project);
}

function typeCheck(project: string, tsconfig: string): string {
  const sources = readdirSync(join(project, "src")).map((name) => join(project, "src", name));
  const report = checkTypes(join(project, tsconfig), sources);
  if (tsconfig.includes("nodenext")) {
    for (const wanted of declarationsBothFormatsLoad) {
      if (!report.files.some((file) => file.endsWith(`/node_modules/caliber-api/${wanted}`))) {
        report.problems.push(`the program did not load caliber-api/${wanted}`);
      }
    }
  }
  if (report.problems.length > 0) throw new Error(`${tsconfig}:\n  ${report.problems.join("\n  ")}`);
  const reasons = report.expected.map((want) => want.why).join("; ");
  return `strict, no errors; ${report.expected.length} @ts-expect-error lines fail as named (${reasons})`;
}

export async function runConsumerTest(log: (line: string) => void = console.log): Promise<void> {
  const started = performance.now();
  const step = (what: string) => log(`  ok  ${what} [${((performance.now() - started) / 1000).toFixed(1)} s]`);
  const workDirectory = mkdtempSync(join(tmpdir(), "caliber-api-consumer-"));
  try {
    const tarball = pack(workDirectory);
    step(`npm pack → ${tarball}`);
    const project = join(workDirectory, "consumer");
    cpSync(join(root, "test/consumer"), project, { recursive: true });
    const typescripts = Object.entries(supportedTypeScripts).map(
      ([alias, version]) => `${alias}@npm:typescript@${version}`,
    );
    installTarball(project, tarball, `msw@${mswVersion}`, ...typescripts);
    step(`npm install <tarball> msw@${mswVersion} in ${project}, outside this repo`);
    step(`${await addSnippets(project)} TypeScript snippets of README.md and the spec added to src/ as snippet-*.ts`);
    for (const tsconfig of tsconfigs) step(`${tsconfig}: ${typeCheck(project, tsconfig)}`);
    for (const [alias, version] of Object.entries(supportedTypeScripts)) {
      // Directives armed: a clean compile means each @ts-expect-error line still fails, and nothing else does.
      for (const tsconfig of tsconfigs)
        run("node", [join(project, "node_modules", alias, "bin/tsc"), "-p", tsconfig], project);
      step(`TypeScript ${version} (tsc): ${tsconfigs.join(" and ")} compile clean`);
    }
    for (const file of smokeFiles) step(`node ${file}: ${run("node", [file], project).trim()}`);
    log(`consumer project passed in ${Math.round((performance.now() - started) / 1000)} s`);
  } finally {
    rmSync(workDirectory, { recursive: true, force: true });
  }
}
