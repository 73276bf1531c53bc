import createClient, { createQuerySerializer, type HeadersOptions } from "openapi-fetch";
import type { paths } from "../../generated/openapi.ts";
import { requestValidators } from "../../generated/validators.ts";
import { checkBaseUrl } from "./base-url.ts";
import { CaliberError, CaliberNetworkError, CaliberTimeoutError, CaliberValidationError } from "../errors.ts";
import { hasXmlBody } from "../../generated/body-formats.ts";
import { createBodySerializer, loadBodyFormat } from "../formats/serialize-body.ts";
import { contentTypeOf, withProvidedHeaders, type HeadersProvider } from "./headers.ts";
import { headerIssues } from "./header-check.ts";
import { createHttpError } from "./http-error.ts";
import { isNetworkError, markingNetworkErrors } from "../transport/network-errors.ts";
import { passingThrough, PassThroughRequest } from "../transport/pass-through-request.ts";
import { parseResponseData } from "./response-body.ts";
import { resolveRetryOptions, type RetryOptions } from "../transport/retry.ts";
import { createRetryingFetch } from "../transport/retrying-fetch.ts";
import type { StrictClient } from "./strict-client.ts";
import { checkTimeoutMs, Deadline } from "../transport/deadline.ts";
import { validateRequest } from "../validation/validate-request.ts";

export interface CaliberClientOptions {
  /** The deployment's base URL, base path included: `https://host/CAPI2_Vision` (a trailing slash is fine). */
  baseUrl: string;
  /** Headers sent with every request: an object, or a function called for each request (a token provider). */
  headers?: HeadersOptions | HeadersProvider;
  /** A `fetch` to use instead of the global one. */
  fetch?: typeof globalThis.fetch;
  /** Time allowed per call, retries included, until the body is read; 0 turns it off. Default 30000. */
  timeoutMs?: number;
  /** Retry network errors and 408/429/502/503/504. Off by default: a PATCH may not be idempotent. */
  retry?: boolean | RetryOptions;
  /** Validate params and body against the spec before sending. Default true. */
  validate?: boolean;
  /** Throw CaliberHttpError for a non-2xx answer instead of returning `{ error, response }`. Default false. */
  throwOnError?: boolean;
}

/**
 * An openapi-fetch client typed by the spec: `client.PATCH("/api/v2/clientcontact/{clientContactId}/phone", …)`.
 * `CaliberClient<true>` is one made with `throwOnError: true`: what its calls return has no `error`.
 */
export type CaliberClient<ThrowOnError extends boolean = false> = StrictClient<paths, ThrowOnError>;

/** The parts of a call's `init` this wrapper reads; the rest goes to openapi-fetch untouched. */
interface CallInit {
  params?: { header?: unknown };
  middleware?: unknown[];
  body?: unknown;
  headers?: HeadersOptions;
  signal?: AbortSignal | null;
  parseAs?: string;
  bodySerializer?: unknown;
  querySerializer?: unknown;
  pathSerializer?: unknown;
  baseUrl?: string;
  fetch?: unknown;
  Request?: unknown;
  [requestInit: string]: unknown;
}

interface CallResult {
  data?: unknown;
  error?: unknown;
  response: Response;
}

const serializeAnyBody = createBodySerializer();
/** Per operation of the spec, made once: its body serializer knows whether the operation has an XML shape. */
const bodySerializers = new Map(
  Object.entries(hasXmlBody).map(([operation, xml]) => [
    operation,
    { xml, serialize: createBodySerializer(operation, xml) },
  ]),
);

const methods = ["GET", "PUT", "POST", "DELETE", "OPTIONS", "HEAD", "PATCH", "TRACE"] as const;

/**
 * openapi-fetch, with each call going through `send`: validate, add the provided headers, start the deadline,
 * then openapi-fetch's `request` serializes the body (serializeBody) and fetches (with retries when enabled), and
 * failures become named errors. Options are checked here, once, so a bad one fails at creation and not at the
 * first call.
 */
