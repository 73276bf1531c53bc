// Each entry of the README's "Differences from openapi-fetch", shown side by side with bare openapi-fetch against
// the same recording server. Everything not listed here is the same (the other files of this folder).
import createClient from "openapi-fetch";
import type { ServerResponse } from "node:http";
import { afterEach, describe, expect, it, vi } from "vitest";
import type { paths } from "../../generated/openapi.ts";
import {
  CaliberNetworkError,
  CaliberResponseParseError,
  CaliberTimeoutError,
  CaliberValidationError,
  createCaliberClient,
} from "../../src/index.ts";
import { useRecordingServer, type Responder } from "../helpers/recording-server.ts";
import { bothClients, describeError, run, sideBySide, type LooseClient } from "./side-by-side.ts";

const server = await useRecordingServer();

const phonePath = "/api/v2/clientcontact/{clientContactId}/phone";
const phoneCall = { params: { path: { clientContactId: 1 } } };
const dropped: Responder = (_request, response) => response.socket?.destroy();

/** The spec's operation, as a caller with default options makes it, and as bare openapi-fetch makes it. */
function specClients(): { bare: LooseClient; caliber: LooseClient } {
  return {
    bare: createClient<paths>({ baseUrl: server.origin }) as unknown as LooseClient,
    caliber: createCaliberClient({ baseUrl: server.origin }) as unknown as LooseClient,
  };
}

describe("1. request validation on the spec's operations", () => {
  it("a body that breaks the spec: openapi-fetch sends it, the client refuses it naming the field", async () => {
    const { bare, caliber } = specClients();
    const call = (client: LooseClient) => client.PATCH(phonePath, { ...phoneCall, body: { PhoneID: "1" } });
    const sent = await run(server, bare, call);
    const refused = await run(server, caliber, call);
    expect(sent.arrived.map((a) => a.body)).toEqual(['{"PhoneID":"1"}']);
    expect(refused.arrived).toEqual([]);
    expect(refused.outcome.threw).toMatchObject({
      class: "CaliberValidationError",
      message: expect.stringContaining("body.PhoneID must be an integer"),
    });
  });

  it.each([
    ["a FormData", () => new FormData()],
    ["a URLSearchParams", () => new URLSearchParams({ Number: "1" })],
  ])("%s body, which the schema cannot check, is refused; with validate: false it is sent", async (what, body) => {
    const { caliber } = specClients();
    const form = { headers: { "Content-Type": "application/x-www-form-urlencoded" } };
    const init = () => ({ ...phoneCall, body: body(), ...(what === "a URLSearchParams" ? form : {}) });
    const refused = await caliber.PATCH(phonePath, init()).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(CaliberValidationError);
    expect((refused as CaliberValidationError).issues).toEqual([
      { path: "body", message: expect.stringMatching(new RegExp(`^is ${what}, which the spec's schema cannot check`)) },
    ]);
    expect(server.requests).toEqual([]);

    // validate: false (sideBySide's client) sends it as openapi-fetch does.
    const { bare: sent, caliber: sentToo } = await sideBySide(server, (client) => client.PATCH(phonePath, init()));
    expect(sent.arrived).toHaveLength(1);
    expect(sentToo).toEqual(sent);
  });

  it("a path the spec does not have, with validate on: refused", async () => {
    const { caliber } = specClients();
    const refused = await caliber.GET("/not/in/the/spec").catch((error: unknown) => error);
    expect((refused as CaliberValidationError).issues).toEqual([
      { path: "url", message: "is not an operation of the spec" },
    ]);
    expect(server.requests).toEqual([]);
  });
});

