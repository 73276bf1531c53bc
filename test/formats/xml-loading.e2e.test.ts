// The XML format (src/formats/xml/xml-body.ts) is loaded on the first call that sends XML. If that load fails, the call
// rejects with a CaliberNetworkError naming the operation, nothing is sent, and the next call loads it again.
// Against a real loopback server.
import { afterEach, describe, expect, it, vi } from "vitest";
import { freshClientModule } from "../helpers/fresh-client.ts";
import { useRecordingServer } from "../helpers/recording-server.ts";

const server = await useRecordingServer();

const path = "/api/v2/clientcontact/{clientContactId}/phone";
const xmlCall = {
  params: { path: { clientContactId: 42 } },
  body: { Number: "555-0100" },
  headers: { "Content-Type": "application/xml" },
};
const loadFailure = "chunk xml-body could not be fetched";

afterEach(() => {
  vi.doUnmock("../../src/formats/xml/xml-body.ts");
});

describe("XML format loaded on first use", () => {
  it("a failed load is a CaliberNetworkError naming the operation, nothing is sent, and the next call loads it", async () => {
    vi.doMock("../../src/formats/xml/xml-body.ts", () => {
      throw new Error(loadFailure);
    });
    const { createCaliberClient, isCaliberNetworkError } = await freshClientModule();
    const client = createCaliberClient({ baseUrl: server.origin });

    const thrown = await client.PATCH(path, xmlCall).catch((error: unknown) => error);
    if (!isCaliberNetworkError(thrown)) throw new Error(`expected a CaliberNetworkError, got ${String(thrown)}`);
    expect(thrown.operation).toBe(`PATCH ${path}`);
    const why = `PATCH ${path} failed: the XML format could not be loaded, so nothing was sent: `;
    expect(thrown.message.startsWith(why)).toBe(true);
    expect(thrown.message).toContain(loadFailure);
    expect(server.requests).toHaveLength(0);

    // A JSON call never needs the XML format.
    const json = await client.PATCH(path, { ...xmlCall, headers: {} });
    expect(json.response.status).toBe(200);

    vi.doUnmock("../../src/formats/xml/xml-body.ts");
    const { response } = await client.PATCH(path, xmlCall);
    expect(response.status).toBe(200);
    expect(server.requests.map((request) => request.headers["content-type"])).toEqual([
      "application/json",
      "application/xml",
    ]);
    expect(server.requests[1]!.body).toContain("<Number>555-0100</Number>");
  });
});
