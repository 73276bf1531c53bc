// maxRequestBytes at its default and off, with bodies of 16 and 17 MiB sent to a real server on 127.0.0.1. Its own
// file, left out of mutation runs (vitest.mutation.config.ts): under Stryker's instrumentation the upload of many
// MiB is cut off, and what it checks of request-size.ts the smaller tests in request-size.e2e.test.ts check too.
import { describe, expect, it } from "vitest";
import { createCaliberClient, type CaliberClientOptions } from "../../src/index.ts";
import { useRecordingServer } from "../helpers/recording-server.ts";

const server = await useRecordingServer();
const path = "/api/v2/clientcontact/{clientContactId}/phone";
const mib = 1024 * 1024;

function patch(body: unknown, options: Partial<CaliberClientOptions> = {}) {
  return createCaliberClient({ baseUrl: server.origin, ...options }).PATCH(path, {
    params: { path: { clientContactId: 42 } },
    body: body as never,
  });
}

describe("maxRequestBytes", { timeout: 60_000 }, () => {
  it("Infinity turns the limit off; the default sends a 16 MiB string", async () => {
    await patch({ Number: "5".repeat(16 * mib - 20) });
    expect(server.requests[0]!.bytes.length).toBe(16 * mib - 20 + 13);
    server.reset();
    await patch({ Number: "5".repeat(17 * mib) }, { maxRequestBytes: Infinity });
    expect(server.requests[0]!.bytes.length).toBe(17 * mib + 13);
  });
});
