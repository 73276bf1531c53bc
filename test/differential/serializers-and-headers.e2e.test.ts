// URLs and headers: query and path serializers (openapi-fetch's defaults and a call's own), baseUrl, and header
// merging, through bare openapi-fetch and through the client against the same recording server.
import { describe, expect, it } from "vitest";
import { useRecordingServer } from "../helpers/recording-server.ts";
import { sideBySide } from "./side-by-side.ts";

const server = await useRecordingServer();

describe("query serializer", () => {
  const query = {
    s: "a b&c=d/é",
    n: 0,
    t: true,
    list: ["x", "y z"],
    empty: [],
    obj: { k: "v", w: "1,2" },
    none: null,
    missing: undefined,
  };

  it.each([
    ["openapi-fetch's default", undefined],
    ["arrays not exploded, objects as form", { array: { style: "form", explode: false }, object: { style: "form" } }],
    ["space- and pipe-delimited", { array: { style: "pipeDelimited", explode: false } }],
    ["spaceDelimited", { array: { style: "spaceDelimited", explode: false } }],
    ["allowReserved", { allowReserved: true }],
    ["objects as deepObject, not exploded", { object: { style: "deepObject", explode: false } }],
  ])("%s, given with the call", async (_what, querySerializer) => {
    const { bare, caliber } = await sideBySide(server, (client) =>
      client.GET("/things", { params: { query }, ...(querySerializer ? { querySerializer } : {}) }),
    );
    expect(bare.arrived[0]!.url).toMatch(/^\/things\?s=/);
    expect(caliber).toEqual(bare);
  });

  it("the default writes what openapi-fetch's docs say", async () => {
    const { bare, caliber } = await sideBySide(server, (client) => client.GET("/things", { params: { query } }));
    expect(bare.arrived[0]!.url).toBe(
      "/things?s=a%20b%26c%3Dd%2F%C3%A9&n=0&t=true&list=x&list=y%20z&obj[k]=v&obj[w]=1%2C2",
    );
    expect(caliber).toEqual(bare);
  });

  it("a function given with the call gets the query and writes the search (a leading ? is dropped)", async () => {
    const { bare, caliber } = await sideBySide(server, (client, seen) =>
      client.GET("/things", {
        params: { query: { a: [1, 2] } },
        querySerializer: (q: unknown) => {
          seen.push(q);
          return "?custom=1";
        },
      }),
    );
    expect(bare.arrived[0]!.url).toBe("/things?custom=1");
    expect(bare.seen).toEqual([{ a: [1, 2] }]);
    expect(caliber).toEqual(bare);
  });

  it("a nested object: openapi-fetch's Error, and nothing is sent", async () => {
    const { bare, caliber } = await sideBySide(server, (client) =>
      client.GET("/things", { params: { query: { deep: { a: { b: 1 } } } } }),
    );
    expect(bare.outcome).toMatchObject({ threw: { message: expect.stringMatching(/^Deeply-nested/) } });
    expect(bare.arrived).toEqual([]);
    expect(caliber).toEqual(bare);
  });
});

describe("path serializer", () => {
  it.each([
    // (text a path cannot carry to the server, such as "x/y?z", is a difference: url-parameters.e2e.test.ts)
    ["simple", "/a/{id}", { id: "x y&z=é;~" }],
    ["an array, simple", "/a/{ids}", { ids: [1, 2] }],
    ["an array, exploded label", "/a/{.ids*}", { ids: [1, 2] }],
    ["an object, matrix", "/a/{;obj}", { obj: { k: "v", w: 2 } }],
    ["an object, exploded matrix", "/a/{;obj*}", { obj: { k: "v", w: 2 } }],
    ["a label", "/a/{.id}", { id: "é" }],
    ["a missing parameter, left as is", "/a/{id}/{other}", { id: 1 }],
  ])("openapi-fetch's default: %s", async (_what, path, pathParams) => {
    const { bare, caliber } = await sideBySide(server, (client) => client.GET(path, { params: { path: pathParams } }));
    expect(bare.arrived[0]!.url).toMatch(/^\/a\//);
    expect(caliber).toEqual(bare);
  });

  it("a function given with the call", async () => {
    const { bare, caliber } = await sideBySide(server, (client, seen) =>
      client.GET("/a/{id}", {
        params: { path: { id: 5 } },
        pathSerializer: (pathname: string, params: Record<string, unknown>) => {
          seen.push(pathname, params);
          return pathname.replace("{id}", `id-${String(params.id)}`);
        },
      }),
    );
    expect(bare.arrived[0]!.url).toBe("/a/id-5");
    expect(bare.seen).toEqual([`${server.origin}/a/{id}`, { id: 5 }]);
    expect(caliber).toEqual(bare);
  });
});

describe("baseUrl", () => {
  it.each(["/base/", "/base", ""])("given with the call (%j), trailing slash removed", async (base) => {
    const { bare, caliber } = await sideBySide(server, (client) =>
      client.GET("/things", { baseUrl: `${server.origin}${base}` }),
    );
    expect(bare.arrived[0]!.url).toBe(`${base.replace(/\/$/, "")}/things`);
    expect(caliber).toEqual(bare);
  });

  it("given to the client with a trailing slash", async () => {
    const baseUrl = `${server.origin}/root/`;
    const { bare, caliber } = await sideBySide(server, (client) => client.GET("/things"), {
      bare: { baseUrl },
      caliber: { baseUrl },
    });
    expect(bare.arrived[0]!.url).toBe("/root/things");
    expect(caliber).toEqual(bare);
  });
});

describe("headers", () => {
  const clientHeaders = { "X-Client": "c", "X-Both": "client", "X-Removed": "r", Accept: "application/json" };

  it("client headers, then the call's, then params.header: later wins, null removes, an array repeats", async () => {
    const { bare, caliber } = await sideBySide(
      server,
      (client) =>
        client.POST("/things", {
          body: {},
          headers: { "x-both": "call", "X-Removed": null, "X-List": ["1", "2"], "X-Param": "from headers" },
          params: { header: { "X-Param": "from params", "X-Number": 3 } },
        }),
      { bare: { headers: clientHeaders }, caliber: { headers: clientHeaders } },
    );
    expect(bare.arrived[0]!.headers).toMatchObject({
      "x-client": "c",
      "x-both": "call",
      "x-list": "1, 2",
      "x-param": "from params",
      "x-number": "3",
      accept: "application/json",
    });
    expect(bare.arrived[0]!.headers["x-removed"]).toBeUndefined();
    expect(caliber).toEqual(bare);
  });

  it("a Headers object with the call, and a Content-Type of the call's over the default", async () => {
    const { bare, caliber } = await sideBySide(server, (client) =>
      client.POST("/things", { body: { a: 1 }, headers: new Headers({ "content-type": "application/vnd.x+json" }) }),
    );
    expect(bare.arrived[0]!.headers["content-type"]).toBe("application/vnd.x+json");
    expect(caliber).toEqual(bare);
  });

  it("Content-Type: null with a body: removed, so fetch labels the string body text/plain", async () => {
    const { bare, caliber } = await sideBySide(server, (client) =>
      client.POST("/things", { body: { a: 1 }, headers: { "Content-Type": null } }),
    );
    expect(bare.arrived[0]!.headers["content-type"]).toBe("text/plain;charset=UTF-8");
    expect(caliber).toEqual(bare);
  });
});
