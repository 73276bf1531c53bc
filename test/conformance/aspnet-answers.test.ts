// Typed answers, against the real framework, for every operation of the spec whose success response has a schema
// (generated/operations.ts): a generated value of the response type is asked for in each format the response
// lists (typed-answers.ts; the generated test server builds it with Json.NET and writes it with the formatter the
// Accept header negotiates), and the packed package, from import() and from require(), must read `data` as that
// value. Nothing here names an operation; nested-answers.test.ts proves the same cases on a fixture's nested types.
// CONFORMANCE_RUNS / 10 runs per Accept header and module system, shared out between the operations (at least 20
// each); CONFORMANCE_SEED replays the seed a failure printed.
import fc from "fast-check";
import { beforeAll, describe, expect, inject, it } from "vitest";
import { operations } from "../../generated/operations.ts";
import { bodyFormatOf, isJsonMediaType } from "../../src/formats/media-types.ts";
import { monoInstallCommand, skipAspNetTests } from "../helpers/aspnet-server.ts";
import { loadPackedPackage, type LoadedPackage } from "../helpers/packed-package.ts";
import { expectedValue } from "./bound-values.ts";
import { uncarriable, type BodyFormat } from "./carriage-rules.ts";
import { answerCases, answerHeaders, answerValue, requestBodyValue, requiredParams } from "./typed-answers.ts";

const numRuns = Math.ceil(Number(process.env.CONFORMANCE_RUNS ?? 1000) / 10);
const seed = process.env.CONFORMANCE_SEED === undefined ? {} : { seed: Number(process.env.CONFORMANCE_SEED) };
const aspnetUrl = inject("aspnetUrl");
const packages = await loadPackedPackage(inject("packedProject"));

const cases = answerCases(operations);
const answered = new Set(cases.map((c) => c.operation)).size;
/** The runs of one Accept header and module system, shared out between the operations. */
const runsPerCase = Math.max(20, Math.ceil(numRuns / Math.max(answered, 1)));

describe.skipIf(skipAspNetTests)("the packed client reads ASP.NET Web API's typed answers, for every operation", () => {
  beforeAll(() => {
    if (!aspnetUrl)
      throw new Error(`no ASP.NET Web API server: Mono is missing. Install it with: ${monoInstallCommand}`);
  });

  it.runIf(cases.length === 0)("has nothing to ask for: the spec gives no success response a schema", () => {
    expect(operations.filter((operation) => operation.responses?.some((r) => r.status.startsWith("2")))).toEqual([]);
  });

  // (an empty describe fails vitest: none where there are no cases)
  describe.each(cases.length > 0 ? (["esm", "cjs"] as const) : [])("loaded with %s", (system) => {
    const { client: lib } = packages[system] as LoadedPackage;

    it.each(cases)("$name: data is the value the framework was given", { timeout: 600_000 }, async (answer) => {
      const { operation, model } = answer;
      const types = operation.types;
      const client = lib.createCaliberClient({ baseUrl: aspnetUrl });
      const method = operation.method.toUpperCase() as "PATCH";
      // a body, where the operation takes one, in JSON where it lists JSON (no string of answerStrings.json is refused)
      const mediaType = operation.requestMediaTypes.find(isJsonMediaType) ?? operation.requestMediaTypes[0];
      const format = mediaType === undefined ? undefined : (bodyFormatOf(mediaType) as BodyFormat);
      await fc.assert(
        fc.asyncProperty(
          requiredParams(operation),
          requestBodyValue(operation),
          answerValue(answer),
          async (params, body, value) => {
            if (operation.requestBody && format)
              fc.pre(Object.keys(uncarriable(body, operation.requestBody, types, format)).length === 0);
            const init = {
              params,
              headers: { ...answerHeaders(value, answer.accept), ...(mediaType ? { "Content-Type": mediaType } : {}) },
              ...(operation.requestBody ? { body } : {}),
            } as never;
            const { data, response } = (await client[method](operation.path as never, init)) as {
              data: unknown;
              response: Response;
            };
            expect(response.status).toBe(answer.code);
            expect(response.headers.get("content-type")).toContain(answer.accept);
            // read by the model, not left as the answer's text
            if (model.kind === "object" || model.kind === "collection") expect(typeof data).toBe("object");
            expect(expectedValue(data, model, types)).toEqual(expectedValue(value, model, types));
          },
        ),
        { numRuns: runsPerCase, ...seed },
      );
    });
  });
});
