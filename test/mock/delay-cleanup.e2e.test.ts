// A delayed answer whose client gave up leaves nothing behind: in a child process, a client times out on a
// 10-minute delayMs answer, the mock is closed, and the process must then exit by itself. A timer or socket
// kept for the delay would keep it alive until this test's timeout.
import { execFile } from "node:child_process";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";

const src = (path: string) => fileURLToPath(new URL(`../../src/${path}`, import.meta.url));

const startNode = `
const { startMockServer } = await import(${JSON.stringify(src("mock/index.ts"))});
const mock = await startMockServer();`;

const startMsw = `
const { setupServer } = await import("msw/node");
const { createMswHandlers } = await import(${JSON.stringify(src("msw/index.ts"))});
const handlers = createMswHandlers({ baseUrl: "http://caliber.test" });
const server = setupServer(...handlers.handlers);
server.listen({ onUnhandledRequest: "bypass" });
const mock = { ...handlers, url: "http://caliber.test", close: async () => server.close() };`;

const timeOutThenClose = (start: string) => `
${start}
const { createCaliberClient } = await import(${JSON.stringify(src("index.ts"))});
mock.answerNext({ delayMs: 600_000 });
const client = createCaliberClient({ baseUrl: mock.url, timeoutMs: 200 });
const error = await client
  .PATCH("/api/v2/clientcontact/{clientContactId}/phone", { params: { path: { clientContactId: 1 } }, body: {} })
  .catch((e) => e);
// The client left; give the mock a moment to see its socket close before closing the server.
await new Promise((resolve) => setTimeout(resolve, 100));
await mock.close();
console.log(JSON.stringify({ error: error.name, requests: mock.requests.length }));
`;

describe("a delayed answer after its client timed out", () => {
  it.each([
    ["node:http mock", startNode],
    ["MSW handlers (msw/node)", startMsw],
  ])("%s: nothing keeps the process alive once the mock is closed", { timeout: 30_000 }, async (_name, start) => {
    const { stdout } = await promisify(execFile)(
      process.execPath,
      ["--import", "tsx", "--input-type=module", "-e", timeOutThenClose(start)],
      { timeout: 25_000, cwd: fileURLToPath(new URL("../..", import.meta.url)) },
    );
    expect(JSON.parse(stdout)).toEqual({ error: "CaliberTimeoutError", requests: 1 });
  });

  it(
    "node:http mock: close() gives up a delayed answer whose client is still waiting",
    { timeout: 30_000 },
    async () => {
      const script = `
${startNode}
mock.answerNext({ delayMs: 600_000 });
const pending = fetch(mock.url + "/api/v2/clientcontact/1/phone", {
  method: "PATCH", headers: { "content-type": "application/json" }, body: "{}",
}).then((r) => "answered " + r.status, (e) => e.name);
while (mock.requests.length === 0) await new Promise((resolve) => setTimeout(resolve, 10));
await mock.close();
console.log(JSON.stringify({ client: await pending }));
`;
      const { stdout } = await promisify(execFile)(
        process.execPath,
        ["--import", "tsx", "--input-type=module", "-e", script],
        { timeout: 25_000 },
      );
      expect(JSON.parse(stdout)).toEqual({ client: "TypeError" });
    },
  );
});