export function createCaliberClient<ThrowOnError extends boolean = false>(
  options: CaliberClientOptions & { throwOnError?: ThrowOnError },
): CaliberClient<ThrowOnError> {
  const baseUrl = checkBaseUrl(options.baseUrl);
  const timeoutMs = checkTimeoutMs(options.timeoutMs ?? 30_000);
  const retry = resolveRetryOptions(options.retry);
  const provider = typeof options.headers === "function" ? options.headers : undefined;
  const clientHeaders = provider ? undefined : (options.headers as HeadersOptions | undefined);
  const [badHeader] = headerIssues(clientHeaders, "headers");
  if (badHeader) throw new TypeError(`createCaliberClient: ${badHeader.path} ${badHeader.message}`);
  const validate = options.validate !== false;
  const throwOnError = options.throwOnError === true;
  const fetch = passingThrough(markingNetworkErrors(options.fetch ?? globalThis.fetch), options.fetch);
  const transport = retry ? (createRetryingFetch(fetch as never, retry) as typeof fetch) : fetch;
  const core = createClient<paths>({
    baseUrl,
    headers: clientHeaders,
    bodySerializer: serializeAnyBody,
    // A function is used as is; given nothing, openapi-fetch would make a serializer on every call.
    querySerializer: createQuerySerializer(),
    fetch: transport as typeof globalThis.fetch,
  });
  // Mirrors openapi-fetch's own list (use pushes, eject removes one): middleware must get real Requests.
  const middleware: unknown[] = [];

  async function send(method: string, path: string, init: CallInit | undefined): Promise<CallResult> {
    const operation = `${method} ${path}`;
    if (init?.headers || init?.params?.header) checkCallHeaders(operation, init);
    if (validate) validateRequest(requestValidators[path]?.[method.toLowerCase()], operation, init, clientHeaders);
    const headers = provider ? await withProvidedHeaders(provider, init?.headers, operation) : init?.headers;
    const bodyFormat = bodySerializers.get(operation);
    if (init?.body !== undefined) {
      const loading = loadBodyFormat(bodyFormat?.xml, () =>
        contentTypeOf(clientHeaders, headers, init.params?.header as HeadersOptions),
      );
      // A chunk that cannot be fetched is a network failure before anything was sent.
      if (loading) await loading.catch((error: unknown) => Promise.reject(new CaliberNetworkError(operation, error)));
    }
    // A 2xx JSON body is read as text and parsed here, so malformed JSON becomes a named error.
    const parseJson = init?.parseAs === undefined || init.parseAs === "json";
    const deadline = timeoutMs > 0 ? new Deadline(timeoutMs, init?.signal) : undefined;
    const signal = deadline ? deadline.signal : init?.signal;
    const parseAs = parseJson ? "text" : init.parseAs;
    try {
      const result = (await core.request(
        method as "patch",
        path as never,
        {
          ...init,
          headers,
          signal,
          parseAs,
          bodySerializer: init?.bodySerializer ?? bodyFormat?.serialize,
          Request: passThrough(init) ? PassThroughRequest : init?.Request,
        } as never,
      )) as CallResult;
      const { response } = result;
      if (!response.ok) {
        if (throwOnError) throw createHttpError(operation, response, result.error);
        return result;
      }
      return parseJson ? { data: parseResponseData(result.data as string, response, operation), response } : result;
    } catch (error) {
      throw namedError(error, operation, deadline, init?.signal);
    } finally {
      deadline?.clear();
    }
  }

  /**
   * True when only the client's own fetch will see the request and its body is a serialized string or FormData:
   * no middleware, and no `bodySerializer`, `fetch` or `Request` of the call's own.
   */
  function passThrough(init: CallInit | undefined): boolean {
    return (
      middleware.length === 0 &&
      !init?.middleware?.length &&
      init?.bodySerializer === undefined &&
      init?.fetch === undefined &&
      init?.Request === undefined
    );
  }

  const client: Record<string, unknown> = {
    ...core,
    use: (...added: Parameters<typeof core.use>) => {
      for (const m of added) {
        core.use(m);
        if (m) middleware.push(m);
      }
    },
    eject: (...removed: Parameters<typeof core.eject>) => {
      core.eject(...removed);
      for (const m of removed) if (middleware.includes(m)) middleware.splice(middleware.indexOf(m), 1);
    },
    request: (method: string, path: string, init?: CallInit) => send(method.toUpperCase(), path, init),
  };
  for (const method of methods) client[method] = (path: string, init?: CallInit) => send(method, path, init);
  return client as unknown as CaliberClient<ThrowOnError>;
}

/** Header names and values fetch would refuse, refused first with the header named; nothing is sent. */
function checkCallHeaders(operation: string, init: CallInit): void {
  const issues = [
    ...headerIssues(init.headers, "headers"),
    ...headerIssues(init.params?.header as HeadersOptions | undefined, "params.header"),
  ];
  if (issues.length > 0) throw new CaliberValidationError(operation, issues);
}

/** A timeout or a network failure as a named error; the caller's own abort and everything else unchanged. */
function namedError(
  error: unknown,
  operation: string,
  deadline: Deadline | undefined,
  callerSignal: AbortSignal | null | undefined,
): unknown {
  if (error instanceof CaliberError) return error;
  if (deadline?.timedOut) return new CaliberTimeoutError(operation, deadline.timeoutMs);
  if (callerSignal?.aborted) return error;
  if (isNetworkError(error)) return new CaliberNetworkError(operation, error);
  return error;
}
