// The MSW handlers answer exactly as the node:http mock does: the same raw requests, sent to each, get the same
// status, headers and body, and are recorded the same way. Both run the one request-handling core.
import { setupServer } from "msw/node";
import { afterAll, describe, expect, it } from "vitest";
import { startMockServer } from "../../src/mock/index.ts";
import { createMswHandlers } from "../../src/msw/index.ts";
import { helpPageSamples } from "../helpers/help-page.ts";

const samples = helpPageSamples();
const node = await startMockServer({ basePath: "/CAPI2_Vision" });
const mswUrl = "http://caliber.test/CAPI2_Vision";
const msw = createMswHandlers({ baseUrl: mswUrl });
const server = setupServer(...msw.handlers);
// A request to the MSW origin that no handler takes fails the test; the node mock's requests pass through.
server.listen({
  onUnhandledRequest: (request, print) =>
    new URL(request.url).hostname === "caliber.test" ? print.error() : undefined,
});
afterAll(async () => {
  server.close();
  await node.close();
});

const phone = "/api/v2/clientcontact/42/phone";
const json = "application/json";
const requests: [name: string, method: string, path: string, contentType?: string, body?: string][] = [
  ["JSON", "PATCH", phone, json, samples.json],
  ["text/json", "PATCH", phone, "text/json", '{"Number":"555-0100"}'],
  ["XML", "PATCH", phone, "application/xml", samples.xml],
  ["form", "PATCH", phone, "application/x-www-form-urlencoded", "Number=555-0100&IsPrimary=true"],
  ["upper-case path, trailing slash, query", "PATCH", "/API/V2/ClientContact/43/Phone/?x=1", json, "{}"],
  ["malformed JSON", "PATCH", phone, json, '{"Number":'],
  ["malformed XML", "PATCH", phone, "text/xml", "<Phone><Number>1</Phone>"],
  ["fields of the wrong type", "PATCH", phone, json, '{"PhoneID":"1","IsPrimary":"yes","PhoneNumber":"x"}'],
  ["a string id", "PATCH", "/api/v2/clientcontact/abc/phone", json, "{}"],
  ["a malformed escape in the id", "PATCH", "/api/v2/clientcontact/%zz/phone", json, "{}"],
  ["an unsupported media type", "PATCH", phone, "text/plain", "hello"],
  ["no Content-Type", "PATCH", phone, undefined, undefined],
  ["another method", "DELETE", phone, undefined, undefined],
  ["a path the spec lacks", "GET", "/api/v2/clientcontact/42/email", undefined, undefined],
];

async function send(base: string, [, method, path, contentType, body]: (typeof requests)[number]) {
  const response = await fetch(base + path, {
    method,
    body,
    headers: contentType ? { "content-type": contentType } : {},
  });
  const headers = Object.fromEntries(["content-type", "allow"].map((name) => [name, response.headers.get(name)]));
  return { status: response.status, headers, body: await response.text() };
}

describe("MSW handlers and the node:http mock", () => {
  it.each(requests)("answer %s alike", async (...request) => {
    const viaNode = await send(node.url, request);
    const viaMsw = await send(mswUrl, request);
    expect(viaMsw).toEqual(viaNode);
    expect(msw.requests.at(-1)).toEqual(node.requests.at(-1));
  });

  it("cover every status the node mock answers on its own but 413 (MSW has no body limit)", () => {
    const statuses = new Set(node.requests.map((request) => request.status));
    expect([...statuses].sort()).toEqual([200, 400, 404, 405, 415]);
  });
});
