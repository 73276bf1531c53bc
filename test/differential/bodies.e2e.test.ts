// Request bodies and empty answers, through bare openapi-fetch and through the client (validate: false, paths the
// spec does not have): the same bytes must arrive with the same headers, and the caller must get the same result.
import { describe, expect, it } from "vitest";
import { useRecordingServer, type Responder } from "../helpers/recording-server.ts";
import { describeRequest, headersObject, sideBySide } from "./side-by-side.ts";

const server = await useRecordingServer();

const path = "/things/{id}";
const params = { path: { id: 1 } };

describe("bodies", () => {
  it.each([
    "application/json",
    "application/my-json",
    "application/vnd.api+json",
    "text/plain",
    "application/octet-stream",
    "text/csv; charset=utf-8",
  ])("Content-Type %s: the body is written as JSON, as openapi-fetch writes it", async (contentType) => {
    const { bare, caliber } = await sideBySide(server, (client) =>
      client.POST(path, { params, body: { a: 1, b: ["x", null], c: "é" }, headers: { "Content-Type": contentType } }),
    );
    expect(bare.arrived[0]!.headers["content-type"]).toBe(contentType);
    expect(Buffer.from(bare.arrived[0]!.body, "latin1").toString()).toBe('{"a":1,"b":["x",null],"c":"é"}');
    expect(caliber).toEqual(bare);
  });

  it.each([
    ["a string", "plain text"],
    ["a number", 42],
    ["null", null],
    ["an empty string", ""],
    ["an array", [1, "two"]],
    ["false", false],
  ])("%s as the body, with no Content-Type: JSON with application/json", async (_what, body) => {
    const { bare, caliber } = await sideBySide(server, (client) => client.PUT(path, { params, body }));
    expect(bare.arrived[0]!.headers["content-type"]).toBe("application/json");
    expect(bare.arrived[0]!.body).toBe(JSON.stringify(body));
    expect(caliber).toEqual(bare);
  });

  it("no body: no Content-Type and nothing sent", async () => {
    const { bare, caliber } = await sideBySide(server, (client) => client.POST(path, { params }));
    expect(bare.arrived[0]!.headers["content-type"]).toBeUndefined();
    expect(bare.arrived[0]!.body).toBe("");
    expect(caliber).toEqual(bare);
  });

  it("a FormData with no Content-Type: multipart, with the boundary fetch picks", async () => {
    const { bare, caliber } = await sideBySide(server, (client, seen) => {
      const form = new FormData();
      form.append("name", "Ada");
      form.append("file", new Blob(["a,b\n1,2"], { type: "text/csv" }), "table.csv");
      return client.POST(path, {
        params,
        body: form,
        middleware: [
          { onRequest: async ({ request }: { request: Request }) => void seen.push(await describeRequest(request)) },
        ],
      });
    });
    expect(bare.arrived[0]!.headers["content-type"]).toBe("multipart/form-data; boundary=BOUNDARY");
    expect(bare.arrived[0]!.body).toContain(
      'name="file"; filename="table.csv"\r\nContent-Type: text/csv\r\n\r\na,b\n1,2',
    );
    expect(caliber).toEqual(bare);
  });

  it("a FormData without middleware (the client's pass-through path): the same multipart body", async () => {
    const { bare, caliber } = await sideBySide(server, (client) => {
      const form = new FormData();
      form.append("name", "Ada");
      form.append("name", "Grace");
      return client.POST(path, { params, body: form });
    });
    expect(bare.arrived[0]!.body).toMatch(/name="name"\r\n\r\nAda\r\n.*name="name"\r\n\r\nGrace/s);
    expect(caliber).toEqual(bare);
  });

  it("a URLSearchParams with the form Content-Type: its text", async () => {
    const { bare, caliber } = await sideBySide(server, (client) =>
      client.POST(path, {
        params,
        body: new URLSearchParams([
          ["a", "1"],
          ["a", "2 3"],
          ["b", "&="],
        ]),
        headers: { "Content-Type": "application/x-www-form-urlencoded" },
      }),
    );
    expect(bare.arrived[0]!.body).toBe("a=1&a=2+3&b=%26%3D");
    expect(caliber).toEqual(bare);
  });

  it("an object with the form Content-Type: key=value pairs, as openapi-fetch writes them", async () => {
    const { bare, caliber } = await sideBySide(server, (client) =>
      client.POST(path, {
        params,
        body: { Number: "555 0100", IsPrimary: true, PhoneID: 7, Note: "a&b=c/ü" },
        headers: { "Content-Type": "application/x-www-form-urlencoded" },
      }),
    );
    expect(bare.arrived[0]!.body).toBe("Number=555+0100&IsPrimary=true&PhoneID=7&Note=a%26b%3Dc%2F%C3%BC");
    expect(caliber).toEqual(bare);
  });

  it("difference 2: a null field is left out of a form, and a nested one written in MVC notation", async () => {
    const { bare, caliber } = await sideBySide(server, (client) =>
      client.POST(path, {
        params,
        body: { Number: "1", Missing: null, HomeAddress: { City: "Oslo" } },
        headers: { "Content-Type": "application/x-www-form-urlencoded" },
      }),
    );
    expect(bare.arrived[0]!.body).toBe("Number=1&Missing=null&HomeAddress=%5Bobject+Object%5D");
    expect(caliber.arrived[0]!.body).toBe("Number=1&HomeAddress.City=Oslo");
  });

  it("a bodySerializer of the call's: its text, under openapi-fetch's default Content-Type", async () => {
    const { bare, caliber } = await sideBySide(server, (client, seen) =>
      client.POST(path, {
        params,
        body: { a: 1 },
        bodySerializer: (body: unknown, headers: Headers) => {
          seen.push(body, headersObject(headers));
          return "a=1;custom";
        },
        headers: { "X-Call": "yes" },
      }),
    );
    expect(bare.arrived[0]!.body).toBe("a=1;custom");
    expect(bare.seen).toEqual([{ a: 1 }, { "x-call": "yes" }]);
    expect(caliber).toEqual(bare);
  });

  it("a bodySerializer of the call's that returns a FormData: multipart, no JSON Content-Type", async () => {
    const { bare, caliber } = await sideBySide(server, (client) =>
      client.POST(path, {
        params,
        body: { a: "1" },
        bodySerializer: (body: Record<string, string>) => {
          const form = new FormData();
          for (const [k, v] of Object.entries(body)) form.append(k, v);
          return form;
        },
      }),
    );
    expect(bare.arrived[0]!.headers["content-type"]).toBe("multipart/form-data; boundary=BOUNDARY");
    expect(caliber).toEqual(bare);
  });

  it("a bodySerializer that throws: the caller gets that error, and nothing is sent", async () => {
    const mine = new Error("cannot write this");
    const thrown: unknown[] = [];
    const { bare, caliber } = await sideBySide(server, (client) =>
      client
        .POST(path, {
          params,
          body: {},
          bodySerializer: () => {
            throw mine;
          },
        })
        .catch((error: unknown) => {
          thrown.push(error);
          throw error;
        }),
    );
    expect(thrown).toEqual([mine, mine]);
    expect(thrown[1]).toBe(mine);
    expect(bare.arrived).toEqual([]);
    expect(caliber).toEqual(bare);
  });
});

