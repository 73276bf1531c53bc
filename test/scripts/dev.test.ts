// `npm run dev` on a temp copy of the spec: a save regenerates and rebuilds the docs; a broken save is reported
// and watching goes on; Ctrl-C (SIGINT) stops it cleanly. Waits are bounded; nothing is timed.
import { spawn } from "node:child_process";
import { cpSync, existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { repoDir } from "../helpers/run-script.ts";
import { tempDir } from "../helpers/temp-dir.ts";

const dir = tempDir("caliber-dev-");
cpSync(join(repoDir, "spec/openapi.yaml"), join(dir, "openapi.yaml"));
const specPath = join(dir, "openapi.yaml");
const generatedTypes = join(dir, "generated/openapi.ts");
const docs = join(dir, "docs/index.html");

const dev = spawn(
  join(repoDir, "node_modules/.bin/tsx"),
  [join(repoDir, "scripts/dev.ts"), "--spec", specPath, "--out", join(dir, "generated"), "--docs", docs],
  { cwd: repoDir, stdio: ["ignore", "pipe", "pipe"] },
);
let output = "";
dev.stdout.on("data", (chunk: Buffer) => (output += chunk));
dev.stderr.on("data", (chunk: Buffer) => (output += chunk));
const exited = new Promise<number | null>((resolve) => dev.on("exit", (code) => resolve(code)));
afterAll(() => {
  if (dev.exitCode === null) dev.kill();
});

/** Resolves once `text` appears in the output after `from`; fails after a bounded wait, showing the output. */
async function waitForOutput(text: string | RegExp, from: number): Promise<void> {
  for (let waited = 0; waited < 90_000; waited += 100) {
    const tail = output.slice(from);
    if (typeof text === "string" ? tail.includes(text) : text.test(tail)) return;
    if (dev.exitCode !== null) break;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`npm run dev never printed ${String(text)}; it printed:\n${output.slice(from)}`);
}

describe("npm run dev", { timeout: 120_000 }, () => {
  it("builds once at start: generated types and the docs page", async () => {
    await waitForOutput(/done in \d+ ms; watching/, 0);
    expect(output).toContain("generate: wrote");
    expect(readFileSync(generatedTypes, "utf8")).toContain("PhoneTypeName?: string | null;");
    expect(existsSync(docs)).toBe(true);
  });

  it("regenerates and rebuilds the docs when the spec is saved", async () => {
    const from = output.length;
    const spec = readFileSync(specPath, "utf8");
    writeFileSync(
      specPath,
      spec.replace("        PhoneTypeName:\n", "        Nickname:\n          type: string\n        PhoneTypeName:\n"),
    );
    await waitForOutput(/done in \d+ ms; watching/, from);
    const round = output.slice(from);
    expect(round).toMatch(/\[\d\d:\d\d:\d\d\] changed .*openapi\.yaml: lint, generate, docs/);
    expect(round).toMatch(/generate: wrote .*openapi\.ts/);
    expect(round).toContain("docs: rebuilt");
    expect(readFileSync(generatedTypes, "utf8")).toContain("Nickname?: string;");
    expect(readFileSync(docs, "utf8")).toContain("Nickname");
  });

  it("prints lint and generate errors for a broken save and keeps watching", async () => {
    let from = output.length;
    const good = readFileSync(specPath, "utf8");
    writeFileSync(specPath, good + "paths: [\n");
    await waitForOutput(/done in \d+ ms; watching/, from);
    expect(output.slice(from)).toMatch(/lint: problems found/);
    expect(output.slice(from)).toMatch(/generate failed: .*/);
    expect(dev.exitCode).toBe(null);

    from = output.length;
    writeFileSync(specPath, good.replace("        Nickname:\n          type: string\n", ""));
    await waitForOutput(/done in \d+ ms; watching/, from);
    expect(output.slice(from)).toMatch(/generate: wrote .*openapi\.ts/);
    expect(readFileSync(generatedTypes, "utf8")).not.toContain("Nickname");
  });

  it("stops cleanly on Ctrl-C", async () => {
    dev.kill("SIGINT");
    expect(await exited).toBe(0);
    expect(output).toMatch(/\] stopped\n$/);
  });
});
