import { operations } from "../../generated/operations.ts";
import { requestValidators } from "../../generated/validators.ts";
import type { ValidationIssue } from "../errors.ts";
import { bodyFormatOf, mediaTypeOf } from "../formats/media-types.ts";
import { parseBody } from "../formats/parse-body.ts";
import { valueFromText } from "../formats/text-values.ts";
import type { OperationInfo } from "../operation-info.ts";
import { requestIssues } from "../validation/validate-request.ts";
import {
  AnswerQueue,
  checkAnswer,
  checkAnswerOptions,
  MockAnswerError,
  type AnswerOptions,
  type MockAnswer,
} from "./answers.ts";
import { describeIssues, problemReply } from "./problem.ts";
import type { MockReply, PlainRequest } from "./reply.ts";
import { createRequestLog, type RecordingDropped, type RequestLogOptions } from "./request-log.ts";
import { compileRoutes, findRoute } from "./routes.ts";

/** What the mock saw of one request, and how it answered. */
export interface MockRequest {
  method: string;
  /** The request target as received, base path included. */
  url: string;
  operationId?: string;
  /** Path parameters, typed by the spec where they parsed (`42`, not `"42"`). */
  pathParams: Record<string, unknown>;
  contentType?: string;
  /** The body as it arrived (its first `maxRecordedBodyBytes` at most). */
  rawBody: string;
  /** The body decoded from its format (JSON, XML or form) into the object the spec describes. */
  body?: unknown;
  /** Set when the record could not keep the whole body within its limits: what it left out, and why. */
  bodyNotKept?: string;
  /** The status answered; 0 when a scripted answer dropped the connection. */
  status: number;
  /** True when a scripted answer (answerNext) was served. */
  scripted?: true;
}

export interface MockCore {
  /** Every request, in order, with what was decoded and answered. reset() empties this same array. */
  readonly requests: MockRequest[];
  /** What the bounded record of requests left out. */
  readonly dropped: RecordingDropped;
  /** Decodes, validates and answers one request, and records it. Never throws. */
  handle(request: PlainRequest): { reply: MockReply; record: MockRequest };
  /** Records a request refused before it was read (a body over the size limit) and answers with a problem. */
  refuse(
    request: Omit<PlainRequest, "body">,
    status: number,
    detail: string,
    headers?: Record<string, string>,
  ): MockReply;
  /** Queues a scripted answer; a bad one throws MockAnswerError naming the field, prefixed "answerNext: ". */
  answerNext(answer: MockAnswer, options?: AnswerOptions): void;
  /** answerNext without the prefix, for the control API. */
  queueAnswer(answer: unknown, options: unknown): void;
  reset(): void;
}

/** Compiled on the first request, not when the module loads. */
let routes: ReturnType<typeof compileRoutes> | undefined;

/**
 * The mock's request handling, shared by the node:http server and the MSW handlers: routes from the spec, the
 * client's own validators and body formats, answers 200/400/404/405/415 and the answers a test scripted.
 * Imports nothing Node-only, so it runs in a browser too.
 */
