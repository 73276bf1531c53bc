// `caliber-api/msw`: the mock as MSW 2 request handlers, for tests in a browser (or Node through msw/node).
// Imports only from `msw` itself, never `msw/node` or `node:*`, so that it bundles for the browser.
import { http, HttpResponse, type HttpHandler } from "msw";
import type { AnswerOptions, MockAnswer } from "../mock/answers.ts";
import { createMockCore, type MockRequest } from "../mock/mock-core.ts";
import type { RecordingDropped, RequestLogOptions } from "../mock/mock-types.ts";
import { checkStoredBodiesOptions, type StoredBodiesOptions } from "../mock/stored-bodies.ts";
import { checkRequestLogOptions } from "../mock/request-log.ts";

export type {
  AnswerOptions,
  MockAnswer,
  MockRequest,
  OperationName,
  Problem,
  RecordingDropped,
} from "../mock/mock-types.ts";

export interface MswHandlersOptions extends RequestLogOptions, StoredBodiesOptions {
  /** The base URL your client is given, base path included: `https://caliber.test/CAPI2_Vision`. */
  baseUrl: string;
}

export interface MswMock {
  /** For `setupServer(...mock.handlers)` or `setupWorker(...mock.handlers)`. */
  handlers: HttpHandler[];
  /** Every request the handlers answered, in order, with what was decoded and answered. */
  requests: MockRequest[];
  /** How many requests `requests` forgot, and how many bodies it did not keep, within its limits (reset() zeroes). */
  dropped: Readonly<RecordingDropped>;
  /** Queues an answer for the next matching request; as `startMockServer`'s answerNext. */
  answerNext(answer: MockAnswer, options?: AnswerOptions): void;
  /** Forgets queued answers, stored state and `requests` (emptied in place). */
  reset(): void;
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^$()|[\]\\{}]/g, "\\$&");

/**
 * MSW handlers that answer every request under `baseUrl` as the node:http mock does: the same routes,
 * validators, body formats, problem documents (400/404/405/415) and scripted answers. Requests elsewhere are
 * left to MSW (use `onUnhandledRequest: "bypass"` to let them through quietly).
 */
export function createMswHandlers(options: MswHandlersOptions): MswMock {
  const base = checkBaseUrl(options?.baseUrl);
  checkRequestLogOptions(options, "createMswHandlers");
  checkStoredBodiesOptions(options, "createMswHandlers");
  const core = createMockCore({
    basePath: base.pathname,
    ...(options.maxRecordedRequests === undefined ? {} : { maxRecordedRequests: options.maxRecordedRequests }),
    ...(options.maxRecordedBodyBytes === undefined ? {} : { maxRecordedBodyBytes: options.maxRecordedBodyBytes }),
    ...(options.maxStoredBodies === undefined ? {} : { maxStoredBodies: options.maxStoredBodies }),
  });
  const basePath = base.pathname.replace(/\/+$/, "");
  // One handler for everything under the base URL; our own router answers 404 and 405. A RegExp has no
  // parameters, so MSW decodes nothing (its path matching throws on a malformed escape such as %zz).
  const underBase = new RegExp(`^${escapeRegExp(base.origin + basePath)}(?:[/?#]|$)`, "i");

  const handler = http.all(underBase, async ({ request }) => {
    const url = new URL(request.url);
    const headers: Record<string, string> = {};
    request.headers.forEach((value, name) => (headers[name] = value));
    const { reply } = core.handle({
      method: request.method,
      url: url.pathname + url.search,
      headers,
      body: await request.text(),
    });
    if (reply.delayMs > 0) await wait(reply.delayMs, request.signal);
    if (reply.drop) return HttpResponse.error();
    return new HttpResponse(reply.body === "" ? null : reply.body, { status: reply.status, headers: reply.headers });
  });
  return {
    handlers: [handler],
    requests: core.requests,
    dropped: core.dropped,
    answerNext: core.answerNext,
    reset: core.reset,
  };
}

function checkBaseUrl(baseUrl: unknown): URL {
  const fail = (message: string): never => {
    throw new TypeError(`createMswHandlers: ${message}`);
  };
  if (typeof baseUrl !== "string") return fail(`baseUrl must be a URL string such as "https://caliber.test"`);
  let url: URL;
  try {
    url = new URL(baseUrl);
  } catch {
    return fail(`baseUrl must be an absolute URL such as "https://caliber.test/CAPI2_Vision", got "${baseUrl}"`);
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") fail(`baseUrl must be http(s), got ${url.protocol}`);
  if (url.search || url.hash) fail("baseUrl must have no query or fragment");
  return url;
}

/** Waits `ms`, or less if the client gives up first: no timer outlives the request in Node. */
function wait(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      signal.removeEventListener("abort", done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    signal.addEventListener("abort", done);
  });
}
