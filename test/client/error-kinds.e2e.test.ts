// Every failure that starts in the client rejects with a named error (isCaliberError); what the caller's own code
// throws reaches the caller unchanged. Against a real loopback server, which must count no request for a refusal.
import { describe, expect, it } from "vitest";
import {
  createCaliberClient,
  isCaliberError,
  isCaliberNetworkError,
  isCaliberValidationError,
  type CaliberClientOptions,
} from "../../src/index.ts";
import { useRecordingServer } from "../helpers/recording-server.ts";

const server = await useRecordingServer();

const path = "/api/v2/clientcontact/{clientContactId}/phone";
const requestFormats = "application/json, text/json, application/xml, text/xml, application/x-www-form-urlencoded";
const call = (options: Partial<CaliberClientOptions> = {}, init: object = {}) =>
  createCaliberClient({ baseUrl: server.origin, ...options }).PATCH(path, {
    params: { path: { clientContactId: 42 } },
    body: { Number: "555-0100" },
    ...init,
  });
const settled = (promise: Promise<unknown>) =>
  promise.then(
    () => undefined,
    (error: unknown) => error,
  );

async function refusedIssues(promise: Promise<unknown>) {
  const error = await settled(promise);
  if (!isCaliberValidationError(error)) throw new Error(`expected a CaliberValidationError, got ${String(error)}`);
  expect(server.requests).toHaveLength(0);
  return error.issues;
}

describe("the request's Content-Type", () => {
  it.each([
    "application/merge-patch+json",
    "application/json-patch+json",
    "application/problem+json",
    "text/plain",
    "multipart/form-data",
    "*/*",
  ])("refuses %s, which the operation does not document, listing the request formats", async (contentType) => {
    expect(await refusedIssues(call({}, { headers: { "Content-Type": contentType } }))).toEqual([
      {
        path: "headers.Content-Type",
        message: `"${contentType}" is not a request format of this operation; use one of ${requestFormats}`,
      },
    ]);
  });

  it.each([
    "Application/JSON",
    "text/json; charset=utf-8",
    'TEXT/XML; Charset="UTF-8"',
    "application/xml;charset=utf8",
  ])("accepts %s: parameters and letter case, as ASP.NET does", async (contentType) => {
    const { response } = await call({}, { headers: { "Content-Type": contentType } });
    expect(response.status).toBe(200);
    expect(server.requests.map((r) => r.headers["content-type"])).toEqual([contentType]);
  });

  it.each(["utf-16", "iso-8859-1"])("refuses charset=%s: the body is always sent as UTF-8", async (charset) => {
    const contentType = `application/x-www-form-urlencoded; charset=${charset}`;
    expect(await refusedIssues(call({}, { headers: { "Content-Type": contentType } }))).toEqual([
      { path: "headers.Content-Type", message: expect.stringContaining(`declares charset "${charset}"`) },
    ]);
  });

  it("is checked when it comes from the client's headers, static or from the headers function", async () => {
    const expected = [{ path: "headers.Content-Type", message: expect.stringContaining("is not a request format") }];
    const json = { "Content-Type": "application/merge-patch+json" };
    expect(await refusedIssues(call({ headers: json }))).toEqual(expected);
    expect(await refusedIssues(call({ headers: () => json }))).toEqual(expected);
    await call({ headers: () => ({ "Content-Type": "text/xml" }) });
    expect(server.requests.map((r) => r.headers["content-type"])).toEqual(["text/xml"]);
  });

  it("is sent as given with validate: false, for a format the spec does not list yet", async () => {
    await call({ validate: false }, { headers: { "Content-Type": "application/merge-patch+json" } });
    expect(server.requests.map((r) => [r.headers["content-type"], r.body])).toEqual([
      ["application/merge-patch+json", '{"Number":"555-0100"}'],
    ]);
  });
});

describe("failures that start in the client are named errors", () => {
  it("a body JSON cannot hold (with validate: false): CaliberValidationError at body", async () => {
    const issues = await refusedIssues(call({ validate: false }, { body: { PhoneID: 1n } }));
    expect(issues).toEqual([{ path: "body", message: expect.stringContaining("cannot be written as JSON") }]);
  });

  it("a fetch of the caller's that rejects, or throws at once: CaliberNetworkError with its error as cause", async () => {
    const failure = new Error("proxy said no");
    for (const fetch of [
      () => Promise.reject(failure),
      () => {
        throw failure;
      },
    ]) {
      const error = await settled(call({ fetch: fetch as typeof globalThis.fetch }));
      expect(isCaliberNetworkError(error)).toBe(true);
      expect((error as Error).cause).toBe(failure);
      expect((error as Error).message).toBe(`PATCH ${path} failed before a response arrived: proxy said no`);
    }
  });

  it("a fetch of the caller's that rejects with a string: that string, as it is", async () => {
    expect(await settled(call({ fetch: () => Promise.reject("offline") }))).toBe("offline");
  });

  it("XML to a path the spec lacks (with validate: false): CaliberValidationError, as no XML shape is known", async () => {
    const client = createCaliberClient({ baseUrl: server.origin, validate: false });
    const call = client.PATCH("/api/v2/clientcontact/{clientContactId}/email" as typeof path, {
      params: { path: { clientContactId: 42 } },
      body: { Number: "555-0100" },
      headers: { "Content-Type": "application/xml" },
    });
    expect(await refusedIssues(call)).toEqual([
      { path: "headers.Content-Type", message: '"application/xml" has no XML shape in the spec for this operation' },
    ]);
  });

  it("every refusal above passes isCaliberError, which checks the name, whichever build made it", async () => {
    const errors = await Promise.all([
      settled(call({}, { headers: { "Content-Type": "text/plain" } })),
      settled(call({}, { mode: "navigate" })),
      settled(call({ validate: false }, { body: { PhoneID: 1n } })),
      settled(call({}, { body: { Number: "a\ud800" } })),
      settled(call({}, { body: {}, headers: { "Content-Type": "application/x-www-form-urlencoded" } })),
    ]);
    expect(errors.map(isCaliberError)).toEqual([true, true, true, true, true]);
    expect(server.requests).toHaveLength(0);
  });
});

describe("what the caller's own code throws reaches the caller unchanged", () => {
  const failure = new TypeError("the caller's own bug");

  it.each([
    ["a headers function", { headers: () => Promise.reject(failure) }, {}],
    ["middleware's onRequest", {}, { middleware: [{ onRequest: () => Promise.reject(failure) }] }],
    [
      "a bodySerializer of the call's",
      {},
      {
        bodySerializer: () => {
          throw failure;
        },
      },
    ],
  ])("from %s, and nothing is sent", async (_where, options, init) => {
    expect(await settled(call(options, init))).toBe(failure);
    expect(server.requests).toHaveLength(0);
  });

  it("from middleware's onResponse, after the request was answered", async () => {
    expect(await settled(call({}, { middleware: [{ onResponse: () => Promise.reject(failure) }] }))).toBe(failure);
    expect(server.requests).toHaveLength(1);
  });

  it("the caller's abort reason, whoever's fetch sends the call", async () => {
    const reason = new Error("the user navigated away");
    expect(await settled(call({}, { signal: AbortSignal.abort(reason) }))).toBe(reason);
    const ownFetch = { fetch: (request: Request) => fetch(request) } as Partial<CaliberClientOptions>;
    expect(await settled(call(ownFetch, { signal: AbortSignal.abort(reason) }))).toBe(reason);
    expect(server.requests).toHaveLength(0);
  });
});