describe("2. the Content-Type picks the body format", () => {
  it("XML on the spec's operation: DataContract XML, where openapi-fetch writes JSON", async () => {
    const { bare, caliber } = specClients();
    const call = (client: LooseClient) =>
      client.PATCH(phonePath, { ...phoneCall, body: { Number: "1" }, headers: { "Content-Type": "application/xml" } });
    const [json, xml] = [(await run(server, bare, call)).arrived[0]!, (await run(server, caliber, call)).arrived[0]!];
    expect(json.body).toBe('{"Number":"1"}');
    expect(xml.body).toMatch(/^<Phone [^>]*><Number>1<\/Number><\/Phone>$/);
  });

  it("a form Content-Type with a charset or in capitals is a form; openapi-fetch writes JSON", async () => {
    const { bare, caliber } = await sideBySide(server, (client) =>
      client.POST("/things", {
        body: { a: "1 2", skipped: undefined },
        headers: { "Content-Type": "Application/X-WWW-Form-Urlencoded; charset=utf-8" },
      }),
    );
    expect(bare.arrived[0]!.body).toBe('{"a":"1 2"}');
    expect(caliber.arrived[0]!.body).toBe("a=1+2");
  });

  it("an undefined field is left out of a form; openapi-fetch writes undefined", async () => {
    const { bare, caliber } = await sideBySide(server, (client) =>
      client.POST("/things", {
        body: { a: "1", b: undefined },
        headers: { "Content-Type": "application/x-www-form-urlencoded" },
      }),
    );
    expect(bare.arrived[0]!.body).toBe("a=1&b=undefined");
    expect(caliber.arrived[0]!.body).toBe("a=1");
  });

  it("XML for a path with no XML shape in the spec: refused, where openapi-fetch writes JSON", async () => {
    const { bare, caliber } = await sideBySide(server, (client) =>
      client.POST("/things", { body: { a: 1 }, headers: { "Content-Type": "text/xml" } }),
    );
    expect(bare.arrived[0]!.body).toBe('{"a":1}');
    expect(caliber.arrived).toEqual([]);
    expect(caliber.outcome.threw).toMatchObject({
      class: "CaliberValidationError",
      message: expect.stringContaining('headers.Content-Type "text/xml" has no XML shape in the spec'),
    });
  });

  it.each([
    ["a lone surrogate in JSON", { a: "\ud800" }, undefined, "body.a holds a lone surrogate"],
    ["blank text in a form", { a: " " }, "application/x-www-form-urlencoded", "body.a is empty or only whitespace"],
    ["an empty form", {}, "application/x-www-form-urlencoded", "body has no fields"],
    ["a BigInt in JSON", { a: BigInt(1) }, undefined, "body cannot be written as JSON"],
  ])(
    "%s is refused even with validate: false; openapi-fetch sends it or throws fetch's error",
    async (_w, body, type, message) => {
      const { bare, caliber } = await sideBySide(server, (client) =>
        client.POST("/things", { body, ...(type ? { headers: { "Content-Type": type } } : {}) }),
      );
      expect(caliber.arrived).toEqual([]);
      expect(caliber.outcome.threw).toMatchObject({
        class: "CaliberValidationError",
        message: expect.stringContaining(message),
      });
      expect(bare.outcome.threw === undefined ? bare.arrived.length : describeError(bare.outcome.threw)).toBeTruthy();
    },
  );
});

it("3. a URLSearchParams under a Content-Type that is not a form: refused; openapi-fetch sends {}", async () => {
  const { bare, caliber } = await sideBySide(server, (client) =>
    client.POST("/things", { body: new URLSearchParams({ a: "1" }) }),
  );
  expect(bare.arrived.map((a) => [a.headers["content-type"], a.body])).toEqual([["application/json", "{}"]]);
  expect(caliber.arrived).toEqual([]);
  expect(caliber.outcome.threw).toMatchObject({
    class: "CaliberValidationError",
    message: expect.stringContaining("body is a URLSearchParams, which only a form carries"),
  });
});

