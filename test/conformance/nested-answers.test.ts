// Typed answers on nested types, against the real framework: the fixture spec (fixtures/nested-contact.yaml: a
// nested object, collections of objects and of strings as response types, one beside a request body, and single
// values: an integer, a string, an enum) is generated into a temp dir and its server compiled and run. For each response format, a generated value of the response
// type is asked for (typed-answers.ts), and what the framework writes is read with the client's own readers (the
// JSON reading of src/client/response.ts, and parseDataContractXml, which the client's XML chunk reads an answer
// with): it must be the value generated. The spec's own operations go through the same cases from the packed
// package in aspnet-answers.test.ts.
import { fileURLToPath } from "node:url";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { readSpec } from "../../scripts/generate/spec.ts";
import { parseResponseData } from "../../src/client/response.ts";
import { serializeJson } from "../../src/formats/json.ts";
import { parseDataContractXml } from "../../src/formats/xml/parse-data-contract-xml.ts";
import type { OperationInfo } from "../../src/operation-info.ts";
import { skipAspNetTests } from "../helpers/aspnet-server.ts";
import { generateInTemp } from "../helpers/generate-temp.ts";
import { expectedValue } from "./bound-values.ts";
import {
  answerCases,
  answerHeaders,
  answerValue,
  requestBodyValue,
  requiredParams,
  type AnswerCase,
} from "./typed-answers.ts";
import { useFixtureAspNetServer } from "./fixture-server.ts";

const fixturePath = fileURLToPath(new URL("fixtures/nested-contact.yaml", import.meta.url));
const runs = Number(process.env.CONFORMANCE_NESTED_RUNS ?? 150);
const seed = process.env.CONFORMANCE_SEED === undefined ? {} : { seed: Number(process.env.CONFORMANCE_SEED) };

const generation = await generateInTemp(await readSpec(fixturePath));
const { operations } = await generation.load<{ operations: readonly OperationInfo[] }>("operations.ts");
const cases = answerCases(operations);
const server = useFixtureAspNetServer(generation);

/** The request URL, with the parameters' text (segment-safe, as parameterValue makes them). */
function urlOf(operation: OperationInfo, params: { path: Record<string, unknown>; query: Record<string, unknown> }) {
  const path = operation.path.replace(/\{([^}]+)\}/g, (_, name: string) =>
    encodeURIComponent(String(params.path[name])),
  );
  const query = new URLSearchParams(Object.entries(params.query).map(([name, value]) => [name, String(value)]));
  return `${server().url}${path.slice(1)}${query.size > 0 ? `?${query}` : ""}`;
}

/** The answer as the client reads it: its JSON reading, or its DataContract XML reader by the response's model. */
function read(answer: AnswerCase, text: string, response: Response): unknown {
  if (answer.format === "json") return parseResponseData(text, response, answer.name);
  const parsed = parseDataContractXml(text, answer.model, answer.operation.types);
  expect(parsed.issues).toEqual([]);
  return parsed.body;
}

describe.skipIf(skipAspNetTests)(
  "typed answers of nested types, written by ASP.NET Web API, read by the client",
  () => {
    it("asks for each response format of the fixture", () => {
      expect(cases.map((c) => c.name)).toEqual([
        "GET /api/v2/clientcontact/{id} Accept: application/json",
        "GET /api/v2/clientcontact/{id} Accept: text/json",
        "GET /api/v2/clientcontact/{id} Accept: application/xml",
        "GET /api/v2/clientcontact/{id} Accept: text/xml",
        "GET /api/v2/clientcontact/{id}/emails Accept: application/json",
        "GET /api/v2/clientcontact/{id}/emails Accept: text/json",
        "GET /api/v2/clientcontact/{id}/emails Accept: application/xml",
        "GET /api/v2/clientcontact/{id}/emails Accept: text/xml",
        "POST /api/v2/clientcontact/{id}/phones Accept: application/json",
        "POST /api/v2/clientcontact/{id}/phones Accept: text/json",
        "POST /api/v2/clientcontact/{id}/phones Accept: application/xml",
        "POST /api/v2/clientcontact/{id}/phones Accept: text/xml",
        "GET /api/v2/clientcontact/{id}/count Accept: application/json",
        "GET /api/v2/clientcontact/{id}/count Accept: text/json",
        "GET /api/v2/clientcontact/{id}/count Accept: application/xml",
        "GET /api/v2/clientcontact/{id}/count Accept: text/xml",
        "GET /api/v2/clientcontact/{id}/nickname Accept: application/json",
        "GET /api/v2/clientcontact/{id}/nickname Accept: text/json",
        "GET /api/v2/clientcontact/{id}/nickname Accept: application/xml",
        "GET /api/v2/clientcontact/{id}/nickname Accept: text/xml",
        "GET /api/v2/clientcontact/{id}/kind Accept: application/json",
        "GET /api/v2/clientcontact/{id}/kind Accept: text/json",
        "GET /api/v2/clientcontact/{id}/kind Accept: application/xml",
        "GET /api/v2/clientcontact/{id}/kind Accept: text/xml",
        "GET /api/v2/clientcontact Accept: application/json",
        "GET /api/v2/clientcontact Accept: text/json",
        "GET /api/v2/clientcontact Accept: application/xml",
        "GET /api/v2/clientcontact Accept: text/xml",
      ]);
    });

    it.each(cases)("$name: reads the value the framework was given", { timeout: 300_000 }, async (answer) => {
      const { operation, model } = answer;
      const types = operation.types;
      await fc.assert(
        fc.asyncProperty(
          requiredParams(operation),
          requestBodyValue(operation),
          answerValue(answer),
          async (params, body, value) => {
            const written = body === undefined ? undefined : serializeJson(body);
            if (typeof written === "object") throw new Error(`the JSON writer refused ${JSON.stringify(written)}`);
            const response = await fetch(urlOf(operation, params), {
              method: operation.method.toUpperCase(),
              headers: {
                ...answerHeaders(value, answer.accept),
                ...(written === undefined ? {} : { "content-type": "application/json" }),
              },
              ...(written === undefined ? {} : { body: written }),
            });
            const text = await response.text();
            expect(response.status, text).toBe(answer.code);
            expect(response.headers.get("content-type")).toContain(answer.accept);
            expect(expectedValue(read(answer, text, response), model, types)).toEqual(
              expectedValue(value, model, types),
            );
          },
        ),
        { numRuns: Math.ceil(runs / 3), ...seed },
      );
    });
  },
);
