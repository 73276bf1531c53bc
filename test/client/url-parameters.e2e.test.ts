// Path and query parameters of each kind through the real client, on a fixture spec whose generated tables
// (the operation groups: date locations and validators) replace the spec's: Dates are sent as their toISOString(), and a value the URL would
// not carry to ASP.NET as sent is refused before sending, naming the parameter (the recording server sees nothing).
// test/conformance/url-parameters.test.ts proves the same calls against the framework.
import { describe, expect, it, vi } from "vitest";
import { useRecordingServer } from "../helpers/recording-server.ts";

const fixture = vi.hoisted(() => new URL("../conformance/fixtures/query-parameters.yaml", import.meta.url).href);
const generated = async (file: string) => {
  const { fixtureGeneration } = await import("../helpers/fixture-generation.ts");
  const { fileURLToPath: toPath } = await import("node:url");
  return (await fixtureGeneration(toPath(fixture))).load(file);
};
vi.mock("../../generated/operation-groups.ts", () => generated("operation-groups.ts"));

const { createCaliberClient, isCaliberValidationError } = await import("../../src/index.ts");

const server = await useRecordingServer();
type Get = (path: string, init: unknown) => Promise<{ response: Response }>;
const client = createCaliberClient({ baseUrl: server.origin }) as unknown as { GET: Get };
const required = {
  lastName: "Sørensen",
  page: 1,
  score: 1.5,
  active: true,
  since: "2025-05-20T10:21:27Z",
  key: "0f8fad5b-d9cb-469f-a165-70867728950e",
  kind: 1,
  ids: [1, 2],
};
const key = "0f8fad5b-d9cb-469f-a165-70867728950e";

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

async function refusal(path: string, params: unknown): Promise<unknown> {
  const error = await client.GET(path, { params }).then(
    () => undefined,
    (thrown: unknown) => thrown,
  );
  expect(server.requests).toEqual([]);
  if (!isCaliberValidationError(error)) throw new Error(`not refused: ${String(error)}`);
  return error.issues;
}

