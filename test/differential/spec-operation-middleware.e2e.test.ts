// The example: middleware written from openapi-fetch's docs (onRequest returning `new Request(...)`) on the
// spec's operation, with the default options, in every request format. What arrives must be exactly what the
// same call sends without the middleware, plus its header; for JSON, also exactly what bare openapi-fetch sends.
import createClient from "openapi-fetch";
import { describe, expect, it } from "vitest";
import type { paths } from "../../generated/openapi.ts";
import { createCaliberClient, ObjectTypes, type Phone } from "../../src/index.ts";
import { useRecordingServer } from "../helpers/recording-server.ts";
import { headersObject } from "./side-by-side.ts";

const server = await useRecordingServer();

const path = "/api/v2/clientcontact/{clientContactId}/phone";
const body: Phone = { Number: "555-0100", IsPrimary: true, RefType: ObjectTypes.Division };

const addTrace = {
  onRequest: ({ request }: { request: Request }) =>
    new Request(request, { headers: { ...headersObject(request.headers), "x-trace": "abc" } }),
};

describe.each([
  "application/json",
  "text/json",
  "application/xml",
  "text/xml",
  "application/x-www-form-urlencoded",
  undefined,
])("Content-Type %s, default options", (contentType) => {
  const init = {
    params: { path: { clientContactId: 1 } },
    body,
    ...(contentType ? { headers: { "Content-Type": contentType } } : {}),
  };

  it.each([
    ["client.use()", (client: ReturnType<typeof createCaliberClient>) => client.use(addTrace), {}],
    ["the call's middleware", () => undefined, { middleware: [addTrace] }],
  ])("a new Request returned by %s is sent, body and all", async (_where, install, extra) => {
    const plain = createCaliberClient({ baseUrl: server.origin });
    await plain.PATCH(path, init);
    const withMiddleware = createCaliberClient({ baseUrl: server.origin });
    install(withMiddleware);
    const { response } = await withMiddleware.PATCH(path, { ...init, ...extra });

    expect(response.status).toBe(200);
    const [without, withTrace] = server.requests;
    expect(withTrace!.headers["x-trace"]).toBe("abc");
    expect({ ...withTrace, headers: { ...withTrace!.headers, "x-trace": undefined } }).toEqual({
      ...without,
      headers: { ...without!.headers, "x-trace": undefined },
    });
    expect(without!.bytes.length).toBeGreaterThan(10);
  });
});

it("for JSON, what arrives is what bare openapi-fetch sends with the same middleware", async () => {
  const init = { params: { path: { clientContactId: 1 } }, body };
  const bare = createClient<paths>({ baseUrl: server.origin });
  bare.use(addTrace);
  await bare.PATCH(path, init);
  const client = createCaliberClient({ baseUrl: server.origin });
  client.use(addTrace);
  await client.PATCH(path, init);
  const [fromBare, fromClient] = server.requests;
  expect(fromBare!.headers["x-trace"]).toBe("abc");
  expect(fromClient).toEqual(fromBare);
});
