// Another team's ESM code: `import … from "caliber-api"` sends a PATCH in each request format to a real server on
// 127.0.0.1, the XML ones twice (the first loads the XML format on demand).
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { createServer } from "node:http";
import { createCaliberClient, isCaliberValidationError, NameOptions, ObjectTypes } from "caliber-api";
import packageJson from "caliber-api/package.json" with { type: "json" };

const xmlRoot =
  '<Phone xmlns:i="http://www.w3.org/2001/XMLSchema-instance" xmlns="http://schemas.datacontract.org/2004/07/CaliberAPI">';
/** What each request format puts on the wire for { Number: "555 & <0100>", NameOption: NameOptions.Contact1 }. */
const wire = {
  "application/json": '{"Number":"555 & <0100>","NameOption":0}',
  "text/json": '{"Number":"555 & <0100>","NameOption":0}',
  "application/xml": `${xmlRoot}<NameOption>Contact1</NameOption><Number>555 &amp; &lt;0100&gt;</Number></Phone>`,
  "text/xml": `${xmlRoot}<NameOption>Contact1</NameOption><Number>555 &amp; &lt;0100&gt;</Number></Phone>`,
  "application/x-www-form-urlencoded": "Number=555+%26+%3C0100%3E&NameOption=0",
};

assert.equal(ObjectTypes.Division, 0);
assert.equal(NameOptions.Contact1, 0);
assert.equal(packageJson.name, "caliber-api");
assert.match(readFileSync(new URL(import.meta.resolve("caliber-api/openapi.yaml")), "utf8"), /^openapi: 3\.1\.\d/);

const received = [];
const server = createServer((request, response) => {
  let text = "";
  request.on("data", (chunk) => (text += chunk));
  request.on("end", () => {
    received.push({ url: request.url, contentType: request.headers["content-type"], body: text });
    response.writeHead(200).end();
  });
});
await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
try {
  const client = createCaliberClient({ baseUrl: `http://127.0.0.1:${server.address().port}/CAPI2_Vision/` });
  const call = (contentType) =>
    client.PATCH("/api/v2/clientcontact/{clientContactId}/phone", {
      params: { path: { clientContactId: 7 } },
      body: { Number: "555 & <0100>", NameOption: NameOptions.Contact1 },
      headers: { "Content-Type": contentType },
    });
  const sent = [];
  for (const [contentType, body] of Object.entries(wire)) {
    for (const _time of contentType.endsWith("xml") ? [1, 2] : [1]) {
      assert.equal((await call(contentType)).response.status, 200);
      sent.push({ url: "/CAPI2_Vision/api/v2/clientcontact/7/phone", contentType, body });
    }
  }
  assert.deepEqual(received, sent);

  const refused = await call("text/plain").catch((error) => error);
  assert.ok(isCaliberValidationError(refused), `expected a CaliberValidationError, got ${refused}`);
  assert.equal(received.length, sent.length);
} finally {
  server.close();
}
console.log("smoke.mjs: import from 'caliber-api' sent PATCH in all 5 request formats; refused an undocumented one");
