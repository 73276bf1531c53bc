// Another team's CommonJS code: `require("caliber-api")` sends a PATCH to a real server on 127.0.0.1.
const assert = require("node:assert/strict");
const { readFileSync } = require("node:fs");
const { createServer } = require("node:http");
const { createCaliberClient, ObjectTypes, NameOptions } = require("caliber-api");

async function main() {
  assert.equal(ObjectTypes.Division, 0);
  assert.equal(NameOptions.Contact1, 0);
  assert.equal(require("caliber-api/package.json").name, "caliber-api");
  assert.match(readFileSync(require.resolve("caliber-api/openapi.yaml"), "utf8"), /^openapi: 3\.1\.\d/);

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
    const client = createCaliberClient({ baseUrl: `http://127.0.0.1:${server.address().port}/CAPI2_Vision` });
    const body = { Number: "555-0100", RefType: ObjectTypes.Division };
    const { response } = await client.PATCH("/api/v2/clientcontact/{clientContactId}/phone", {
      params: { path: { clientContactId: 42 } },
      body,
    });
    assert.equal(response.status, 200);
    assert.deepEqual(received, [{ method: "PATCH", url: "/CAPI2_Vision/api/v2/clientcontact/42/phone", body }]);
  } finally {
    server.close();
  }
  console.log("smoke.cjs: require('caliber-api') sent PATCH /CAPI2_Vision/api/v2/clientcontact/42/phone");
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