describe("path and query parameters through the client", () => {
  it("sends every kind as [FromUri] binds it: a collection as the name repeated, a Date as its toISOString()", async () => {
    const since = new Date("2025-05-20T17:21:27.326Z");
    await client.GET("/api/v2/lookup", { params: { query: { ...required, since } } });
    expect(server.requests.map((r) => r.url)).toEqual([
      "/api/v2/lookup?lastName=S%C3%B8rensen&page=1&score=1.5&active=true&since=2025-05-20T17%3A21%3A27.326Z" +
        "&key=0f8fad5b-d9cb-469f-a165-70867728950e&kind=1&ids=1&ids=2",
    ]);
  });

  it("takes Dates in a collection and in the path", async () => {
    const dates = [new Date("2025-05-20T00:00:00Z"), "2025-05-21T00:00:00+02:00"];
    await client.GET("/api/v2/lookup/optional", { params: { query: { dates } } });
    const since = new Date("2025-05-20T10:21:27Z");
    await client.GET("/api/v2/lookup/{id}/{key}/{since}/{name}", {
      params: { path: { id: 5, key, since, name: "a" } },
    });
    expect(server.requests.map((r) => r.url)).toEqual([
      "/api/v2/lookup/optional?dates=2025-05-20T00%3A00%3A00.000Z&dates=2025-05-21T00%3A00%3A00%2B02%3A00",
      `/api/v2/lookup/5/${key}/2025-05-20T10%3A21%3A27.000Z/a`,
    ]);
  });

  it("sends an empty collection as nothing, which Web API binds as an empty list", async () => {
    await client.GET("/api/v2/lookup/optional", { params: { query: { ids: [], tags: [] } } });
    expect(server.requests.map((r) => r.url)).toEqual(["/api/v2/lookup/optional"]);
  });

  it("refuses an invalid Date, naming the parameter", async () => {
    expect(await refusal("/api/v2/lookup/optional", { query: { since: new Date(Number.NaN) } })).toEqual([
      { path: "params.query.since", message: "is an invalid Date" },
    ]);
  });

  it("refuses empty and whitespace-only text, which Web API binds as null, in a scalar and in a collection", async () => {
    expect(await refusal("/api/v2/lookup", { query: { ...required, lastName: "" } })).toEqual([
      {
        path: "params.query.lastName",
        message: "is empty or only whitespace, which ASP.NET binds as null: leave the parameter out to send no value",
      },
    ]);
    const issues = await refusal("/api/v2/lookup/optional", {
      query: { lastName: " \t\u00a0", tags: ["a", "\u3000"] },
    });
    expect((issues as { path: string }[]).map((issue) => issue.path)).toEqual([
      "params.query.lastName",
      "params.query.tags.1",
    ]);
  });

  it("refuses a lone surrogate and the bidirectional controls the server drops from a URL", async () => {
    const issues = await refusal("/api/v2/lookup/optional", { query: { lastName: "a\ud800", tags: ["x\u200ey"] } });
    expect(issues).toEqual([
      { path: "params.query.lastName", message: "holds a lone surrogate, which a URL cannot carry" },
      {
        path: "params.query.tags.0",
        message:
          "holds a bidirectional control character (U+200E, U+200F, U+202A to U+202E), which the server drops from a URL",
      },
    ]);
  });

  it("refuses a Guid in any form but 8-4-4-4-12 hex digits, naming the parameter", async () => {
    for (const text of ["0f8fad5bd9cb469fa16570867728950e", `{${key}}`, ` ${key}`, `${key}0`]) {
      expect(await refusal("/api/v2/lookup/optional", { query: { key: text } })).toEqual([
        { path: "params.query.key", message: "must be a Guid like 0f8fad5b-d9cb-469f-a165-70867728950e" },
      ]);
    }
    await client.GET("/api/v2/lookup/optional", { params: { query: { key: key.toUpperCase() } } });
    expect(server.requests).toHaveLength(1);
  });

  it("refuses in a path what a segment cannot carry to the server", async () => {
    const path = (name: unknown, since: unknown = "2025-05-20T10:21:27Z") => ({ path: { id: 5, key, since, name } });
    const route = "/api/v2/lookup/{id}/{key}/{since}/{name}";
    const cases: [string, string][] = [
      ["a+b", 'holds "+", which a path segment cannot carry to the server (it arrives as a space)'],
      ["a/b", 'holds "/", which a path segment cannot carry to the server (it ends or splits the segment)'],
      ["a?b", 'holds "?", which a path segment cannot carry to the server (it ends or splits the segment)'],
      ["a#b", 'holds "#", which a path segment cannot carry to the server (it ends or splits the segment)'],
      ["a\\b", 'holds "\\\\", which a path segment cannot carry to the server (it ends or splits the segment)'],
      ["a%41", "holds a %-escape such as %41, which the server decodes a second time in a path"],
      ["..", "is only dots, which a URL resolves away"],
      ["a ", "ends in whitespace, which the server trims from a path segment"],
      [" ", "is empty or only whitespace, which ASP.NET binds as null: leave the parameter out to send no value"],
    ];
    for (const [name, message] of cases) {
      const issues = (await refusal(route, path(name))) as { path: string; message: string }[];
      expect(issues).toEqual([{ path: "params.path.name", message: expect.stringMatching(`^${escape(message)}`) }]);
    }
    // A date-time with a + offset holds a "+": a Date (sent in UTC) or a Z or - offset goes.
    expect(await refusal(route, path("a", "2025-05-20T10:21:27+02:00"))).toEqual([
      { path: "params.path.since", message: expect.stringContaining('holds "+"') },
    ]);
    await client.GET(route, { params: path("a b%", "2025-05-20T10:21:27-02:00") });
    expect(server.requests.map((r) => r.url)).toEqual([
      `/api/v2/lookup/5/${key}/2025-05-20T10%3A21%3A27-02%3A00/a%20b%25`,
    ]);
  });
});
