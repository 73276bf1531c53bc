// `npm start`: the mock server and the docs on one port; prints where; Ctrl-C (SIGINT) stops it cleanly.
import { spawn } from "node:child_process";
import { once } from "node:events";
import { fileURLToPath } from "node:url";
import { expect, it } from "vitest";

const root = fileURLToPath(new URL("../..", import.meta.url));

it("serves the docs and the mock, prints a curl line, and stops on SIGINT", async () => {
  const child = spawn(process.execPath, ["--import", "tsx", "scripts/start.ts", "--port", "0"], { cwd: root });
  let output = "";
  child.stdout.setEncoding("utf8").on("data", (chunk: string) => (output += chunk));
  child.stderr.setEncoding("utf8").on("data", (chunk: string) => (output += chunk));
  try {
    while (!/Ctrl-C stops it/.test(output)) {
      if (child.exitCode !== null) throw new Error(`npm start exited early:\n${output}`);
      await once(child.stdout, "data");
    }
    const docsUrl = /docs: +(\S+)/.exec(output)![1]!;
    const curl = /curl -i -X PATCH (\S+) -H 'Content-Type: application\/json' -d '(.*)'/.exec(output)!;
    expect(docsUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/docs\/$/);

    const docs = await fetch(docsUrl);
    expect(docs.status).toBe(200);
    expect(await docs.text()).toContain("CaliberAPI");

    const api = await fetch(curl[1]!, {
      method: "PATCH",
      headers: { "content-type": "application/json" },
      body: curl[2],
    });
    expect(api.status).toBe(200);
    expect(await api.json()).toEqual(JSON.parse(curl[2]!));
  } finally {
    child.kill("SIGINT");
  }
  const [code] = await once(child, "exit");
  expect(code).toBe(0);
  expect(output).toMatch(/stopping: served 1 API request/);
}, 60_000);
