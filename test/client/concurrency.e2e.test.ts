// 2,000 calls at once against a real loopback server: all arrive, all settle, no unhandled rejection.
import { afterAll, describe, expect, it } from "vitest";
import { createCaliberClient } from "../../src/index.ts";
import { startRecordingServer } from "../helpers/recording-server.ts";

const server = await startRecordingServer();
afterAll(() => server.close());

describe("concurrency", () => {
  it("2,000 concurrent calls all arrive, each once, with no unhandled rejection", { timeout: 120_000 }, async () => {
    const unhandled: unknown[] = [];
    const onUnhandled = (reason: unknown): void => {
      unhandled.push(reason);
    };
    process.on("unhandledRejection", onUnhandled);
    try {
      server.respondWith((request, response) =>
        response.writeHead(200, { "Content-Type": "application/json" }).end(request.body),
      );
      const client = createCaliberClient({ baseUrl: server.origin, throwOnError: true });
      const ids = Array.from({ length: 2000 }, (_, i) => i + 1);
      const settled = await Promise.allSettled(
        ids.map((id) =>
          client.PATCH("/api/v2/clientcontact/{clientContactId}/phone", {
            params: { path: { clientContactId: id } },
            body: { PhoneID: id },
          }),
        ),
      );
      // On failure, say how the calls failed rather than only that one did.
      const failures = settled.flatMap((r) => (r.status === "rejected" ? [String(r.reason)] : []));
      expect([...new Set(failures)]).toEqual([]);
      const results = settled.map((r) => (r as PromiseFulfilledResult<{ data?: unknown }>).value);
      expect(results.map((r) => (r.data as { PhoneID: number }).PhoneID)).toEqual(ids);
      const arrived = server.requests.map((r) => Number(/clientcontact\/(\d+)\//.exec(r.url)![1]));
      expect(arrived.sort((a, b) => a - b)).toEqual(ids);
      // Let any stray rejection surface before looking.
      await new Promise((resolve) => setImmediate(resolve));
      expect(unhandled).toEqual([]);
    } finally {
      process.off("unhandledRejection", onUnhandled);
    }
  });
});
