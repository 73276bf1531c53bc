// Another team's CommonJS code: `require("caliber-api")` sends a PATCH in each request format to a real server on
// 127.0.0.1, the XML ones twice (the first call loads nothing lazily that a later one could find half-loaded).
const assert = require("node:assert/strict");
const { readFileSync } = require("node:fs");
const { createServer } = require("node:http");
const { createCaliberClient, isCaliberValidationError, ObjectTypes, NameOptions } = require("caliber-api");

const xmlRoot =
  '<Phone xmlns:i="http://www.w3.org/2001/XMLSchema-instance" xmlns="http://schemas.datacontract.org/2004/07/CaliberAPI">';
/** What each request format puts on the wire for { Number: "555-0100", RefType: ObjectTypes.Division }. */
const wire = {
  "application/json": '{"Number":"555-0100","RefType":0}',
  "text/json": '{"Number":"555-0100","RefType":0}',
  "application/xml": `${xmlRoot}<Number>555-0100</Number><RefType>Division</RefType></Phone>`,
  "text/xml": `${xmlRoot}<Number>555-0100</Number><RefType>Division</RefType></Phone>`,
  "application/x-www-form-urlencoded": "Number=555-0100&RefType=0",
};

async function main() {
  assert.equal(ObjectTypes.Division, 0);
  assert.equal(NameOptions.Contact1, 0);
  assert.equal(require("caliber-api/package.json").name, "caliber-api");
  assert.match(readFileSync(require.resolve("caliber-api/openapi.yaml"), "utf8"), /^openapi: 3\.1\.\d/);
  assert.equal(typeof require("caliber-api/msw").createMswHandlers, "function");
  assert.equal(typeof require("caliber-api/mock").startMockServer, "function");

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
    const client = createCaliberClient({ baseUrl: `http://127.0.0.1:${server.address().port}/CAPI2_Vision` });
    const call = (contentType, body = { Number: "555-0100", RefType: ObjectTypes.Division }) =>
      client.PATCH("/api/v2/clientcontact/{clientContactId}/phone", {
        params: { path: { clientContactId: 42 } },
        body,
        headers: { "Content-Type": contentType },
      });
    const sent = [];
    for (const [contentType, body] of Object.entries(wire)) {
      for (const _time of contentType.endsWith("xml") ? [1, 2] : [1]) {
        assert.equal((await call(contentType)).response.status, 200);
        sent.push({ url: "/CAPI2_Vision/api/v2/clientcontact/42/phone", contentType, body });
      }
    }
    assert.deepEqual(received, sent);

    const refused = await call("application/merge-patch+json").catch((error) => error);
    assert.ok(isCaliberValidationError(refused), `expected a CaliberValidationError, got ${refused}`);
    assert.equal(received.length, sent.length);
  } finally {
    server.close();
  }
  console.log("smoke.cjs: require('caliber-api') sent PATCH in all 5 request formats; refused an undocumented one");
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
