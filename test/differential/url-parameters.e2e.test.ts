// The README's "Differences from openapi-fetch", entry 11: path and query values, side by side with bare
// openapi-fetch against the same recording server. The date-time parameters are a fixture spec's
// (test/conformance/fixtures/query-parameters.yaml), whose generated tables replace the spec's for the client.
import createClient from "openapi-fetch";
import { describe, expect, it, vi } from "vitest";
import { useRecordingServer } from "../helpers/recording-server.ts";
import { run, type LooseClient } from "./side-by-side.ts";

const fixture = vi.hoisted(() => new URL("../conformance/fixtures/query-parameters.yaml", import.meta.url).pathname);
vi.mock("../../generated/operation-groups.ts", async () =>
  (await (await import("../helpers/fixture-generation.ts")).fixtureGeneration(fixture)).load("operation-groups.ts"),
);
const { createCaliberClient } = await import("../../src/index.ts");

const server = await useRecordingServer();
const bare = createClient({ baseUrl: server.origin }) as unknown as LooseClient;
const caliber = (validate = true) =>
  createCaliberClient({ baseUrl: server.origin, validate }) as unknown as LooseClient;
const key = "0f8fad5b-d9cb-469f-a165-70867728950e";
const route = "/api/v2/lookup/{id}/{key}/{since}/{name}";

describe("11. path and query values", () => {
  it("a Date at a date-time parameter is sent as its toISOString(); openapi-fetch writes nothing for it", async () => {
    const since = new Date("2025-05-20T10:21:27Z");
    const query = { params: { query: { since } } };
    const sent = await run(server, bare, (client) => client.GET("/api/v2/lookup/optional", query));
    const converted = await run(server, caliber(), (client) => client.GET("/api/v2/lookup/optional", query));
    expect(sent.arrived.map((a) => a.url)).toEqual(["/api/v2/lookup/optional"]);
    expect(converted.arrived.map((a) => a.url)).toEqual(["/api/v2/lookup/optional?since=2025-05-20T10%3A21%3A27.000Z"]);
    const path = { params: { path: { id: 1, key, since, name: "a" } } };
    const inPath = await run(server, caliber(), (client) => client.GET(route, path));
    expect(inPath.arrived.map((a) => a.url)).toEqual([`/api/v2/lookup/1/${key}/2025-05-20T10%3A21%3A27.000Z/a`]);
  });

  it("a value the URL would not carry as sent is refused naming it, even with validate: false; openapi-fetch sends it", async () => {
    const blank = { params: { query: { lastName: "" } } };
    const sent = await run(server, bare, (client) => client.GET("/api/v2/lookup/optional", blank));
    expect(sent.arrived.map((a) => a.url)).toEqual(["/api/v2/lookup/optional?lastName="]);
    for (const validate of [true, false]) {
      const refused = await run(server, caliber(validate), (client) => client.GET("/api/v2/lookup/optional", blank));
      expect(refused.arrived).toEqual([]);
      expect(refused.outcome.threw).toMatchObject({
        class: "CaliberValidationError",
        message: expect.stringContaining("params.query.lastName is empty or only whitespace"),
      });
    }
    const plus = { params: { path: { id: 1, key, since: "2025-05-20T10:21:27Z", name: "a+b" } } };
    const sentPlus = await run(server, bare, (client) => client.GET(route, plus));
    expect(sentPlus.arrived.map((a) => a.url)).toEqual([`/api/v2/lookup/1/${key}/2025-05-20T10%3A21%3A27Z/a%2Bb`]);
    const refusedPlus = await run(server, caliber(false), (client) => client.GET(route, plus));
    expect(refusedPlus.arrived).toEqual([]);
    expect(refusedPlus.outcome.threw).toMatchObject({ message: expect.stringContaining('params.path.name holds "+"') });
  });
});
