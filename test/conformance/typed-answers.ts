/**
 * Typed answers for the conformance suite, for any spec. Each operation whose spec gives a success response a
 * schema is asked for a generated value of that response type (body-arbitraries.ts, from the response's body
 * model) in each format the response lists: the test sends the value as JSON in the X-Caliber-Answer header, the
 * generated test server builds the .NET value from it with the framework's own JSON formatter and answers it with
 * the formatter its Accept header negotiates (test/aspnet/TypedAnswer.cs). What the client reads must be that
 * value, as expectedValue (bound-values.ts) compares: instants, Guids in lower case, and what the value left out as
 * the .NET default the framework writes for it. Nothing here names an operation.
 */
import fc from "fast-check";
import { answeredResponse } from "../../scripts/generate/aspnet.ts";
import { bodyFormatOf } from "../../src/formats/media-types.ts";
import type { BodyModel } from "../../src/model/body-model.ts";
import { operationLabel, type OperationInfo } from "../../src/operation-info.ts";
import { anyString, bodyValue, parameterValue } from "./body-arbitraries.ts";

export type AnswerFormat = "json" | "xml";

/**
 * The Accept headers each format is asked for with: both JSON types and both XML types that Web API's formatters
 * write, since the client reads either of each (a help page lists `text/json` beside `application/json`).
 */
const acceptsOf: Record<AnswerFormat, readonly string[]> = {
  json: ["application/json", "text/json"],
  xml: ["application/xml", "text/xml"],
};

export interface AnswerCase {
  operation: OperationInfo;
  /** The response's status code, as the server answers it. */
  code: number;
  model: BodyModel;
  accept: string;
  format: AnswerFormat;
  name: string;
}

/** Each operation with a success response schema, with each Accept header of the formats that response lists. */
export function answerCases(operations: readonly OperationInfo[]): AnswerCase[] {
  return operations.flatMap((operation) => {
    const response = answeredResponse(operation);
    if (response === undefined) return [];
    const formats = new Set(response.mediaTypes.map((type) => bodyFormatOf(type)));
    return (["json", "xml"] as const)
      .filter((format) => formats.has(format))
      .flatMap((format) =>
        acceptsOf[format].map((accept) => ({
          operation,
          code: response.code,
          model: response.model,
          accept,
          format,
          name: `${operationLabel(operation)} Accept: ${accept}`,
        })),
      );
  });
}

/** A UTF-16 code unit of a surrogate pair without its other half. */
const loneSurrogate = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
/**
 * What DataContractSerializer cannot write (its writer throws, and Web API answers 500 with no body): the code
 * units XML 1.0 has no character for. And CR, which its XML writer writes as a line end (LF on Mono), so that
 * every XML reader reads LF: the CR is gone from the answer itself. aspnet-behaviours.test.ts shows both.
 */
// eslint-disable-next-line no-control-regex -- control characters are what it finds
const notInXmlAnswers = /[\u0000-\u0008\u000b-\u001f\ufffe\uffff]/g;

/**
 * Strings of an answer in `format`: anyString without lone surrogates (the value reaches the server as JSON, and
 * Json.NET reads an escaped lone surrogate as U+FFFD; nor could an answer carry one: bound from XML, it makes
 * either formatter fail with a 500), and for XML without what its answers cannot hold.
 */
export const answerStrings: Record<AnswerFormat, fc.Arbitrary<string>> = {
  json: anyString.map((text) => text.replace(loneSurrogate, "")),
  xml: anyString.map((text) => text.replace(notInXmlAnswers, "").replace(loneSurrogate, "")),
};

/** A value of the answer's response type. */
export const answerValue = (answer: AnswerCase): fc.Arbitrary<unknown> =>
  bodyValue(answer.model, answer.operation.types, 0, answerStrings[answer.format]);

/** A request body the call can carry, when the operation takes one (sent as JSON where the operation lists it). */
export const requestBodyValue = (operation: OperationInfo): fc.Arbitrary<unknown> =>
  operation.requestBody
    ? bodyValue(operation.requestBody, operation.types, 0, answerStrings.json)
    : fc.constant(undefined);

/** Values of the operation's required path and query parameters (the answer does not depend on them). */
export function requiredParams(
  operation: OperationInfo,
): fc.Arbitrary<{ path: Record<string, unknown>; query: Record<string, unknown> }> {
  const of = (where: "path" | "query") =>
    fc.record(
      Object.fromEntries(
        operation.parameters
          .filter((p) => p.in === where && p.required)
          .map((p) => [p.name, parameterValue(p.model, operation.types)]),
      ),
    );
  return fc.record({ path: of("path"), query: of("query") });
}

/** The headers that ask the test server for `value` as the answer, in the format `accept` names. */
export const answerHeaders = (value: unknown, accept: string): Record<string, string> => ({
  Accept: accept,
  "X-Caliber-Answer": Buffer.from(JSON.stringify(value), "utf8").toString("base64"),
});