export function createMockCore(options: { basePath?: string } & RequestLogOptions = {}): MockCore {
  const basePath = (options.basePath ?? "").replace(/\/+$/, "");
  const log = createRequestLog(options);
  const store = new Map<string, Record<string, unknown>>();
  const answers = new AnswerQueue();

  function recordOf({ method, url, headers }: Omit<PlainRequest, "body">): MockRequest {
    const contentType = headers["content-type"];
    const record: MockRequest = { method, url, pathParams: {}, rawBody: "", status: 0 };
    if (contentType !== undefined) record.contentType = contentType;
    log.add(record);
    return record;
  }

  function handle(request: PlainRequest): { reply: MockReply; record: MockRequest } {
    const record = recordOf(request);
    record.rawBody = request.body;
    const reply = decide(request, record);
    if (!reply.drop) record.status = reply.status;
    log.bound(record);
    return { reply, record };
  }

  function decide(request: PlainRequest, record: MockRequest): MockReply {
    const { method, url } = request;
    const pathname = new URL(url, "http://mock").pathname;
    const relative =
      basePath && pathname.toLowerCase().startsWith(basePath.toLowerCase())
        ? pathname.slice(basePath.length)
        : pathname;
    const route =
      basePath && relative === pathname
        ? ({ kind: "not-found" } as const)
        : findRoute((routes ??= compileRoutes(operations)), method, relative);
    if (route.kind === "not-found") return problemReply(404, `No operation of the spec has the path ${pathname}.`);
    if (route.kind === "method-not-allowed") {
      return problemReply(405, `${method} is not documented for ${pathname}; allowed: ${route.allow.join(", ")}.`, {
        headers: { allow: route.allow.join(", ") },
      });
    }

    const { operation } = route.match;
    if (operation.operationId) record.operationId = operation.operationId;
    record.pathParams = typePathParams(operation, route.match.pathParams);
    const refusal = checkRequest(operation, record);
    const scripted = answers.take(operation, refusal === undefined);
    if (scripted) record.scripted = true;
    if (scripted?.drop) return { drop: true, delayMs: scripted.delayMs };
    if (scripted?.status !== undefined) {
      const { status, headers, body, delayMs } = scripted;
      return { status, headers, body, delayMs };
    }
    if (refusal) return refusal;

    const key = `${operation.method} ${relative.toLowerCase()}`;
    const stored = { ...store.get(key), ...(record.body as Record<string, unknown>) };
    store.set(key, stored);
    return {
      status: 200,
      headers: { "content-type": "application/json; charset=utf-8", ...scripted?.headers },
      body: JSON.stringify(stored),
      delayMs: scripted?.delayMs ?? 0,
    };
  }

  function queueAnswer(answer: unknown, answerOptions: unknown): void {
    const checkedOptions = checkAnswerOptions(answerOptions, operations);
    answers.add(checkAnswer(answer), checkedOptions);
  }

  return {
    requests: log.requests,
    dropped: log.dropped,
    handle,
    refuse(request, status, detail, headers) {
      const record = recordOf(request);
      record.status = status;
      return problemReply(status, detail, headers ? { headers } : {});
    },
    queueAnswer,
    answerNext(answer, answerOptions) {
      try {
        queueAnswer(answer, answerOptions);
      } catch (error) {
        if (error instanceof MockAnswerError) error.message = `answerNext: ${error.message}`;
        throw error;
      }
    },
    reset() {
      answers.clear();
      store.clear();
      log.clear();
    },
  };
}

/** Decodes the body into `record.body`; the 415 or 400 the request deserves, or undefined when it is valid. */
function checkRequest(operation: OperationInfo, record: MockRequest): MockReply | undefined {
  const { contentType } = record;
  const accepted = operation.requestMediaTypes;
  if (accepted.length > 0 && !accepted.some((type) => type.toLowerCase() === mediaTypeOf(contentType ?? ""))) {
    return problemReply(
      415,
      `Content-Type ${contentType ?? "(none)"} is not supported; use one of ${accepted.join(", ")}.`,
    );
  }
  const format = contentType === undefined ? undefined : bodyFormatOf(contentType);
  const parsed = format ? parseBody(record.rawBody, format, operation) : { issues: [] };
  if (parsed.body !== undefined) record.body = parsed.body;
  const issues: ValidationIssue[] = parsed.issues;
  if (issues.length === 0) issues.push(...validationIssues(operation, record.pathParams, parsed.body, contentType));
  if (issues.length === 0) return undefined;
  const detail = `The request does not match the spec: ${describeIssues(issues)}.`;
  return problemReply(400, detail, { issues });
}

/** Path parameters from the URL, typed by the spec so that `"42"` validates as the integer 42. */
function typePathParams(operation: OperationInfo, raw: Record<string, string>): Record<string, unknown> {
  return Object.fromEntries(
    operation.parameters
      .filter((parameter) => parameter.in === "path")
      .map(({ name, model }) => [name, valueFromText(raw[name] ?? "", model.kind)]),
  );
}

/** The client's own generated validators, run on what arrived; their issues, or none. */
function validationIssues(
  operation: OperationInfo,
  pathParams: Record<string, unknown>,
  body: unknown,
  contentType: string | undefined,
): ValidationIssue[] {
  const validators = requestValidators[operation.path]?.[operation.method];
  const headers = contentType === undefined ? undefined : { "content-type": contentType };
  return requestIssues(validators, { params: { path: pathParams }, body, headers }, undefined);
}
