import {
  createFinalURL,
  createQuerySerializer,
  defaultPathSerializer,
  mergeHeaders,
  removeTrailingSlash,
  type HeadersOptions,
} from "openapi-fetch";
import { PassThroughRequest } from "./pass-through-request.ts";

/** A call's `init` as the client hands it on: openapi-fetch's options plus any other RequestInit member. */
export interface DirectInit {
  params?: { path?: Record<string, unknown>; query?: Record<string, unknown>; header?: unknown };
  body?: unknown;
  [requestInit: string]: unknown;
}

export interface DirectResult {
  data?: unknown;
  error?: unknown;
  response: Response;
}

type Transport = (request: PassThroughRequest) => Promise<Response>;
type Serialize = (body: unknown, headers: Headers) => string;

/**
 * openapi-fetch's own per-call options, and the two this sets itself: every other member of `init` goes to
 * fetch, as openapi-fetch hands it on. The client sends a call here only when the options that change how
 * openapi-fetch builds the request (middleware, serializers, baseUrl, fetch, Request) are absent.
 */
const notForFetch = new Set([
  "baseUrl",
  "fetch",
  "Request",
  "headers",
  "params",
  "parseAs",
  "querySerializer",
  "bodySerializer",
  "pathSerializer",
  "body",
  "middleware",
  "method",
  "signal",
]);

const jsonContentType = { "Content-Type": "application/json" };

/**
 * What openapi-fetch's `coreFetch` does for a call that no middleware sees, minus the work it repeats on every
 * call: it makes a query serializer per call, merges the headers twice into two `Headers`, and copies `init`
 * into a `Request` and back. Here the serializer is made once and the headers merged once. The URL comes from
 * openapi-fetch's own `createFinalURL`, and the answer is read as `coreFetch` reads it, so the two paths send
 * and return the same things (test/direct-request.e2e.test.ts compares them).
 */
export function createDirectRequester(
  baseUrl: string,
  clientHeaders: HeadersOptions | undefined,
  transport: Transport,
) {
  const querySerializer = createQuerySerializer();
  const base = removeTrailingSlash(baseUrl);

  return async function directRequest(
    method: string,
    path: string,
    init: DirectInit | undefined,
    headers: HeadersOptions | undefined,
    signal: AbortSignal | null | undefined,
    parseAs: string | undefined,
    serialize: Serialize,
  ): Promise<DirectResult> {
    const params = init?.params ?? {};
    const hasBody = init?.body !== undefined;
    const paramHeaders = params.header as HeadersOptions | undefined;
    // JSON is the default Content-Type of a body, lowest in priority (a null header value still removes it).
    const merged = mergeHeaders(hasBody ? jsonContentType : undefined, clientHeaders, headers, paramHeaders);
    const body = hasBody
      ? serialize(init!.body, serializerHeaders(merged, clientHeaders, headers, paramHeaders))
      : undefined;
    const requestInit: Record<string, unknown> = { redirect: "follow" };
    if (init) for (const key in init) if (!notForFetch.has(key)) requestInit[key] = init[key];
    requestInit.method = method;
    requestInit.body = body;
    requestInit.headers = merged;
    requestInit.signal = signal;
    const url = createFinalURL(path, { baseUrl: base, params, querySerializer, pathSerializer: defaultPathSerializer });
    const response = await transport(new PassThroughRequest(url, requestInit as RequestInit));
    return readResponse(response, method, parseAs ?? "json");
  };
}

/**
 * The headers openapi-fetch hands the body serializer: the call's own, without the JSON default. The serializer
 * reads only the Content-Type, and that differs from the merged one only when a header array was appended to
 * the default (`"application/json, …"`); only then are the headers merged a second time.
 */
function serializerHeaders(merged: Headers, ...sources: (HeadersOptions | undefined)[]): Headers {
  return merged.get("content-type")?.startsWith("application/json, ") ? mergeHeaders(...sources) : merged;
}

/** The answer as openapi-fetch's `coreFetch` returns it: `data` for a 2xx, `error` (JSON or text) otherwise. */
async function readResponse(response: Response, method: string, parseAs: string): Promise<DirectResult> {
  const contentLength = response.headers.get("Content-Length");
  if (
    response.status === 204 ||
    method === "HEAD" ||
    (contentLength === "0" && !response.headers.get("Transfer-Encoding")?.includes("chunked"))
  ) {
    return response.ok ? { data: undefined, response } : { error: undefined, response };
  }
  if (response.ok) {
    if (parseAs === "stream") return { data: response.body, response };
    if (parseAs === "json" && !contentLength) {
      const text = await response.text();
      return { data: text ? JSON.parse(text) : undefined, response };
    }
    return { data: await (response[parseAs as "text"] as () => Promise<unknown>).call(response), response };
  }
  let error: unknown = await response.text();
  try {
    error = JSON.parse(error as string);
  } catch {
    // Not JSON: the text itself, as openapi-fetch returns it.
  }
  return { error, response };
}
