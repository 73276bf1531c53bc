// What is particular to the MSW handlers: where they answer (under baseUrl only), a client made before
// setupServer().listen() is answered too, and a bad baseUrl is refused naming the option.
import { setupServer } from "msw/node";
import { afterAll, describe, expect, it } from "vitest";
import { createCaliberClient } from "../../src/index.ts";
import { createMswHandlers } from "../../src/msw/index.ts";
import { startRecordingServer } from "../helpers/recording-server.ts";

const path = "/api/v2/clientcontact/{clientContactId}/phone";
// A real server at the same origin: what the handlers do not take must reach it.
const real = await startRecordingServer();
afterAll(() => real.close());

describe("createMswHandlers", () => {
  it("answers only under baseUrl; the rest of the origin reaches the network", async () => {
    const mock = createMswHandlers({ baseUrl: `${real.origin}/CAPI2_Vision/` });
    expect(mock.handlers).toHaveLength(1);
    // Made before listen(): the client looks the global fetch up at each call, so MSW still answers it.
    const client = createCaliberClient({ baseUrl: `${real.origin}/CAPI2_Vision` });
    const server = setupServer(...mock.handlers);
    server.listen({ onUnhandledRequest: "bypass" });
    try {
      const { data, response } = await client.PATCH(path, {
        params: { path: { clientContactId: 7 } },
        body: { Number: "1" },
      });
      expect([response.status, data]).toEqual([200, { Number: "1" }]);
      const outside = await fetch(`${real.origin}/CAPI2_Visionary/api/v2/clientcontact/7/phone`, { method: "PATCH" });
      expect(outside.status).toBe(200);
    } finally {
      server.close();
    }
    expect(mock.requests.map((r) => r.url)).toEqual(["/CAPI2_Vision/api/v2/clientcontact/7/phone"]);
    expect(real.requests.map((r) => r.url)).toEqual(["/CAPI2_Visionary/api/v2/clientcontact/7/phone"]);
  });

  it.each([
    [undefined, /^createMswHandlers: baseUrl must be a URL string such as "https:\/\/caliber\.test"$/],
    ["/CAPI2_Vision", /^createMswHandlers: baseUrl must be an absolute URL such as .*, got "\/CAPI2_Vision"$/],
    ["ftp://caliber.test", /^createMswHandlers: baseUrl must be http\(s\), got ftp:$/],
    ["https://caliber.test/?v=2", /^createMswHandlers: baseUrl must have no query or fragment$/],
  ])("refuses baseUrl %j with a TypeError saying why", (baseUrl, message) => {
    expect(() => createMswHandlers({ baseUrl } as never)).toThrow(TypeError);
    expect(() => createMswHandlers({ baseUrl } as never)).toThrow(message);
  });
});