describe("every method", () => {
  it.each(["GET", "PUT", "POST", "DELETE", "OPTIONS", "HEAD", "PATCH"])(
    "%s: the same request, and the same result",
    async (method) => {
      server.respondWith((_request, response) =>
        response.writeHead(200, { "Content-Type": "application/json" }).end('{"method":"seen"}'),
      );
      const hasBody = method !== "GET" && method !== "HEAD";
      const init = { params, ...(hasBody ? { body: { a: 1 } } : {}) };
      const { bare, caliber } = await sideBySide(server, (client) =>
        (client as unknown as Record<string, typeof client.GET>)[method]!(path, init),
      );
      expect(bare.arrived.map((a) => a.method)).toEqual([method]);
      expect(bare.outcome).toMatchObject({ data: method === "HEAD" ? undefined : { method: "seen" }, status: 200 });
      expect(caliber).toEqual(bare);
    },
  );

  it("request(method, …) with a lower-case method", async () => {
    const { bare, caliber } = await sideBySide(server, (client) => client.request("delete", path, { params }));
    expect(bare.arrived.map((a) => a.method)).toEqual(["DELETE"]);
    expect(caliber).toEqual(bare);
  });
});

describe("empty answers", () => {
  const answers: [string, Responder][] = [
    ["204", (_q, r) => r.writeHead(204).end()],
    ["200 with Content-Length 0", (_q, r) => r.writeHead(200, { "Content-Length": "0" }).end()],
    ["200, chunked, no bytes", (_q, r) => r.writeHead(200, { "Content-Type": "application/json" }).end()],
    ["404 with Content-Length 0", (_q, r) => r.writeHead(404, { "Content-Length": "0" }).end()],
    ["500, chunked, no bytes", (_q, r) => r.writeHead(500).end()],
  ];
  it.each(answers)("%s: data and error as openapi-fetch gives them", async (_what, responder) => {
    server.respondWith(responder);
    const { bare, caliber } = await sideBySide(server, (client) => client.GET(path, { params }));
    expect(bare.outcome).toMatchObject({ data: undefined });
    expect(caliber).toEqual(bare);
  });
});
