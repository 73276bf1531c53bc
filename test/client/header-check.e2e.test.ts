// A header fetch would refuse (a bad name, a line break or NUL in a value) is refused first, with the header named
// and its value left out (it may be a token), and nothing is sent. Over a real server on 127.0.0.1.
import { describe, expect, it } from "vitest";
import { createCaliberClient, isCaliberValidationError, type CaliberClientOptions } from "../../src/index.ts";
import { useRecordingServer } from "../helpers/recording-server.ts";

const server = await useRecordingServer();
const path = "/api/v2/clientcontact/{clientContactId}/phone";
const secret = "Bearer s3cret-token";

async function refusal(
  options: Partial<CaliberClientOptions>,
  init: object,
): Promise<{ path: string; message: string }[]> {
  const client = createCaliberClient({ baseUrl: server.origin, ...options });
  const thrown = await client.PATCH(path, { params: { path: { clientContactId: 42 } }, body: {}, ...init }).then(
    () => undefined,
    (error: unknown) => error,
  );
  if (!isCaliberValidationError(thrown)) throw new Error(`expected a CaliberValidationError, got ${String(thrown)}`);
  expect(thrown.message).not.toContain("s3cret");
  expect(server.requests).toHaveLength(0);
  return thrown.issues;
}

describe("headers fetch would refuse", () => {
  it.each([
    ["a line break in a value", { Authorization: `${secret}\r\nX-Evil: 1` }, "is not a valid header value"],
    ["a NUL in a value", { Authorization: `${secret}\0` }, "is not a valid header value"],
    ["a line break in one value of a list", { Authorization: ["ok", `${secret}\n`] }, "is not a valid header value"],
    // Headers lets these through; undici's dispatcher then fails the call as if the network had.
    ["a control character in a value", { Authorization: `${secret}\u0001` }, "is not a valid header value"],
    ["DEL in a value", { Authorization: `${secret}\u007f` }, "is not a valid header value"],
    // Not Latin-1: Headers throws a TypeError that names neither the header nor the call.
    ["a character beyond U+00FF in a value", { Authorization: `${secret} €` }, "is not a valid header value"],
  ])(
    "%s in the call's headers is refused, naming the header, with or without validation",
    async (_case, headers, message) => {
      for (const validate of [true, false]) {
        const issues = await refusal({ validate }, { headers });
        expect(issues).toEqual([{ path: "headers.Authorization", message: expect.stringContaining(message) }]);
      }
    },
  );

  it("a control character in a call's header is never retried: no request at all", async () => {
    const issues = await refusal({ retry: true }, { headers: { "X-Name": "a\u0001b" } });
    expect(issues).toEqual([{ path: "headers.X-Name", message: expect.stringContaining("control character") }]);
  });

  it("a Headers object is checked for values too (its names were checked when it was filled)", async () => {
    const issues = await refusal({}, { headers: new Headers({ "X-Name": "a\u0001b" }) });
    expect(issues).toEqual([
      { path: "headers.x-name", message: expect.stringContaining("is not a valid header value") },
    ]);
    const fromFunction = await refusal({ headers: () => new Headers({ "X-Name": "a\u0001b" }) }, {});
    expect(fromFunction.map((issue) => issue.path)).toEqual(["headers().x-name"]);
  });

  it("Latin-1 text is sent as it is", async () => {
    const client = createCaliberClient({ baseUrl: server.origin, headers: { "X-Name": "café ÿ" } });
    await client.PATCH(path, { params: { path: { clientContactId: 42 } }, body: {} });
    expect(server.requests[0]!.headers["x-name"]).toBe("café ÿ"); // node:http reads header bytes as Latin-1
  });

  it("a header name with a space is refused, naming it", async () => {
    const issues = await refusal({}, { headers: { "X Trace": "1" } });
    expect(issues).toEqual([
      { path: "headers.X Trace", message: expect.stringContaining("is not a valid header name") },
    ]);
  });

  it("a bad header in params.header is named there, and every bad header is listed", async () => {
    const issues = await refusal(
      {},
      { headers: { "X-A": "1\n" }, params: { path: { clientContactId: 42 }, header: { "X-B": "2\r" } } },
    );
    expect(issues.map((issue) => issue.path)).toEqual(["headers.X-A", "params.header.X-B"]);
  });

  it("a bad header from the headers function is refused, naming it; the function was called once", async () => {
    let calls = 0;
    const provider = () => {
      calls++;
      return { Authorization: `${secret}\n` };
    };
    const issues = await refusal({ headers: provider }, {});
    expect(issues).toEqual([
      { path: "headers().Authorization", message: expect.stringContaining("is not a valid header value") },
    ]);
    expect(calls).toBe(1);
  });

  it("a bad static header fails createCaliberClient, naming it and not repeating the value", () => {
    const create = () => createCaliberClient({ baseUrl: server.origin, headers: { Authorization: `${secret}\n` } });
    expect(create).toThrow(TypeError);
    expect(create).toThrow("createCaliberClient: headers.Authorization is not a valid header value");
    expect(create).not.toThrow(/s3cret/);
    const euro = () => createCaliberClient({ baseUrl: server.origin, headers: { "X-Name": "café €" } });
    expect(euro).toThrow(TypeError);
    expect(euro).toThrow("createCaliberClient: headers.X-Name is not a valid header value");
  });

  it("good headers of every allowed kind are sent as they are", async () => {
    const client = createCaliberClient({ baseUrl: server.origin, headers: () => ({ "X-From-Function": "f" }) });
    await client.PATCH(path, {
      params: { path: { clientContactId: 42 }, header: { "X-Param": 7 } as never },
      body: {},
      headers: { "X-Flag": true, "X-List": ["a", "b"], "X-Gone": null, "X-Unset": undefined, "X-Tab": "a\tb" } as never,
    });
    expect(server.requests).toHaveLength(1);
    expect(server.requests[0]!.headers).toMatchObject({
      "x-from-function": "f",
      "x-param": "7",
      "x-flag": "true",
      "x-list": "a, b",
      "x-tab": "a\tb",
    });
    expect(server.requests[0]!.headers).not.toHaveProperty("x-gone");
  });
});
