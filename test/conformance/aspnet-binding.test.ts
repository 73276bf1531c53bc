// Property-based, against a real ASP.NET Web API (test/aspnet, on Mono): generated Phone bodies sent through the
// packed package, from import() and from require(), in each of the five request formats. Every field the framework
// binds must equal what was sent (dates as instants; unsent fields keep their .NET default), and the mock must
// store the same. A value the format cannot carry (carriage-rules.ts) must be refused before sending, naming the
// field. CONFORMANCE_RUNS sets the runs per format and module system (default 1000); CONFORMANCE_SEED replays the
// seed a failure printed.
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { readSpec } from "../../scripts/generate/spec.ts";
import { skipAspNetTests, monoInstallCommand } from "../helpers/aspnet-server.ts";
import { loadPackedPackage, type LoadedPackage } from "../helpers/packed-package.ts";
import { boundPhone, expectedPhone, sentValue, type BindingReport } from "./bound-values.ts";
import { uncarriable, type BodyFormat } from "./carriage-rules.ts";
import { phoneBody, phoneFields } from "./phone-arbitraries.ts";

const spec = await readSpec();
const path = "/api/v2/clientcontact/{clientContactId}/phone";
const requestContent = (spec.paths[path]!.patch as any).requestBody.content as Record<string, unknown>;
const mediaTypes = Object.keys(requestContent);
const formatOf = (mediaType: string): BodyFormat =>
  mediaType.endsWith("xml") ? "xml" : mediaType.includes("form") ? "form" : "json";
const fields = phoneFields(spec);
const numRuns = Number(process.env.CONFORMANCE_RUNS ?? 1000);
const seed = process.env.CONFORMANCE_SEED === undefined ? {} : { seed: Number(process.env.CONFORMANCE_SEED) };
const aspnetUrl = inject("aspnetUrl");
const packages = await loadPackedPackage(inject("packedProject"));

interface Tally {
  sent: number;
  refused: number;
  ms: number;
}
const tallies = new Map<string, Tally>();
const suiteStarted = performance.now();

afterAll(() => {
  if (tallies.size === 0) return;
  const lines = [...tallies].map(
    ([name, t]) =>
      `  ${name.padEnd(42)} ${t.sent + t.refused} runs: ${t.sent} bound exactly, ${t.refused} refused before sending [${(t.ms / 1000).toFixed(1)} s]`,
  );
  const runs = [...tallies.values()].reduce((sum, t) => sum + t.sent + t.refused, 0);
  console.log(
    `conformance with ASP.NET Web API: ${runs} generated requests, each also sent to the mock, in ` +
      `${((performance.now() - suiteStarted) / 1000).toFixed(1)} s\n${lines.join("\n")}`,
  );
});

describe.skipIf(skipAspNetTests)("the packed client against ASP.NET Web API's model binding", () => {
  beforeAll(() => {
    if (!aspnetUrl)
      throw new Error(`no ASP.NET Web API server: Mono is missing. Install it with: ${monoInstallCommand}`);
  });

  describe.each(["esm", "cjs"] as const)("loaded with %s", (system) => {
    const { client: lib, mock: mockLib } = packages[system] as LoadedPackage;
    let mock: Awaited<ReturnType<LoadedPackage["mock"]["startMockServer"]>>;
    beforeAll(async () => {
      mock = await mockLib.startMockServer();
    });
    afterAll(() => mock?.close());

    it.each(mediaTypes)(
      `binds every field it sends as %s, as the mock stores it`,
      { timeout: 600_000 },
      async (mediaType) => {
        const format = formatOf(mediaType);
        const framework = lib.createCaliberClient({ baseUrl: aspnetUrl });
        const mocked = lib.createCaliberClient({ baseUrl: mock.url });
        const tally: Tally = { sent: 0, refused: 0, ms: 0 };
        tallies.set(`${system} ${mediaType}`, tally);
        const started = performance.now();
        await fc.assert(
          fc.asyncProperty(fc.integer({ min: -(2 ** 31), max: 2 ** 31 - 1 }), phoneBody(fields), async (id, body) => {
            const init = {
              params: { path: { clientContactId: id } },
              body: body as never,
              headers: { "Content-Type": mediaType },
            };
            const refused = uncarriable(body, fields, format);
            // Counted with what the bounded log forgot: it keeps the last 1,000 of the 5,000 requests here.
            const seenByMock = () => mock.requests.length + mock.dropped.requests;
            const mockRequests = seenByMock();
            const [atFramework, atMock] = await Promise.all([
              framework.PATCH(path, init).catch((error: unknown) => error),
              mocked.PATCH(path, init).catch((error: unknown) => error),
            ]);
            if (Object.keys(refused).length > 0) {
              for (const outcome of [atFramework, atMock]) {
                if (!lib.isCaliberValidationError(outcome))
                  throw new Error(`expected a refusal, got ${String(outcome)}`);
                expect(new Set(outcome.issues.map((issue) => issue.path))).toEqual(new Set(Object.keys(refused)));
              }
              expect(seenByMock()).toBe(mockRequests);
              tally.refused++;
              return;
            }
            if (atFramework instanceof Error) throw atFramework;
            if (atMock instanceof Error) throw atMock;
            const report = (atFramework as { data: BindingReport }).data;
            expect(report.modelState).toEqual([]);
            expect(report.clientContactId).toBe(id);
            expect(report.phone).not.toBeNull();
            const bound = boundPhone(report.phone!, fields);
            expect(bound).toEqual(expectedPhone(body, fields));

            const stored = (atMock as { data: Record<string, unknown> }).data;
            expect((atMock as { response: Response }).response.status).toBe(200);
            for (const name of Object.keys(body)) expect(sentValue(stored[name], fields[name]!)).toEqual(bound[name]);
            tally.sent++;
          }),
          { numRuns, ...seed },
        );
        tally.ms = performance.now() - started;
      },
    );
  });
});
