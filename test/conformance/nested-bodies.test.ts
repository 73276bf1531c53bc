// The generic machinery on nested bodies, against the real framework: a fixture spec beside the tests
// (fixtures/nested-contact.yaml: a nested object, List<object>, List<string>, List<int>, nullable members, decimal,
// Guid, date-time, an enum, query parameters, a response schema) is generated into a temp dir, its C# compiled with
// test/aspnet's host and run. Bodies from body-arbitraries.ts are written by the client's own format writers
// (src/formats) and sent; what Web API bound must equal what was sent, or the writer must have refused exactly
// what carriage-rules.ts says the format cannot carry, naming the field. Parameters are written here (the fixture
// has no client of its own): this proves the generated controllers bind each kind of parameter.
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readSpec } from "../../scripts/generate/spec.ts";
import type { ValidationIssue } from "../../src/errors.ts";
import { bodyFormatOf } from "../../src/formats/media-types.ts";
import type { BodyModel, DataContracts } from "../../src/model/body-model.ts";
import { operationLabel, type OperationInfo } from "../../src/operation-info.ts";
import { skipAspNetTests, startAspNetServer, type AspNetServer } from "../helpers/aspnet-server.ts";
import { generateInTemp } from "../helpers/generate-temp.ts";
import { bodyValue, parameterValue } from "./body-arbitraries.ts";
import { boundValue, expectedValue, type BindingReport } from "./bound-values.ts";
import { uncarriable, type BodyFormat } from "./carriage-rules.ts";
import { serverTimeZone } from "./global-setup.ts";

const fixturePath = fileURLToPath(new URL("fixtures/nested-contact.yaml", import.meta.url));
const runs = Number(process.env.CONFORMANCE_NESTED_RUNS ?? 150);
const seed = process.env.CONFORMANCE_SEED === undefined ? {} : { seed: Number(process.env.CONFORMANCE_SEED) };

type Writer = (value: unknown, model: BodyModel, types: DataContracts) => string | ValidationIssue[];
/**
 * The client's writer of each format, called as serializeBody calls it. Each waits for its format to walk the body
 * model (src/formats, the lead's part of issue 18), and is listed as todo until then: today's JSON writer checks
 * the text of top-level members only (a lone surrogate in `Phones[0].AreaCode` reaches the server as U+FFFD), and
 * today's XML and form writers know flat bodies only.
 */
const writers: Partial<Record<BodyFormat, Writer>> = {};

const generation = await generateInTemp(await readSpec(fixturePath));
const { operations } = await generation.load<{ operations: readonly OperationInfo[] }>("operations.ts");
let server: AspNetServer | undefined;

beforeAll(async () => {
  if (skipAspNetTests) return;
  server = await startAspNetServer({ generatedDir: join(generation.outDir, "aspnet"), env: { TZ: serverTimeZone } });
}, 120_000);
afterAll(() => server?.close());

/** The request URL: path parameters as segments, query parameters given, each as its text. */
function urlOf(operation: OperationInfo, params: Record<string, unknown>): string {
  const text = (value: unknown) => (value instanceof Date ? value.toISOString() : String(value));
  const path = operation.path.replace(/\{([^}]+)\}/g, (_, name: string) => encodeURIComponent(text(params[name])));
  const query = operation.parameters
    .filter((p) => p.in === "query" && params[p.name] !== undefined && params[p.name] !== null)
    .map((p) => `${encodeURIComponent(p.name)}=${encodeURIComponent(text(params[p.name]))}`);
  return `${server!.url}${path.slice(1)}${query.length > 0 ? `?${query.join("&")}` : ""}`;
}

function paramsOf(operation: OperationInfo): fc.Arbitrary<Record<string, unknown>> {
  const shape = Object.fromEntries(operation.parameters.map((p) => [p.name, parameterValue(p.model, operation.types)]));
  const required = operation.parameters.filter((p) => p.required).map((p) => p.name);
  return fc.record(shape, { requiredKeys: required }) as fc.Arbitrary<Record<string, unknown>>;
}

const cases = operations.flatMap((operation): { operation: OperationInfo; mediaType?: string; name: string }[] =>
  operation.requestBody
    ? operation.requestMediaTypes.map((mediaType) => ({
        operation,
        mediaType,
        name: `${operationLabel(operation)} ${mediaType}`,
      }))
    : [{ operation, name: `${operationLabel(operation)} (no body)` }],
);

describe.skipIf(skipAspNetTests)(
  "nested bodies and parameters, generated from a fixture spec, bound by ASP.NET Web API",
  () => {
    it("generates a server for each operation of the fixture", () => {
      expect(cases.map((c) => c.name)).toEqual([
        "PUT /api/v2/clientcontact/{id} application/json",
        "PUT /api/v2/clientcontact/{id} text/json",
        "PUT /api/v2/clientcontact/{id} application/xml",
        "PUT /api/v2/clientcontact/{id} text/xml",
        "PUT /api/v2/clientcontact/{id} application/x-www-form-urlencoded",
        "GET /api/v2/clientcontact (no body)",
      ]);
    });

    for (const { operation, mediaType, name } of cases) {
      const format = mediaType === undefined ? undefined : (bodyFormatOf(mediaType) as BodyFormat);
      const write = format === undefined ? undefined : writers[format];
      if (format !== undefined && write === undefined) {
        it.todo(`binds ${name} exactly, or the writer refuses it (waits for the ${format} writer over the body model)`);
        continue;
      }
      it(
        `binds ${name} exactly, or the client's writer refuses what the format cannot carry`,
        { timeout: 300_000 },
        async () => {
          const model = operation.requestBody;
          const body = model ? bodyValue(model, operation.types) : fc.constant(undefined);
          await fc.assert(
            fc.asyncProperty(paramsOf(operation), body, async (params, value) => {
              let text: string | undefined;
              if (model && write) {
                const written = write(value, model, operation.types);
                const refused = Object.keys(uncarriable(value, model, operation.types, format!));
                if (typeof written !== "string") {
                  expect(new Set(written.map((issue) => issue.path))).toEqual(new Set(refused));
                  return;
                }
                expect(refused).toEqual([]);
                text = written;
              }
              const response = await fetch(urlOf(operation, params), {
                method: operation.method.toUpperCase(),
                ...(text === undefined ? {} : { body: text, headers: { "content-type": mediaType! } }),
              });
              const answer = await response.text();
              expect(response.status, answer).toBe(200);
              const report = JSON.parse(answer) as BindingReport;
              expect(report.modelState).toEqual([]);
              for (const parameter of operation.parameters) {
                const at = parameter.required ? parameter.model : { ...parameter.model, nullable: true as const };
                expect(boundValue(report.params[parameter.name], at, operation.types), parameter.name).toEqual(
                  expectedValue(params[parameter.name], at, operation.types),
                );
              }
              if (model)
                expect(boundValue(report.body, model, operation.types)).toEqual(
                  expectedValue(value, model, operation.types),
                );
            }),
            { numRuns: runs, ...seed },
          );
        },
      );
    }
  },
);
