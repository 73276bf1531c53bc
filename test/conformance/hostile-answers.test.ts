// The client's limits in the packed package, as other teams get it (ESM and CJS builds), against hostile servers
// on 127.0.0.1: no ASP.NET needed, only the installed package the conformance setup provides.
import { gzipSync } from "node:zlib";
import { afterAll, describe, expect, inject, it } from "vitest";
import { loadPackedPackage } from "../helpers/packed-package.ts";
import { startRecordingServer } from "../helpers/recording-server.ts";

const builds = await loadPackedPackage(inject("packedProject"));
const server = await startRecordingServer();
const other = await startRecordingServer();
afterAll(() => Promise.all([server.close(), other.close()]));

const path = "/api/v2/clientcontact/{clientContactId}/phone";
const settled = (call: Promise<unknown>) =>
  call.then(
    () => "settled",
    (error: { name: string }) => error.name,
  );

describe.each(["esm", "cjs"] as const)("the packed package (%s)", (build) => {
  const { createCaliberClient } = builds[build].client;
  const patch = (options: object = {}, init: object = {}) =>
    createCaliberClient({ baseUrl: server.origin, headers: { "X-Api-Key": "k" }, ...options }).PATCH(path, {
      params: { path: { clientContactId: 1 } },
      body: { Number: "555" },
      ...init,
    });

  it("a gzip body that inflates past maxResponseBytes: CaliberResponseTooLargeError", async () => {
    const bomb = gzipSync(Buffer.alloc(4 * 1024 * 1024, " "));
    server.respondWith((_request, response) =>
      response.writeHead(200, { "Content-Type": "application/json", "Content-Encoding": "gzip" }).end(bomb),
    );
    expect(await settled(patch({ maxResponseBytes: 1024 * 1024 }))).toBe("CaliberResponseTooLargeError");
  });

  it("a 307 to another origin: CaliberRedirectError, and nothing reaches it", async () => {
    server.respondWith((_request, response) => response.writeHead(307, { Location: `${other.origin}/x` }).end());
    expect(await settled(patch())).toBe("CaliberRedirectError");
    expect(other.requests).toHaveLength(0);
  });

  it("a request body over maxRequestBytes, and a header value with a control character: nothing is sent", async () => {
    server.reset();
    const big = { params: { path: { clientContactId: 1 } }, body: { Number: "5".repeat(2000) } };
    expect(await settled(patch({ maxRequestBytes: 1000 }, big))).toBe("CaliberValidationError");
    expect(await settled(patch({ retry: true }, { headers: { "X-A": "a\u0001b" } }))).toBe("CaliberValidationError");
    expect(server.requests).toHaveLength(0);
  });
});
