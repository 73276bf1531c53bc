import { operations as specOperations } from "../../generated/operations.ts";
import { requestValidators } from "../../generated/validators.ts";
import type { ValidationIssue } from "../errors.ts";
import { bodyFormatOf, mediaTypeOf } from "../formats/media-types.ts";
import { parseBody } from "../formats/parse-body.ts";
import type { OperationInfo } from "../operation-info.ts";
import { requestIssues } from "../validation/validate-request.ts";
import type { OperationValidators, RequestValidatorTable } from "../validation/validator-types.ts";
import { checkAnswerBody, modelAnswer, successResponse } from "./answer-bodies.ts";
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
import { createStoredBodies, type StoredBodiesOptions } from "./stored-bodies.ts";
import { readUrlParameters } from "./url-parameters.ts";

/** What the mock saw of one request, and how it answered. */
export interface MockRequest {
  method: string;
  /** The request target as received, base path included. */
  url: string;
  operationId?: string;
  /** Path parameters, typed by the spec where they parsed (`42`, not `"42"`). */
  pathParams: Record<string, unknown>;
  /**
   * Query parameters the operation declares, as Web API binds them (names in any case, `ids=1&ids=2` as a
   * collection, an empty value as absent), typed by the spec. Only for operations that declare any.
   */
  queryParams?: Record<string, unknown>;
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

export interface MockCoreOptions {
  /** A base path the API is served under, such as `/CAPI2_Vision`. */
  basePath?: string;
  /** The operations served (generated/operations.ts by default): any spec's, as `npm run generate` writes them. */
  operations?: readonly OperationInfo[];
  /** Their request validators, `table[path][method]` (generated/validators.ts by default). */
  validators?: RequestValidatorTable;
}

/**
 * The mock's request handling, shared by the node:http server and the MSW handlers: routes from the spec, the
 * client's own validators and body formats, answers 200/400/404/405/415 and the answers a test scripted.
 * Imports nothing Node-only, so it runs in a browser too.
 */
export function createMockCore(options: MockCoreOptions & RequestLogOptions & StoredBodiesOptions = {}): MockCore {
  const basePath = (options.basePath ?? "").replace(/\/+$/, "");
  const operations = options.operations ?? specOperations;
  const validators = options.validators ?? requestValidators;
  let routes: ReturnType<typeof compileRoutes> | undefined; // compiled on the first request
  const log = createRequestLog(options);
  const store = createStoredBodies(options);
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
    const target = new URL(url, "http://mock");
    const pathname = target.pathname;
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
    const params = readUrlParameters(operation.parameters, route.match.pathParams, target.searchParams);
    record.pathParams = params.path;
    if (operation.parameters.some((parameter) => parameter.in === "query")) record.queryParams = params.query;
    const refusal = checkRequest(operation, validators[operation.path]?.[operation.method], record, params);
    const scripted = answers.take(operation, refusal === undefined);
    if (scripted) record.scripted = true;
    if (scripted?.drop) return { drop: true, delayMs: scripted.delayMs };
    if (scripted?.status !== undefined) {
      const { status, headers, body, delayMs } = scripted;
      return { status, headers, body, delayMs };
    }
    if (refusal) return refusal;

    const response = successResponse(operation);
    if (response) {
      const answer = modelAnswer(response, operation.types, request.headers.accept);
      return { ...answer, headers: { ...answer.headers, ...scripted?.headers }, delayMs: scripted?.delayMs ?? 0 };
    }
    const key = `${operation.method} ${relative.toLowerCase()}`;
    const stored = store.merge(key, record.body as Record<string, unknown> | undefined);
    return {
      status: 200,
      headers: { "content-type": "application/json; charset=utf-8", ...scripted?.headers },
      body: JSON.stringify(stored),
      delayMs: scripted?.delayMs ?? 0,
    };
  }

  function queueAnswer(answer: unknown, answerOptions: unknown): void {
    const checkedOptions = checkAnswerOptions(answerOptions, operations);
    const checked = checkAnswer(answer);
    if (checkedOptions.operation && checked.status !== undefined) {
      checkAnswerBody((answer as MockAnswer).body, checked.status, checkedOptions.operation);
    }
    answers.add(checked, checkedOptions);
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
function checkRequest(
  operation: OperationInfo,
  validators: OperationValidators | undefined,
  record: MockRequest,
  params: { path: Record<string, unknown>; query: Record<string, unknown> },
): MockReply | undefined {
  const { contentType } = record;
  const accepted = operation.requestMediaTypes;
  if (accepted.length > 0 && !accepted.some((type) => type.toLowerCase() === mediaTypeOf(contentType ?? ""))) {
    return problemReply(
      415,
      `Content-Type ${contentType ?? "(none)"} is not supported; use one of ${accepted.join(", ")}.`,
    );
  }
  const format = contentType === undefined ? undefined : bodyFormatOf(contentType);
  const issues: ValidationIssue[] = [];
  if (format === "form" && [...new URLSearchParams(record.rawBody)].length === 0) {
    // ASP.NET binds an empty form body as no object at all, and the client refuses to send one for that reason.
    if (validators?.bodyRequired) issues.push({ path: "body", message: emptyFormMessage });
  } else if (format) {
    const parsed = parseBody(record.rawBody, format, operation);
    if (parsed.body !== undefined) record.body = parsed.body;
    issues.push(...parsed.issues);
  }
  if (issues.length === 0) {
    const headers = contentType === undefined ? undefined : { "content-type": contentType };
    issues.push(...requestIssues(validators, { params, body: record.body, headers }, undefined));
  }
  if (issues.length === 0) return undefined;
  const detail = `The request does not match the spec: ${describeIssues(issues)}.`;
  return problemReply(400, detail, { issues });
}

const emptyFormMessage = "has no fields, and ASP.NET binds an empty form body as no object at all";
