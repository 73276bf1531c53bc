// `npm start`: the bin's code run from source: the mock, the docs and the control API on one port; prints where
// and a curl line, logs each request, and stops cleanly on SIGINT, on SIGTERM, and when `kill <npm's pid>`
// ends the shell npm runs it in.
import { spawn } from "node:child_process";
import { once } from "node:events";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { createCaliberClient, isCaliberTimeoutError } from "../../src/index.ts";
import { collectOutput } from "../helpers/child-output.ts";

const root = fileURLToPath(new URL("../..", import.meta.url));
const startScript = (args: string[]) =>
  spawn(process.execPath, ["--import", "tsx", "scripts/start.ts", ...args], { cwd: root });
const path = "/api/v2/clientcontact/{clientContactId}/phone";
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

describe("npm start", () => {
  it(
    "serves the docs and the mock, prints a curl line, logs requests, and stops on SIGINT",
    { timeout: 60_000 },
    async () => {
      const child = startScript(["--port", "0"]);
      const output = collectOutput(child);
      try {
        const [, mockUrl] = await output.waitFor(/mock: +(\S+)/);
        const [, docsUrl] = await output.waitFor(/docs: +(\S+)/);
        // The curl line is for the spec's first operation with a JSON body, whichever that is.
        const [, method, url, quoted] = await output.waitFor(
          /curl -i -X ([A-Z]+) (\S+) -H 'Content-Type: application\/json' -d '(.*)'/,
        );
        const body = quoted!.replaceAll("'\\''", "'"); // the shell's reading of a quoted '
        expect(docsUrl).toBe(`${mockUrl}/docs/`);
        expect(url!.startsWith(`${mockUrl}/`), url).toBe(true);

        const docs = await fetch(docsUrl!);
        expect(docs.status).toBe(200);
        expect(await docs.text()).toContain("CaliberAPI");

        const api = await fetch(url!, { method, headers: { "content-type": "application/json" }, body });
        expect(api.status).toBe(200);
        await api.arrayBuffer();
        await output.waitFor(new RegExp(`${method} ${escapeRegExp(new URL(url!).pathname)} → 200\n`));
        // The mock took the line's body as the operation's: decoded, it is what was sent.
        const recorded = await (await fetch(`${new URL(url!).origin}/__mock/requests`)).json();
        expect(recorded).toMatchObject([{ method, status: 200, body: JSON.parse(body!) }]);
      } finally {
        child.kill("SIGINT");
      }
      const [code] = await once(child, "exit");
      expect(code).toBe(0);
      expect(output.text()).toMatch(/stopping \(SIGINT\): served 1 API request\(s\)/);
    },
  );

  it(
    "takes answers through the control API, logs a delayed answer its client gave up on, and stops on SIGTERM",
    { timeout: 60_000 },
    async () => {
      const child = startScript(["--port", "0", "--base-path", "/CAPI2_Vision"]);
      const output = collectOutput(child);
      try {
        const [, mockUrl] = await output.waitFor(/mock: +(\S+)/);
        expect(mockUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/CAPI2_Vision$/);
        const origin = new URL(mockUrl!).origin;
        const queued = await fetch(`${origin}/__mock/answers`, {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: JSON.stringify({ delayMs: 600_000, operation: "patchClientContactPhone" }),
        });
        expect(queued.status).toBe(204);
        const client = createCaliberClient({ baseUrl: mockUrl!, timeoutMs: 200 });
        const error = await client.PATCH(path, { params: { path: { clientContactId: 1 } }, body: {} }).catch((e) => e);
        expect(isCaliberTimeoutError(error), String(error)).toBe(true);
        // The mock saw the client leave and gave the delayed answer up: no socket is left waiting.
        await output.waitFor(
          /PATCH \/CAPI2_Vision\/api\/v2\/clientcontact\/1\/phone → no answer \(given up\) \(scripted\)/,
        );
        expect(output.text()).toMatch(/POST \/__mock\/answers → 204 \(control API\)/);
      } finally {
        child.kill("SIGTERM");
      }
      const [code] = await once(child, "exit");
      expect(code).toBe(0);
      expect(output.text()).toMatch(/stopping \(SIGTERM\): served 1 API request\(s\)/);
    },
  );

  it("stops when `kill <pid>` hits npm itself, whose shell does not pass SIGTERM on", { timeout: 60_000 }, async () => {
    const npm = spawn("npm", ["start", "--", "--port", "0"], { cwd: root });
    const output = collectOutput(npm);
    const [, mockUrl] = await output.waitFor(/mock: +(\S+)/);
    npm.kill("SIGTERM");
    // stdout ends only when every process holding it (npm, its shell and the mock) has exited.
    let timer: NodeJS.Timeout | undefined;
    const stillRunning = new Promise((_resolve, reject) => {
      timer = setTimeout(() => reject(new Error(`the mock still runs 30 s after SIGTERM:\n${output.text()}`)), 30_000);
    });
    await Promise.race([once(npm.stdout, "end"), stillRunning]).finally(() => clearTimeout(timer));
    expect(output.text()).toMatch(/stopping \(its npm parent exited\): served 0 API request\(s\)/);
    await expect(fetch(`${mockUrl}/docs/`)).rejects.toThrow(/fetch failed/);
  });

  it.each([
    [["--prot", "4010"], /unknown option --prot/],
    [["--port", "http"], /--port must be a whole number from 0 to 65535, got "http"/],
    [["--port", "70000"], /--port must be a whole number from 0 to 65535, got "70000"/],
    [
      ["--base-path", "CAPI2_Vision"],
      /--base-path must be a path starting with \/, such as \/CAPI2_Vision, got "CAPI2_Vision"/,
    ],
    [["--host"], /--host <value> needs a value/],
    [["--port", "-1"], /--port needs a value \(one that starts with "-" is written --port=-…\)/],
    [["4010"], /unexpected argument "4010"/],
    [["--cors-origin", "*"], /--cors-origin: "\*" would let every site read the mock's answers/],
  ])("refuses %j with exit code 2 and says what is wrong", { timeout: 30_000 }, async (args, message) => {
    const child = startScript(args);
    const output = collectOutput(child);
    const [code] = await once(child, "exit");
    expect(code).toBe(2);
    expect(output.text()).toMatch(message);
    expect(output.text()).toMatch(/Run `npm start -- --help` for the options\./);
  });

  it("prints usage for --help and exits 0", { timeout: 30_000 }, async () => {
    const child = startScript(["--help"]);
    const output = collectOutput(child);
    const [code] = await once(child, "exit");
    expect(code).toBe(0);
    expect(output.text()).toMatch(/^Usage: caliber-api-mock \[--port 4010\]/m);
    expect(output.text()).toMatch(/POST \/__mock\/answers/);
  });

  it("says when the port is taken, and exits 1", { timeout: 30_000 }, async () => {
    const first = startScript(["--port", "0"]);
    const firstOutput = collectOutput(first);
    try {
      const [, mockUrl] = await firstOutput.waitFor(/mock: +(\S+)/);
      const second = startScript(["--port", new URL(mockUrl!).port]);
      const output = collectOutput(second);
      const [code] = await once(second, "exit");
      expect(code).toBe(1);
      expect(output.text()).toMatch(/caliber-api-mock: port \d+ on 127\.0\.0\.1 is in use; choose another with --port/);
    } finally {
      first.kill("SIGTERM");
    }
    await once(first, "exit");
  });
});
