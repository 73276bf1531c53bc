// The mock server over real HTTP: routes, formats and every error status, from the spec.
import { afterAll, describe, expect, it } from "vitest";
import { startMockServer } from "../../src/mock/index.ts";
import { createMockCore } from "../../src/mock/mock-core.ts";
import { helpPageSamples } from "../helpers/help-page.ts";

const mock = await startMockServer();
afterAll(() => mock.close());

const samples = helpPageSamples();
const phoneUrl = (id: string | number = 42) => `${mock.url}/api/v2/clientcontact/${id}/phone`;

async function send(url: string, init: RequestInit) {
  const response = await fetch(url, init);
  const text = await response.text();
  return { response, text, json: () => JSON.parse(text) as Record<string, any> };
}
const patch = (body: string, contentType: string, id: string | number = 42) =>
  send(phoneUrl(id), { method: "PATCH", body, headers: { "content-type": contentType } });

describe("mock server: accepted requests", () => {
  it("accepts the page's own XML sample, posted raw, and echoes the stored Phone as JSON", async () => {
    const { response, json } = await patch(samples.xml, "application/xml", 501);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/^application\/json/);
    expect(json()).toEqual(JSON.parse(samples.json));
    expect(mock.requests.at(-1)).toMatchObject({ method: "PATCH", pathParams: { clientContactId: 501 }, status: 200 });
  });

  it.each([
    ["application/json", samples.json],
    ["text/json", samples.json],
    ["text/xml; charset=utf-8", samples.xml],
    ["application/x-www-form-urlencoded", new URLSearchParams(JSON.parse(samples.json)).toString()],
  ])("decodes %s into the page's sample", async (contentType, body) => {
    const { response } = await patch(body, contentType, 502);
    expect(response.status).toBe(200);
    expect(mock.requests.at(-1)!.body).toEqual(JSON.parse(samples.json));
  });

  it("merges a PATCH into what it stored for that contact", async () => {
    await patch('{"Number":"555-0100","IsPrimary":true}', "application/json", 503);
    const { json } = await patch('{"IsPrimary":false}', "application/json", 503);
    expect(json()).toEqual({ Number: "555-0100", IsPrimary: false });
  });

  it("serves under a base path when given one", async () => {
    const based = await startMockServer({ basePath: "/CAPI2_Vision/" });
    try {
      expect(based.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/CAPI2_Vision$/);
      const ok = await send(`${based.url}/api/v2/clientcontact/1/phone`, {
        method: "PATCH",
        body: "{}",
        headers: { "content-type": "application/json" },
      });
      expect(ok.response.status).toBe(200);
      const outside = await send(`${based.url.replace("/CAPI2_Vision", "")}/api/v2/clientcontact/1/phone`, {
        method: "PATCH",
        body: "{}",
        headers: { "content-type": "application/json" },
      });
      expect(outside.response.status).toBe(404);
      // A path beside the base path, as long as it: not under it.
      const beside = await send(`${based.url.replace("/CAPI2_Vision", "/CAPI2_Visiox")}/api/v2/clientcontact/1/phone`, {
        method: "PATCH",
        body: "{}",
        headers: { "content-type": "application/json" },
      });
      expect(beside.response.status).toBe(404);
    } finally {
      await based.close();
    }
  });

  it("takes a base path with any number of trailing slashes", () => {
    const core = createMockCore({ basePath: "/CAPI2_Vision//" });
    const { reply } = core.handle({
      method: "PATCH",
      url: "/CAPI2_Vision/api/v2/clientcontact/1/phone",
      headers: { "content-type": "application/json" },
      body: "{}",
    });
    expect(reply).toMatchObject({ status: 200 });
  });
});