describe("4. a default timeout of 30 s per call", () => {
  afterEach(() => vi.useRealTimers());

  it("the client gives up at 30 s with CaliberTimeoutError; openapi-fetch still waits", async () => {
    const held: ServerResponse[] = [];
    let arrivedCount = 0;
    let bothArrived: () => void = () => undefined;
    const arrived = new Promise<void>((resolve) => (bothArrived = resolve));
    server.respondWith((_request, response) => {
      held.push(response);
      if (++arrivedCount === 2) bothArrived();
    });
    vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout"] });
    const { bare, caliber } = bothClients(server);
    const settled: string[] = [];
    const bareCall = bare.GET("/slow").then((r) => (settled.push("bare"), r));
    const caliberCall = caliber.GET("/slow").catch((error: unknown) => (settled.push("caliber"), error));
    await arrived;
    vi.advanceTimersByTime(29_999);
    await new Promise((resolve) => setImmediate(resolve));
    expect(settled).toEqual([]);
    vi.advanceTimersByTime(1);
    const timedOut = await caliberCall;
    expect(timedOut).toBeInstanceOf(CaliberTimeoutError);
    expect((timedOut as CaliberTimeoutError).timeoutMs).toBe(30_000);
    await new Promise((resolve) => setImmediate(resolve));
    expect(settled).toEqual(["caliber"]);
    for (const response of held) response.writeHead(200, { "Content-Length": "0" }).end();
    expect((await bareCall).response.status).toBe(200);
  });
});

describe("5. named errors where fetch fails", () => {
  it("a dropped connection: CaliberNetworkError with fetch's error as its cause; openapi-fetch rejects with it", async () => {
    server.respondWith(dropped);
    const thrown = await Promise.all(
      Object.values(bothClients(server)).map((client) => client.GET("/things").catch((e: unknown) => e)),
    );
    expect(describeError(thrown[0])).toEqual({ class: "TypeError", name: "TypeError", message: "fetch failed" });
    expect(thrown[1]).toBeInstanceOf(CaliberNetworkError);
    expect(describeError((thrown[1] as Error).cause)).toEqual(describeError(thrown[0]));
  });

  it.each([
    ["given to the client", "option"],
    ["given with the call", "call"],
  ])("a fetch of the caller's %s that throws: CaliberNetworkError with that error as its cause", async (_w, where) => {
    const mine = new Error("my fetch is offline");
    const failing = () => Promise.reject(mine);
    const { bare, caliber } = bothClients(server, {
      bare: where === "option" ? { fetch: failing } : {},
      caliber: where === "option" ? { fetch: failing } : {},
    });
    const init = where === "call" ? { fetch: failing } : {};
    expect(await bare.GET("/things", init).catch((e: unknown) => e)).toBe(mine);
    const named = await caliber.GET("/things", init).catch((e: unknown) => e);
    expect(named).toBeInstanceOf(CaliberNetworkError);
    expect((named as CaliberNetworkError).cause).toBe(mine);
  });

  it.each([
    ["a body on a GET", "GET", { body: { a: 1 } }],
    ["the TRACE method", "TRACE", {}],
    ["mode: navigate", "POST", { body: {}, mode: "navigate" }],
  ])(
    "an init fetch refuses (%s): CaliberValidationError at init; openapi-fetch: fetch's TypeError",
    async (_w, method, init) => {
      const { bare, caliber } = await sideBySide(server, (client) =>
        (client as unknown as Record<string, LooseClient["GET"]>)[method]!("/things", init),
      );
      expect(bare.outcome.threw).toMatchObject({ class: "TypeError" });
      expect(caliber.outcome.threw).toMatchObject({
        class: "CaliberValidationError",
        message: expect.stringContaining("init is refused by fetch"),
      });
      expect([bare.arrived, caliber.arrived]).toEqual([[], []]);
    },
  );

  it("a header fetch refuses: CaliberValidationError naming it, its value not repeated", async () => {
    const { bare, caliber } = await sideBySide(server, (client) =>
      client.GET("/things", { headers: { "X-Token": "secret\nvalue" } }),
    );
    expect(bare.outcome.threw).toMatchObject({ class: "TypeError" });
    expect(caliber.outcome.threw).toMatchObject({
      class: "CaliberValidationError",
      message: expect.stringContaining("headers.X-Token is not a valid header value"),
    });
    expect(JSON.stringify(caliber.outcome)).not.toContain("secret");
  });
});

