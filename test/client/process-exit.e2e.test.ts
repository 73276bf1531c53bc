// No timer outlives a call: a process that made calls (default 30 s timeout, retries with waits) exits as soon as
// its server closes. A leaked 30 s timer would keep the child alive past this test's timeout.
import { execFile } from "node:child_process";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";

const entry = fileURLToPath(new URL("../../src/index.ts", import.meta.url));
const child = `
import { createServer } from "node:http";
const { createCaliberClient } = await import(process.argv[1]);
let count = 0;
const server = createServer((request, response) => {
  request.resume().on("end", () => (++count % 2 ? response.writeHead(503).end() : response.writeHead(204).end()));
});
await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
const baseUrl = "http://127.0.0.1:" + server.address().port;
const path = "/api/v2/clientcontact/{clientContactId}/phone";
const client = createCaliberClient({ baseUrl, retry: { baseDelayMs: 1, maxDelayMs: 5 } });
const controller = new AbortController();
const statuses = [];
for (let i = 0; i < 5; i++) {
  const { response } = await client.PATCH(path, { params: { path: { clientContactId: i } }, body: {}, signal: controller.signal });
  statuses.push(response.status);
}
await client.PATCH(path, { params: { path: { clientContactId: "x" } }, body: {} }).catch(() => {});
server.close();
server.closeAllConnections();
console.log(JSON.stringify({ statuses, count }));
`;

describe("process exit", () => {
  it("nothing keeps the process alive once the calls have settled", { timeout: 20_000 }, async () => {
    const { stdout } = await promisify(execFile)(
      process.execPath,
      ["--import", "tsx", "--input-type=module", "-e", child, entry],
      { timeout: 25_000 },
    );
    expect(JSON.parse(stdout)).toEqual({ statuses: [204, 204, 204, 204, 204], count: 10 });
  });
});
