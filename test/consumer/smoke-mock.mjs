// Another team's test: `caliber-api/mock` serves the spec; the client sends XML (its lazily loaded format) to it.
import assert from "node:assert/strict";
import { createCaliberClient, ObjectTypes } from "caliber-api";
import { startMockServer } from "caliber-api/mock";

const mock = await startMockServer();
try {
  const client = createCaliberClient({ baseUrl: mock.url });
  const body = { Number: "555-0100", RefType: ObjectTypes.Division };
  const { response, data } = await client.PATCH("/api/v2/clientcontact/{clientContactId}/phone", {
    params: { path: { clientContactId: 7 } },
    body,
    headers: { "Content-Type": "application/xml" },
  });
  assert.equal(response.status, 200);
  assert.deepEqual(data, body);
  assert.match(mock.requests[0].rawBody, /<Number>555-0100<\/Number><RefType>Division<\/RefType><\/Phone>$/);
} finally {
  await mock.close();
}
console.log("smoke-mock.mjs: 'caliber-api/mock' decoded an XML PATCH from the installed client");
