// The client's limits in the packed package, as other teams get it (ESM and CJS builds), against hostile servers
// on 127.0.0.1: no ASP.NET needed, only the installed package the conformance setup provides.
import { gzipSync } from "node:zlib";
import { afterAll, describe, expect, inject, it } from "vitest";
import { operations } from "../../generated/operations.ts";
import { sampleValue } from "../../src/model/sample-value.ts";
import { loadPackedPackage } from "../helpers/packed-package.ts";
import { startRecordingServer } from "../helpers/recording-server.ts";

const builds = await loadPackedPackage(inject("packedProject"));
const server = await startRecordingServer();
const other = await startRecordingServer();
afterAll(() => Promise.all([server.close(), other.close()]));

/**
 * A call of the spec's first operation whose body is an object with a string member, whichever it is (so that no
 * edit of one operation changes this test): the sample value of its body and of its required parameters.
 */
const operation = operations.find(
  (o) => o.requestBody?.kind === "object" && o.types[o.requestBody.type]!.members.some(([, m]) => m.kind === "string"),
)!;
const bodyModel = operation.requestBody!;
const stringMember = operation.types[(bodyModel as { type: string }).type]!.members.find(
  ([, m]) => m.kind === "string",
)![0];
const sampleParams = (where: "path" | "query") =>
  Object.fromEntries(
    operation.parameters
      .filter((p) => p.in === where && p.required)
      .map((p) => [p.name, sampleValue(p.model, operation.types)]),
  );
const params = { path: sampleParams("path"), query: sampleParams("query") };
const bodyWith = (text: string) => ({ ...(sampleValue(bodyModel, operation.types) as object), [stringMember]: text });
const method = operation.method.toUpperCase() as "PATCH";
const settled = (call: Promise<unknown>) =>
  call.then(
    () => "settled",
    (error: { name: string }) => error.name,
  );

describe.each(["esm", "cjs"] as const)("the packed package (%s)", (build) => {
  const { createCaliberClient } = builds[build].client;
  const call = (options: object = {}, init: object = {}) =>
    createCaliberClient({ baseUrl: server.origin, headers: { "X-Api-Key": "k" }, ...options })[method](
      operation.path as never,
      { params, body: bodyWith("555"), ...init } as never,
    );

  it("a gzip body that inflates past maxResponseBytes: CaliberResponseTooLargeError", async () => {
    const bomb = gzipSync(Buffer.alloc(4 * 1024 * 1024, " "));
    server.respondWith((_request, response) =>
      response.writeHead(200, { "Content-Type": "application/json", "Content-Encoding": "gzip" }).end(bomb),
    );
    expect(await settled(call({ maxResponseBytes: 1024 * 1024 }))).toBe("CaliberResponseTooLargeError");
  });

  it("a 307 to another origin: CaliberRedirectError, and nothing reaches it", async () => {
    server.respondWith((_request, response) => response.writeHead(307, { Location: `${other.origin}/x` }).end());
    expect(await settled(call())).toBe("CaliberRedirectError");
    expect(other.requests).toHaveLength(0);
  });

  it("a request body over maxRequestBytes, and a header value with a control character: nothing is sent", async () => {
    server.reset();
    const big = { body: bodyWith("5".repeat(2000)) };
    expect(await settled(call({ maxRequestBytes: 1000 }, big))).toBe("CaliberValidationError");
    expect(await settled(call({ retry: true }, { headers: { "X-A": "a\u0001b" } }))).toBe("CaliberValidationError");
    expect(server.requests).toHaveLength(0);
  });
});