describe("mock server: errors", () => {
  it("answers 400 with a problem document listing every issue for a bad body", async () => {
    const { response, json } = await patch('{"PhoneID":"1","IsPrimary":"true","PhoneNumber":"x"}', "application/json");
    expect(response.status).toBe(400);
    expect(response.headers.get("content-type")).toBe("application/problem+json");
    const problem = json();
    expect(problem).toMatchObject({ type: "about:blank", title: "Bad Request", status: 400 });
    const paths = problem.issues.map((issue: { path: string }) => issue.path);
    expect(paths).toEqual(expect.arrayContaining(["body.PhoneID", "body.IsPrimary", "body.PhoneNumber"]));
    expect(problem.detail).toBe(
      "The request does not match the spec: body.PhoneNumber is not a property of the schema; " +
        "body.PhoneID must be an integer; body.IsPrimary must be a boolean.",
    );
  });

  it("answers 400 for a charset other than UTF-8, as the client refuses it", async () => {
    const { response, json } = await patch("{}", "application/json; charset=iso-8859-1");
    expect(response.status).toBe(400);
    expect(json().issues).toEqual([
      {
        path: "headers.Content-Type",
        message: 'declares charset "iso-8859-1", but the body is sent as UTF-8; leave it out or say utf-8',
      },
    ]);
  });

  it.each([
    ["malformed JSON", '{"PhoneID": 1', "application/json", /not valid JSON/],
    ["malformed XML", "<Phone><Number>1</Phone>", "application/xml", /not well-formed XML/],
  ])("answers 400 for %s, with that one issue, and records no body", async (_case, body, contentType, detail) => {
    const { response, json } = await patch(body, contentType);
    expect(response.status).toBe(400);
    expect(json().issues).toEqual([{ path: "body", message: expect.stringMatching(detail) }]);
    expect(mock.requests.at(-1)).toStrictEqual({
      method: "PATCH",
      url: "/api/v2/clientcontact/42/phone",
      operationId: "patchClientContactPhone",
      pathParams: { clientContactId: 42 },
      contentType,
      rawBody: body,
      status: 400,
    });
  });

  it("answers 400 for a non-integer id", async () => {
    const { response, json } = await patch("{}", "application/json", "abc");
    expect(response.status).toBe(400);
    expect(json().issues).toEqual([{ path: "params.path.clientContactId", message: "must be an integer" }]);
    expect(json().detail).toBe("The request does not match the spec: params.path.clientContactId must be an integer.");
  });

  it("answers 400 for an id with a malformed escape, and records it as it came", async () => {
    const { response } = await patch("{}", "application/json", "%zz");
    expect(response.status).toBe(400);
    expect(mock.requests.at(-1)!.pathParams).toEqual({ clientContactId: "%zz" });
  });

  it("finds the operation whatever the letter case of the path, as ASP.NET does", async () => {
    const { response } = await send(`${mock.url}/API/V2/ClientContact/42/Phone`, {
      method: "PATCH",
      body: "{}",
      headers: { "content-type": "application/json" },
    });
    expect(response.status).toBe(200);
  });

  // The exact 404 and 405 answers are tested on a fixture spec (mock-model.test.ts): any path or method may be
  // added to this spec. PROPFIND is no method an OpenAPI operation can have.
  it("answers 405 over HTTP with an Allow header for a method the spec cannot document", async () => {
    const { response, json } = await send(phoneUrl(), { method: "PROPFIND" });
    expect(response.status).toBe(405);
    expect(response.headers.get("allow")).toMatch(/(?:^|, )PATCH(?:,|$)/);
    expect(json()).toMatchObject({ title: "Method Not Allowed" });
    expect(json().detail).toMatch(
      /^PROPFIND is not documented for \/api\/v2\/clientcontact\/42\/phone; allowed: .*PATCH/,
    );
  });

  it("answers 415 for a media type the operation does not take", async () => {
    const { response, json } = await patch("hello", "text/plain");
    expect(response.status).toBe(415);
    expect(json()).toMatchObject({ title: "Unsupported Media Type" });
    expect(json().detail).toContain("application/json");
  });

  it("answers 415 for a body without a Content-Type, and records none", async () => {
    const { response, json } = await send(phoneUrl(), { method: "PATCH", body: new Blob(["{}"]) });
    expect(response.status).toBe(415);
    expect(json().detail).toBe(
      "Content-Type (none) is not supported; use one of application/json, text/json, application/xml, text/xml, " +
        "application/x-www-form-urlencoded.",
    );
    expect(mock.requests.at(-1)).not.toHaveProperty("contentType");
  });

  it("answers 413 for a body over 1 MB, closing the connection, and records it unread", async () => {
    const big = JSON.stringify({ Number: "x".repeat(1024 * 1024) });
    const { response } = await patch(big, "application/json");
    expect(response.status).toBe(413);
    expect(response.headers.get("connection")).toBe("close");
    expect(mock.requests.at(-1)).toMatchObject({ status: 413, rawBody: "" });
  });

  it("keeps serving after bad requests", async () => {
    await patch("{", "application/json");
    await patch("x".repeat(2 * 1024 * 1024), "application/json").catch(() => undefined);
    const { response } = await patch("{}", "application/json");
    expect(response.status).toBe(200);
  });
});
