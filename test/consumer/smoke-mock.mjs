// Another team's test: `caliber-api/mock` serves the spec; the client sends XML (its lazily loaded format) to it,
// then meets a scripted fault, and reset() starts the next test clean.
import assert from "node:assert/strict";
import { createCaliberClient, isCaliberHttpError, ObjectTypes } from "caliber-api";
import { startMockServer } from "caliber-api/mock";

const path = "/api/v2/clientcontact/{clientContactId}/phone";
const mock = await startMockServer();
try {
  const client = createCaliberClient({ baseUrl: mock.url });
  const body = { Number: "555-0100", RefType: ObjectTypes.Division };
  const { response, data } = await client.PATCH(path, {
    params: { path: { clientContactId: 7 } },
    body,
    headers: { "Content-Type": "application/xml" },
  });
  assert.equal(response.status, 200);
  assert.deepEqual(data, body);
  assert.match(mock.requests[0].rawBody, /<Number>555-0100<\/Number><RefType>Division<\/RefType><\/Phone>$/);

  mock.answerNext({ status: 500, headers: { "Content-Type": "text/html" }, body: "<h1>Server Error</h1>" });
  const throwing = createCaliberClient({ baseUrl: mock.url, throwOnError: true });
  const error = await throwing.PATCH(path, { params: { path: { clientContactId: 7 } }, body }).catch((e) => e);
  assert.ok(isCaliberHttpError(error));
  assert.equal(error.body, "<h1>Server Error</h1>");
  assert.throws(
    () => mock.answerNext({ status: 42 }),
    (e) => e instanceof TypeError && /^answerNext: answer\.status /.test(e.message),
  );

  mock.reset();
  assert.deepEqual(mock.requests, []);
  const fresh = await client.PATCH(path, { params: { path: { clientContactId: 7 } }, body: { IsPrimary: true } });
  assert.deepEqual(fresh.data, { IsPrimary: true });
} finally {
  await mock.close();
}
console.log("smoke-mock.mjs: 'caliber-api/mock' decoded an XML PATCH, served a scripted HTML 500, and reset");
