// Another team's ESM code: `import … from "caliber-api"` sends a PATCH to a real server on 127.0.0.1.
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { createServer } from "node:http";
import { createCaliberClient, NameOptions, ObjectTypes } from "caliber-api";
import packageJson from "caliber-api/package.json" with { type: "json" };

assert.equal(ObjectTypes.Division, 0);
assert.equal(NameOptions.Contact1, 0);
assert.equal(packageJson.name, "caliber-api");
assert.match(readFileSync(new URL(import.meta.resolve("caliber-api/openapi.yaml")), "utf8"), /^openapi: 3\.1\.\d/);

const received = [];
const server = createServer((request, response) => {
  let text = "";
  request.on("data", (chunk) => (text += chunk));
  request.on("end", () => {
    received.push({ method: request.method, url: request.url, body: JSON.parse(text) });
    response.writeHead(200).end();
  });
});
await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
try {
  const client = createCaliberClient({ baseUrl: `http://127.0.0.1:${server.address().port}/CAPI2_Vision/` });
  const body = { Number: "555-0100", NameOption: NameOptions.Contact1 };
  const { response } = await client.PATCH("/api/v2/clientcontact/{clientContactId}/phone", {
    params: { path: { clientContactId: 7 } },
    body,
  });
  assert.equal(response.status, 200);
  assert.deepEqual(received, [{ method: "PATCH", url: "/CAPI2_Vision/api/v2/clientcontact/7/phone", body }]);
} finally {
  server.close();
}
console.log("smoke.mjs: import from 'caliber-api' sent PATCH /CAPI2_Vision/api/v2/clientcontact/7/phone");
