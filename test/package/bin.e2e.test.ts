// The caliber-api-mock bin as another team runs it: from the packed package, installed in a project outside this
// repo. It serves the packed docs page, takes a 503 through the control API that a client then sees, and stops
// on SIGTERM saying how many requests it served. Needs `npm run build` first.
import { execFileSync, spawn } from "node:child_process";
import { once } from "node:events";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { collectOutput } from "../helpers/child-output.ts";
import { installPackedPackage } from "../helpers/packed-package.ts";

let project = "";
let remove = () => {};
beforeAll(() => {
  ({ project, remove } = installPackedPackage());
}, 120_000);
afterAll(() => remove());

const bin = () => join(project, "node_modules/.bin/caliber-api-mock");

describe("caliber-api-mock from the packed package", () => {
  it("serves the docs, takes a 503 through the control API, and stops on SIGTERM", { timeout: 60_000 }, async () => {
    const child = spawn(bin(), ["--port", "0"], { cwd: project });
    const output = collectOutput(child);
    let requests: unknown;
    try {
      const [, mockUrl] = await output.waitFor(/mock: +(\S+)/);
      const docs = await fetch(`${mockUrl}/docs`);
      expect([docs.status, docs.headers.get("content-type")]).toEqual([200, "text/html; charset=utf-8"]);
      expect(await docs.text()).toContain("CaliberAPI");

      const queued = await fetch(`${mockUrl}/__mock/answers`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ status: 503, headers: { "Retry-After": "0" } }),
      });
      expect(queued.status).toBe(204);
      // The client from the same installed package.
      const { createCaliberClient } = await import(join(project, "node_modules/caliber-api/dist/index.js"));
      const client = createCaliberClient({ baseUrl: mockUrl });
      const send = () =>
        client.PATCH("/api/v2/clientcontact/{clientContactId}/phone", {
          params: { path: { clientContactId: 3 } },
          body: { Number: "555-0100" },
        });
      const scripted = await send();
      expect([scripted.response.status, scripted.response.headers.get("retry-after")]).toEqual([503, "0"]);
      expect((await send()).response.status).toBe(200);
      requests = await (await fetch(`${mockUrl}/__mock/requests`)).json();
      await output.waitFor(/PATCH \/api\/v2\/clientcontact\/3\/phone → 200\n/);
    } finally {
      child.kill("SIGTERM");
    }
    const [code] = await once(child, "exit");
    expect(code).toBe(0);
    expect(requests).toMatchObject([
      { status: 503, scripted: true },
      { status: 200, body: { Number: "555-0100" } },
    ]);
    expect(output.text()).toMatch(/PATCH \/api\/v2\/clientcontact\/3\/phone → 503 \(scripted\)\n/);
    expect(output.text()).toMatch(/stopping \(SIGTERM\): served 2 API request\(s\)/);
  });

  it("prints usage for --help, and refuses a bad flag with exit code 2", { timeout: 30_000 }, async () => {
    expect(execFileSync(bin(), ["--help"], { encoding: "utf8" })).toMatch(/^Usage: caliber-api-mock /);
    const bad = spawn(bin(), ["--port=-1"]);
    const output = collectOutput(bad);
    const [code] = await once(bad, "exit");
    expect(code).toBe(2);
    expect(output.text()).toBe(
      'caliber-api-mock: --port must be a whole number from 0 to 65535, got "-1". Run `caliber-api-mock --help` for the options.\n',
    );
  });
});
