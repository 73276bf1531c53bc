// Path and query parameters of each scalar kind, required and optional, and collections, sent by the real client
// (openapi-fetch's serializers, the client's Date conversion and refusals) to the real framework: a fixture spec
// (fixtures/query-parameters.yaml) is generated into a temp dir, its tables replace generated/'s for the client and
// its C# server binds the parameters `[FromUri]`. What the client sends must bind exactly; what it refuses for the
// URL's sake (src/client/url-values.ts) must be what would not have: that one is sent by hand and seen to differ.
// The mock (src/mock/url-parameters.ts) must read each URL that was bound as the framework bound it.
import fc from "fast-check";
import { createQuerySerializer } from "openapi-fetch";
import { afterAll, describe, expect, it, vi } from "vitest";
import { readUrlParameters } from "../../src/mock/url-parameters.ts";
import type { OperationInfo, ParameterInfo } from "../../src/operation-info.ts";
import { skipAspNetTests } from "../helpers/aspnet-server.ts";
import { fixtureGeneration } from "../helpers/fixture-generation.ts";
import { anyString, bodyValue } from "./body-arbitraries.ts";
import { comparableParameter, type BindingReport } from "./bound-values.ts";
import { useFixtureAspNetServer } from "./fixture-server.ts";

const fixture = vi.hoisted(() => new URL("fixtures/query-parameters.yaml", import.meta.url).pathname);
vi.mock("../../generated/operation-groups.ts", async () =>
  (await (await import("../helpers/fixture-generation.ts")).fixtureGeneration(fixture)).load("operation-groups.ts"),
);

const { createCaliberClient, isCaliberValidationError } = await import("../../src/index.ts");
const { urlValueIssues } = await import("../../src/client/url-values.ts");
const generation = await fixtureGeneration(fixture);
const { operations } = await generation.load<{ operations: readonly OperationInfo[] }>("operations.ts");
const runs = Number(process.env.CONFORMANCE_URL_RUNS ?? 120);
const seed = process.env.CONFORMANCE_SEED === undefined ? {} : { seed: Number(process.env.CONFORMANCE_SEED) };

const server = useFixtureAspNetServer(generation);

type Call = (path: string, init: unknown) => Promise<{ data?: unknown }>;
const call = (path: string, params: unknown): Promise<BindingReport> => {
  const client = createCaliberClient({ baseUrl: server().url }) as unknown as { GET: Call };
  return client.GET(path, { params }).then(({ data }) => data as BindingReport);
};

/** Any value of a parameter's kind: any string, Dates besides date-time strings, collections of 0 to 3 items. */
function parameterValue(model: ParameterInfo["model"]): fc.Arbitrary<unknown> {
  if (model.kind === "collection") return fc.array(parameterValue(model.items), { maxLength: 3 });
  if (model.kind === "string") return anyString;
  const value = bodyValue(model, {});
  if (model.kind !== "date-time") return value;
  const date = fc.date({
    min: new Date("0001-01-03T00:00:00Z"),
    max: new Date("9999-12-29T00:00:00Z"),
    noInvalidDate: true,
  });
  return fc.oneof(value, date);
}

function paramsOf(operation: OperationInfo) {
  const of = (where: "path" | "query") => {
    const own = operation.parameters.filter((p) => p.in === where);
    const shape = Object.fromEntries(own.map((p) => [p.name, parameterValue(p.model)]));
    return fc.record(shape, { requiredKeys: own.filter((p) => p.required).map((p) => p.name) });
  };
  return fc.record({ path: of("path"), query: of("query") });
}

/** The URL openapi-fetch would write for these params (without the client's refusals). */
function rawUrl(operation: OperationInfo, params: { path: Record<string, unknown>; query: Record<string, unknown> }) {
  const text = (value: unknown) => (value instanceof Date ? value.toISOString() : String(value));
  const path = operation.path.replace(/\{([^}]+)\}/g, (_, name: string) => encodeURIComponent(text(params.path[name])));
  const query = createQuerySerializer()(
    Object.fromEntries(
      Object.entries(params.query).map(([name, value]) => [name, Array.isArray(value) ? value.map(text) : text(value)]),
    ),
  );
  return `${server().url}${path.slice(1)}${query ? `?${query}` : ""}`;
}

