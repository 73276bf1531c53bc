// A fetch and a Request class of the caller's, RequestInit members, custom keys and signals, through bare
// openapi-fetch and through the client against the same recording server.
import { describe, expect, it } from "vitest";
import { useRecordingServer } from "../helpers/recording-server.ts";
import { bothClients, describeRequest, sideBySide } from "./side-by-side.ts";

const server = await useRecordingServer();

const path = "/things/{id}";
const params = { path: { id: 3 } };

/** A fetch that records the Request it gets, and the call's custom keys on it, then sends it. */
const recordingFetch =
  (seen: unknown[]) =>
  async (input: Request, init?: RequestInit): Promise<Response> => {
    seen.push(await describeRequest(input), (input as unknown as Record<string, unknown>).traceId, init);
    return fetch(input, init);
  };

const requestInit = {
  credentials: "include",
  cache: "no-store",
  keepalive: true,
  redirect: "manual",
  mode: "same-origin",
  referrerPolicy: "no-referrer",
} as const;

describe("a fetch of the caller's", () => {
  it("given with the call: it gets a Request with the method, URL, headers, body and the call's own keys", async () => {
    const { bare, caliber } = await sideBySide(server, (client, seen) =>
      client.PATCH(path, { params, body: { a: 1 }, fetch: recordingFetch(seen), traceId: "t-1" }),
    );
    expect(bare.seen).toMatchObject([
      { isRequest: true, method: "PATCH", url: `${server.origin}/things/3`, body: '{"a":1}' },
      "t-1",
      undefined,
    ]);
    expect(caliber).toEqual(bare);
  });

  it("given to the client: the same, on every call", async () => {
    const seen: unknown[] = [];
    const fetchOption = recordingFetch(seen) as unknown as typeof globalThis.fetch;
    const { bare, caliber } = await sideBySide(
      server,
      async (client, seenHere) => {
        const result = await client.PATCH(path, { params, body: { a: 1 }, traceId: "t-2" });
        seenHere.push(...seen.splice(0));
        return result;
      },
      { bare: { fetch: fetchOption }, caliber: { fetch: fetchOption } },
    );
    expect(bare.seen).toMatchObject([{ isRequest: true, method: "PATCH", body: '{"a":1}' }, "t-2", undefined]);
    // Difference 10: the client follows (same-origin) redirects itself, so its transport asks fetch for none.
    expect(bare.seen[0]).toMatchObject({ redirect: "follow" });
    expect(caliber.seen[0]).toMatchObject({ redirect: "manual" });
    (caliber.seen[0] as { redirect: string }).redirect = "follow";
    expect(caliber).toEqual(bare);
  });

  it("RequestInit members reach the Request it gets", async () => {
    const { bare, caliber } = await sideBySide(server, (client, seen) =>
      client.PUT(path, { params, body: "x", fetch: recordingFetch(seen), ...requestInit }),
    );
    expect(bare.seen[0]).toMatchObject(requestInit);
    expect(caliber).toEqual(bare);
  });

  it("a call's Request class is the one built", async () => {
    class TracedRequest extends Request {
      readonly traced = "yes";
    }
    const { bare, caliber } = await sideBySide(server, (client, seen) =>
      client.GET(path, {
        params,
        Request: TracedRequest,
        fetch: (input: Request) => {
          seen.push(input.constructor.name, (input as TracedRequest).traced);
          return fetch(input);
        },
      }),
    );
    expect(bare.seen).toEqual(["TracedRequest", "yes"]);
    expect(caliber).toEqual(bare);
  });

  it("a call's Request class, with the global fetch", async () => {
    const built: string[] = [];
    class CountingRequest extends Request {
      constructor(input: RequestInfo | URL, init?: RequestInit) {
        super(input, init);
        built.push(this.url);
      }
    }
    const { bare, caliber } = await sideBySide(server, async (client, seen) => {
      const result = await client.GET(path, { params, Request: CountingRequest });
      seen.push(...built.splice(0));
      return result;
    });
    expect(bare.seen).toEqual([`${server.origin}/things/3`]);
    expect(caliber).toEqual(bare);
  });
});

describe("RequestInit members with the global fetch", () => {
  it("cache, credentials, keepalive, redirect, mode: what fetch sends for them", async () => {
    const { bare, caliber } = await sideBySide(server, (client) =>
      client.POST(path, { params, body: { a: 1 }, ...requestInit }),
    );
    // undici asks caches along the way not to answer from a cache for "no-store".
    expect(bare.arrived[0]!.headers).toMatchObject({ "cache-control": "no-cache", pragma: "no-cache" });
    expect(caliber).toEqual(bare);
  });

  it("redirect: manual hands back the 302 itself", async () => {
    server.respondWith((_request, response) => response.writeHead(302, { Location: "/elsewhere" }).end());
    const { bare, caliber } = await sideBySide(server, (client) => client.GET(path, { params, redirect: "manual" }));
    expect(bare.arrived).toHaveLength(1);
    expect(bare.outcome).toMatchObject({ status: 302 });
    expect(caliber).toEqual(bare);
  });
});

describe("signal", () => {
  it("already aborted: the call rejects with the abort reason itself, and nothing is sent", async () => {
    const reason = new Error("the user left");
    const thrown: unknown[] = [];
    for (const client of Object.values(bothClients(server))) {
      thrown.push(await client.GET(path, { params, signal: AbortSignal.abort(reason) }).catch((e: unknown) => e));
    }
    expect(thrown[0]).toBe(reason);
    expect(thrown[1]).toBe(reason);
    expect(server.requests).toEqual([]);
  });

  it("aborted while the server holds the answer: the same reason", async () => {
    let arrived: () => void = () => undefined;
    server.respondWith(() => arrived()); // never answers; closed with the server
    const thrown: unknown[] = [];
    for (const client of Object.values(bothClients(server))) {
      const controller = new AbortController();
      const reached = new Promise<void>((resolve) => (arrived = resolve));
      const call = client.GET(path, { params, signal: controller.signal }).catch((e: unknown) => e);
      await reached;
      controller.abort();
      thrown.push(await call);
    }
    expect(thrown[0]).toBeInstanceOf(DOMException);
    expect(thrown).toEqual([thrown[0], thrown[0]]);
    expect((thrown[1] as DOMException).name).toBe("AbortError");
  });
});