describe("6. reading a 2xx answer with parseAs json (the default)", () => {
  const answer =
    (contentType: string, body: string): Responder =>
    (_request, response) =>
      response.writeHead(200, { "Content-Type": contentType, "Content-Length": Buffer.byteLength(body) }).end(body);

  it("a body of another media type comes back as text; openapi-fetch throws a SyntaxError", async () => {
    server.respondWith(answer("text/plain", "plain words"));
    const { bare, caliber } = await sideBySide(server, (client) => client.GET("/things"));
    expect(bare.outcome.threw).toMatchObject({ class: "SyntaxError" });
    expect(caliber.outcome).toMatchObject({ data: "plain words", status: 200 });
  });

  it("malformed JSON: CaliberResponseParseError with the status and the text; openapi-fetch: a SyntaxError", async () => {
    server.respondWith(answer("application/json", '{"cut":'));
    const thrown = await Promise.all(
      Object.values(bothClients(server)).map((client) => client.GET("/things").catch((e: unknown) => e)),
    );
    expect(thrown[0]).toBeInstanceOf(SyntaxError);
    expect(thrown[1]).toBeInstanceOf(CaliberResponseParseError);
    expect(thrown[1]).toMatchObject({ status: 200, body: '{"cut":' });
  });
});

it("7. middleware's options: parseAs is text where the client parses JSON; fetch and bodySerializer are the client's", async () => {
  const { bare, caliber } = await sideBySide(server, (client, seen) => {
    client.use({
      onRequest: ({ options }: { options: { parseAs: string; fetch: unknown; bodySerializer: BodySerializer } }) => {
        seen.push(options.parseAs, options.fetch === globalThis.fetch, written(options.bodySerializer));
      },
    });
    return client.POST("/things", { body: { a: 1 } });
  });
  expect(bare.seen).toEqual(["json", true, "{}"]);
  expect(caliber.seen).toEqual(["text", false, "refused"]);
  expect({ ...caliber, seen: [] }).toEqual({ ...bare, seen: [] });
});

type BodySerializer = (body: unknown, headers: Headers) => unknown;

/** What a body serializer makes of a URLSearchParams with no Content-Type. */
function written(serializer: BodySerializer): unknown {
  try {
    return serializer(new URLSearchParams({ a: "1" }), new Headers());
  } catch {
    return "refused";
  }
}

describe("8. createCaliberClient takes its own options only", () => {
  it.each(["querySerializer", "bodySerializer", "pathSerializer", "Request", "requestInitExt", "credentials"])(
    "%s at creation is a TypeError naming it (openapi-fetch takes it): give it with each call",
    (name) => {
      expect(() => createClient({ baseUrl: server.origin, [name]: undefined })).not.toThrow();
      expect(() => createCaliberClient({ baseUrl: server.origin, [name]: () => "" } as never)).toThrow(
        new RegExp(`^createCaliberClient: unknown option ${name}; the options are baseUrl, headers,`),
      );
    },
  );
});

it("9. the global fetch is looked up at each call; openapi-fetch keeps the one there was at creation", async () => {
  const { bare, caliber } = bothClients(server);
  const realFetch = globalThis.fetch;
  const through: string[] = [];
  globalThis.fetch = (input, init) => {
    through.push(input instanceof Request ? input.url : String(input));
    return realFetch(input, init);
  };
  try {
    await bare.GET("/bare");
    await caliber.GET("/caliber");
  } finally {
    globalThis.fetch = realFetch;
  }
  expect(server.requests.map((r) => r.url)).toEqual(["/bare", "/caliber"]);
  expect(through).toEqual([`${server.origin}/caliber`]);
});
