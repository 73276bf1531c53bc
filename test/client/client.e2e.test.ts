// End to end: the client against a real node:http server on 127.0.0.1 that records what arrives.
import { describe, expect, it } from "vitest";
import { createCaliberClient, NameOptions, ObjectTypes, type Phone } from "../../src/index.ts";
import { helpPageSamples } from "../helpers/help-page.ts";
import { useRecordingServer } from "../helpers/recording-server.ts";

const server = await useRecordingServer();

const path = "/api/v2/clientcontact/{clientContactId}/phone";

describe("PATCH /api/v2/clientcontact/{clientContactId}/phone over HTTP", () => {
  it("sends the page's sample as JSON to the full path, base path included", async () => {
    const client = createCaliberClient({ baseUrl: `${server.origin}/CAPI2_Vision` });
    const sample = JSON.parse(helpPageSamples().json) as Phone;
    const { response } = await client.PATCH(path, { params: { path: { clientContactId: 42 } }, body: sample });

    expect(response.status).toBe(200);
    expect(server.requests).toHaveLength(1);
    const [request] = server.requests;
    expect(request!.method).toBe("PATCH");
    expect(request!.url).toBe("/CAPI2_Vision/api/v2/clientcontact/42/phone");
    expect(request!.headers["content-type"]).toBe("application/json");
    expect(request!.body).toBe(JSON.stringify(sample));
  });

  it.each([`/CAPI2_Vision/`, `/CAPI2_Vision`, ``, `/`])(
    "keeps the base path %j with or without a trailing slash",
    async (basePath) => {
      const client = createCaliberClient({ baseUrl: server.origin + basePath });
      await client.PATCH(path, { params: { path: { clientContactId: 7 } }, body: {} });
      const expectedPrefix = basePath.replace(/\/$/, "");
      expect(server.requests.map((r) => r.url)).toEqual([`${expectedPrefix}/api/v2/clientcontact/7/phone`]);
    },
  );

  it("sends the runtime enum consts as their numbers, and the given headers", async () => {
    const client = createCaliberClient({ baseUrl: server.origin, headers: { "X-Team": "billing" } });
    const body: Phone = { RefType: ObjectTypes.Division, NameOption: NameOptions.Contact1, Number: "555-0100" };
    await client.PATCH(path, { params: { path: { clientContactId: 1 } }, body });
    expect(server.requests[0]!.body).toBe('{"RefType":0,"NameOption":0,"Number":"555-0100"}');
    expect(server.requests[0]!.headers["x-team"]).toBe("billing");
  });

  it("uses the fetch it is given", async () => {
    const seen: string[] = [];
    const client = createCaliberClient({
      baseUrl: server.origin,
      fetch: (input, init) => {
        seen.push(input instanceof Request ? input.url : String(input));
        return fetch(input, init);
      },
    });
    await client.PATCH(path, { params: { path: { clientContactId: 3 } }, body: {} });
    expect(seen).toEqual([`${server.origin}/api/v2/clientcontact/3/phone`]);
    expect(server.requests).toHaveLength(1);
  });
});
