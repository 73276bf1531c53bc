// Another team's Node tests through MSW: `caliber-api/msw` handlers under msw/node's setupServer, msw installed
// by the team itself (an optional peer dependency).
import assert from "node:assert/strict";
import { createCaliberClient, isCaliberNetworkError } from "caliber-api";
import { createMswHandlers } from "caliber-api/msw";
import { setupServer } from "msw/node";

const baseUrl = "http://caliber.test/CAPI2_Vision";
const mock = createMswHandlers({ baseUrl });
const server = setupServer(...mock.handlers);
server.listen({ onUnhandledRequest: "error" });
try {
  const client = createCaliberClient({ baseUrl });
  const call = () =>
    client.PATCH("/api/v2/clientcontact/{clientContactId}/phone", {
      params: { path: { clientContactId: 9 } },
      body: { Number: "555-0100" },
    });
  assert.deepEqual((await call()).data, { Number: "555-0100" });
  mock.answerNext({ drop: true });
  assert.ok(isCaliberNetworkError(await call().catch((e) => e)));
  assert.deepEqual(
    mock.requests.map((r) => [r.url, r.status]),
    [
      ["/CAPI2_Vision/api/v2/clientcontact/9/phone", 200],
      ["/CAPI2_Vision/api/v2/clientcontact/9/phone", 0],
    ],
  );
} finally {
  server.close();
}
console.log("smoke-msw.mjs: 'caliber-api/msw' under msw/node answered a PATCH and dropped the next one");