/** What the mock reads from a URL: path segments decoded once (as its router does), then readUrlParameters. */
function mockRead(operation: OperationInfo, url: string): Record<string, Record<string, unknown>> {
  const { pathname, searchParams } = new URL(url);
  const names = [...operation.path.matchAll(/\{([^}]+)\}/g)].map((match) => match[1]!);
  const pattern = new RegExp(`^/${operation.path.slice(1).replace(/\{[^}]+\}/g, "([^/]*)")}$`);
  const segments = pattern.exec(pathname)!.slice(1).map(decodeURIComponent);
  const pathText = Object.fromEntries(names.map((name, i) => [name, segments[i]!]));
  return readUrlParameters(operation.parameters, pathText, searchParams);
}

/** Each parameter whose bound value differs from what was sent, by name. */
function mismatches(operation: OperationInfo, report: BindingReport, params: Record<string, Record<string, unknown>>) {
  return operation.parameters.flatMap((parameter) => {
    const sent = params[parameter.in]![parameter.name];
    const { bound, expected } = comparableParameter(parameter, report.params[parameter.name], sent, operation.types);
    return JSON.stringify(bound) === JSON.stringify(expected) ? [] : [{ name: parameter.name, bound, expected }];
  });
}

const tallies = new Map<string, { bound: number; refused: number }>();
afterAll(() => {
  const lines = [...tallies].map(([name, t]) => `  ${name.padEnd(50)} ${t.bound} bound exactly, ${t.refused} refused`);
  if (lines.length > 0) console.log(`URL parameters with ASP.NET Web API:\n${lines.join("\n")}`);
});

describe.skipIf(skipAspNetTests)("path and query parameters, sent by the client, bound by ASP.NET Web API", () => {
  it("covers each operation of the fixture", () => {
    expect(operations.map((o) => `${o.method} ${o.path}`)).toEqual([
      "get /api/v2/lookup",
      "get /api/v2/lookup/optional",
      "get /api/v2/lookup/{id}/{key}/{since}/{name}",
    ]);
  });

  for (const operation of operations) {
    const name = `${operation.method.toUpperCase()} ${operation.path}`;
    it(`binds ${name} exactly, or the client refuses what the URL would not carry`, async () => {
      const tally = { bound: 0, refused: 0 };
      tallies.set(name, tally);
      await fc.assert(
        fc.asyncProperty(paramsOf(operation), async (params) => {
          const report = await call(operation.path, params).catch((error: unknown) => error);
          if (!isCaliberValidationError(report)) {
            expect(mismatches(operation, report as BindingReport, params)).toEqual([]);
            expect((report as BindingReport).modelState).toEqual([]);
            // The mock reads the same URL as the framework bound it.
            expect(
              mismatches(operation, report as BindingReport, mockRead(operation, rawUrl(operation, params))),
            ).toEqual([]);
            tally.bound++;
            return;
          }
          tally.refused++;
          // Only the query's refusals are sent by hand, which are exact: a path segment's are on the safe side (Mono
          // trims `a\t` at the end of a path to `a`, but not always), and a lone surrogate cannot be written at all.
          const refused = urlValueIssues(params).filter(
            (issue) => issue.path.startsWith("params.query.") && !issue.message.includes("lone surrogate"),
          );
          if (refused.length === 0 || refused.length < report.issues.length) return;
          // A lone surrogate elsewhere in the call cannot be written into the URL by hand either.
          if (urlValueIssues(params).some((issue) => issue.message.includes("lone surrogate"))) return;
          // U+180E is refused as whitespace, as it was before Unicode 6.3 (.NET Framework's), though Mono keeps it.
          const texts = Object.values(params.query).flat();
          if (texts.some((text) => typeof text === "string" && text.includes("\u180e"))) return;
          const raw = (await (await fetch(rawUrl(operation, params))).json().catch(() => ({}))) as BindingReport;
          if (raw.params === undefined) return; // no route or action took it (a 404, an error answer): not bound
          const bound = mismatches(operation, raw, params).map((m) => m.name);
          for (const issue of refused) expect(bound).toContain(issue.path.split(".")[2]);
        }),
        { numRuns: runs, ...seed },
      );
    }, 120_000);
  }

  it("takes the first value of a repeated scalar, blank or not, as the mock does", async () => {
    const report = (await (
      await fetch(`${server().url}api/v2/lookup/optional?lastName=&lastName=b&page=2&page=x`)
    ).json()) as BindingReport;
    expect(report.params).toMatchObject({ lastName: null, page: 2 });
  });
});
