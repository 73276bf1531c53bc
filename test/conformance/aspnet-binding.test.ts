// Property-based, against a real ASP.NET Web API generated from the spec (generated/aspnet on test/aspnet's host,
// on Mono): for every operation of the spec, generated parameters and bodies (body-arbitraries.ts, from the body
// model) sent through the packed package, from import() and from require(), in each of the operation's request
// formats. Every parameter and every member the framework binds must equal what was sent (bound-values.ts; what
// was left out keeps its .NET default), and the mock must decode the same. A value the format cannot carry
// (carriage-rules.ts) must be refused before sending, naming the field. Nothing here names an operation.
// CONFORMANCE_RUNS sets the runs per format and module system, shared out between the operations (default 1000);
// CONFORMANCE_SEED replays the seed a failure printed.
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { operations } from "../../generated/operations.ts";
import { bodyFormatOf } from "../../src/formats/media-types.ts";
import { operationLabel, type OperationInfo } from "../../src/operation-info.ts";
import { monoInstallCommand, skipAspNetTests } from "../helpers/aspnet-server.ts";
import { loadPackedPackage, type LoadedPackage } from "../helpers/packed-package.ts";
import { bodyValue, parameterValue } from "./body-arbitraries.ts";
import { boundValue, comparableParameter, expectedValue, type BindingReport } from "./bound-values.ts";
import { uncarriable, type BodyFormat } from "./carriage-rules.ts";

const numRuns = Number(process.env.CONFORMANCE_RUNS ?? 1000);
const seed = process.env.CONFORMANCE_SEED === undefined ? {} : { seed: Number(process.env.CONFORMANCE_SEED) };
const aspnetUrl = inject("aspnetUrl");
const packages = await loadPackedPackage(inject("packedProject"));

/** Each operation with each of its request media types (one case without a body where it takes none). */
const cases = operations.flatMap((operation): { operation: OperationInfo; mediaType: string | undefined }[] =>
  operation.requestBody && operation.requestMediaTypes.length > 0
    ? operation.requestMediaTypes.map((mediaType) => ({ operation, mediaType }))
    : [{ operation, mediaType: undefined }],
);
/** The runs of one format and module system, shared out between the operations. */
const runsPerCase = Math.max(20, Math.ceil(numRuns / operations.length));

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
      `  ${name.padEnd(72)} ${t.sent + t.refused} runs: ${t.sent} bound exactly, ${t.refused} refused before sending [${(t.ms / 1000).toFixed(1)} s]`,
  );
  const runs = [...tallies.values()].reduce((sum, t) => sum + t.sent + t.refused, 0);
  console.log(
    `conformance with ASP.NET Web API: ${runs} generated requests, each also sent to the mock, in ` +
      `${((performance.now() - suiteStarted) / 1000).toFixed(1)} s\n${lines.join("\n")}`,
  );
});

/** Generated path and query parameters of an operation (optional ones now and then left out). */
function paramsOf(
  operation: OperationInfo,
): fc.Arbitrary<{ path: Record<string, unknown>; query: Record<string, unknown> }> {
  const arbitrary = (where: "path" | "query") => {
    const parameters = operation.parameters.filter((p) => p.in === where);
    const shape = Object.fromEntries(parameters.map((p) => [p.name, parameterValue(p.model, operation.types)]));
    return fc.record(shape, { requiredKeys: parameters.filter((p) => p.required).map((p) => p.name) });
  };
  return fc.record({ path: arbitrary("path"), query: arbitrary("query") });
}

/** Every parameter as bound, and as sent. */
function compareParams(operation: OperationInfo, report: BindingReport, sent: Record<string, Record<string, unknown>>) {
  for (const parameter of operation.parameters) {
    const value = sent[parameter.in]![parameter.name];
    const { bound, expected } = comparableParameter(parameter, report.params[parameter.name], value, operation.types);
    expect(bound, parameter.name).toEqual(expected);
  }
}

describe.skipIf(skipAspNetTests)(
  "the packed client against ASP.NET Web API's model binding, for every operation",
  () => {
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

      it.each(cases.map((c) => ({ ...c, name: `${operationLabel(c.operation)} ${c.mediaType ?? "(no body)"}` })))(
        "binds every parameter and member it sends: $name, as the mock decodes it",
        { timeout: 600_000 },
        async ({ operation, mediaType, name }) => {
          const format: BodyFormat | undefined =
            mediaType === undefined ? undefined : (bodyFormatOf(mediaType) as BodyFormat);
          const method = operation.method.toUpperCase() as "PATCH";
          const framework = lib.createCaliberClient({ baseUrl: aspnetUrl });
          const mocked = lib.createCaliberClient({ baseUrl: mock.url });
          const tally: Tally = { sent: 0, refused: 0, ms: 0 };
          tallies.set(`${system} ${name}`, tally);
          const model = operation.requestBody;
          const body = model ? bodyValue(model, operation.types) : fc.constant(undefined);
          const started = performance.now();
          await fc.assert(
            fc.asyncProperty(paramsOf(operation), body, async (params, value) => {
              const init = {
                params,
                ...(model ? { body: value as never, headers: { "Content-Type": mediaType! } } : {}),
              } as never;
              const refused = model && format ? uncarriable(value, model, operation.types, format) : {};
              // Counted with what the bounded log forgot: it keeps only the last 1,000 requests.
              const seenByMock = () => mock.requests.length + mock.dropped.requests;
              const mockRequests = seenByMock();
              const [atFramework, atMock] = await Promise.all([
                framework[method](operation.path as never, init).catch((error: unknown) => error),
                mocked[method](operation.path as never, init).catch((error: unknown) => error),
              ]);
              if (Object.keys(refused).length > 0) {
                for (const outcome of [atFramework, atMock]) {
                  if (!lib.isCaliberValidationError(outcome))
                    throw new Error(`expected a refusal of ${Object.keys(refused).join(", ")}, got ${String(outcome)}`);
                  expect(new Set(outcome.issues.map((issue) => issue.path))).toEqual(new Set(Object.keys(refused)));
                }
                expect(seenByMock()).toBe(mockRequests);
                tally.refused++;
                return;
              }
              if (atFramework instanceof Error) throw atFramework;
              if (atMock instanceof Error) throw atMock;
              const report = (atFramework as { data: BindingReport }).data;
              expect(report.operation).toBe(operationLabel(operation));
              expect(report.modelState).toEqual([]);
              compareParams(operation, report, params);
              const stored = mock.requests.at(-1)!;
              expect(seenByMock()).toBe(mockRequests + 1);
              expect(stored.status, JSON.stringify(stored)).toBeLessThan(300);
              if (model) {
                const bound = boundValue(report.body, model, operation.types);
                expect(bound).toEqual(expectedValue(value, model, operation.types));
                expect(expectedValue(stored.body, model, operation.types)).toEqual(bound);
              }
              tally.sent++;
            }),
            { numRuns: runsPerCase, ...seed },
          );
          tally.ms = performance.now() - started;
        },
      );
    });
  },
);
