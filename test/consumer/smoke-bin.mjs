// Another team's end-to-end setup: `npx caliber-api-mock` as a process, scripted through its control API, stopped
// with SIGTERM sent to npx. npx runs the bin through a shell that does not pass the signal on; the mock must
// still stop, and say how many requests it served.
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { once } from "node:events";
import { createCaliberClient } from "caliber-api";

// A mock left running would keep stdout open: fail instead of waiting for ever.
setTimeout(() => {
  console.error(`smoke-bin.mjs: not done within 30 s (is the mock still running?):\n${output}`);
  process.exit(1);
}, 30_000).unref();

const child = spawn("npx", ["--offline", "caliber-api-mock", "--port", "0", "--base-path", "/CAPI2_Vision"]);
let output = "";
child.stdout.setEncoding("utf8").on("data", (chunk) => (output += chunk));
child.stderr.setEncoding("utf8").on("data", (chunk) => (output += chunk));
const ended = once(child.stdout, "end");
try {
  while (!/mock: +\S+/.test(output)) {
    if (child.exitCode !== null) throw new Error(`npx caliber-api-mock exited early:\n${output}`);
    await once(child.stdout, "data");
  }
  const mockUrl = /mock: +(\S+)/.exec(output)[1];
  const queued = await fetch(`${new URL(mockUrl).origin}/__mock/answers`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ status: 503, operation: "patchClientContactPhone" }),
  });
  assert.equal(queued.status, 204);
  const client = createCaliberClient({ baseUrl: mockUrl });
  const { response } = await client.PATCH("/api/v2/clientcontact/{clientContactId}/phone", {
    params: { path: { clientContactId: 1 } },
    body: {},
  });
  assert.equal(response.status, 503);
} finally {
  child.kill("SIGTERM");
}
// stdout ends only once every process holding it (npx, its shell and the mock) has exited.
await ended;
assert.match(output, /stopping \(.+\): served 1 API request\(s\)/);
console.log("smoke-bin.mjs: npx caliber-api-mock served a scripted 503 and stopped on SIGTERM");
