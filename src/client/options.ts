import type { HeadersOptions } from "openapi-fetch";
import type { ResolvedRetryOptions, RetryOptions } from "../transport/with-retries.ts";
import { headerIssues } from "./header-check.ts";
import type { HeadersProvider } from "./headers.ts";

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
  /** Largest answer body read, in bytes after decompression (CaliberResponseTooLargeError past it). Default 16 MiB. */
  maxResponseBytes?: number;
  /** Largest request body written, in UTF-8 bytes (CaliberValidationError past it). Default 16 MiB. */
  maxRequestBytes?: number;
  /** Deepest nesting of objects and arrays in a request body (the body itself is 1). Default 64. */
  maxBodyDepth?: number;
  /** `"same-origin"` (default) follows redirects within the origin only; `"any-origin"` lets fetch follow all. */
  redirects?: RedirectPolicy;
}

export type RedirectPolicy = "same-origin" | "any-origin";

/** The options once checked, with their defaults filled in. */
export interface ResolvedOptions {
  baseUrl: string;
  /** Static headers, sent with every request. */
  headers: HeadersOptions | undefined;
  /** A headers function, called for each request. */
  headersProvider: HeadersProvider | undefined;
  fetch: typeof globalThis.fetch | undefined;
  timeoutMs: number;
  /** Undefined when retries are off (the default). */
  retry: ResolvedRetryOptions | undefined;
  validate: boolean;
  throwOnError: boolean;
  maxResponseBytes: number;
  maxRequestBytes: number;
  maxBodyDepth: number;
  redirects: RedirectPolicy;
}

/** setTimeout's limit, 2 ** 31 - 1 (written out: bundlers keep an unused `**`); a larger delay would fire at once. */
const maxTimeoutMs = 2_147_483_647;
/** Default of both size limits: far above any body of this API, far below what exhausts a process. */
const defaultMaxBytes = 16 * 1024 * 1024;
/** Deep enough for any body the API documents; far below where a writer's recursion would run out of stack. */
const defaultMaxBodyDepth = 64;
const maxBodyDepthLimit = 1000;

const retryDefaults: ResolvedRetryOptions = { retries: 2, baseDelayMs: 300, maxDelayMs: 10_000 };

/** Every option, so that a misspelled one (`retries`) is refused instead of silently doing nothing. */
const optionNames: readonly (keyof CaliberClientOptions)[] = [
  "baseUrl",
  "headers",
  "fetch",
  "timeoutMs",
  "retry",
  "validate",
  "throwOnError",
  "maxResponseBytes",
  "maxRequestBytes",
  "maxBodyDepth",
  "redirects",
];

const fail = (message: string): never => {
  throw new TypeError(`createCaliberClient: ${message}`);
};

/**
 * createCaliberClient's options, checked once at creation so that a bad one fails there and not at the first
 * call. TypeScript catches most of these; JavaScript callers and casts get a TypeError naming the option.
 */
export function resolveOptions(options: CaliberClientOptions): ResolvedOptions {
  if (typeof options !== "object" || options === null) fail("pass an options object such as { baseUrl }");
  checkNames(options, optionNames, "");
  const { headers, fetch, validate, throwOnError } = options;
  if (headers !== undefined && typeof headers !== "function" && (typeof headers !== "object" || headers === null)) {
    fail(`headers must be an object or a function that returns one, got ${describe(headers)}`);
  }
  const headersProvider = typeof headers === "function" ? headers : undefined;
  const staticHeaders = headersProvider ? undefined : (headers as HeadersOptions | undefined);
  const [badHeader] = headerIssues(staticHeaders, "headers");
  if (badHeader) fail(`${badHeader.path} ${badHeader.message}`);
  if (fetch !== undefined && typeof fetch !== "function") fail(`fetch must be a function, got ${describe(fetch)}`);
  return {
    baseUrl: checkBaseUrl(options.baseUrl),
    headers: staticHeaders,
    headersProvider,
    fetch,
    timeoutMs: checkTimeoutMs(options.timeoutMs ?? 30_000),
    retry: resolveRetry(options.retry),
    validate: validate === undefined ? true : checkBoolean("validate", validate),
    throwOnError: throwOnError === undefined ? false : checkBoolean("throwOnError", throwOnError),
    maxResponseBytes: checkMaxBytes("maxResponseBytes", options.maxResponseBytes),
    maxRequestBytes: checkMaxBytes("maxRequestBytes", options.maxRequestBytes),
    maxBodyDepth: checkMaxBodyDepth(options.maxBodyDepth),
    redirects: checkRedirects(options.redirects),
  };
}

function checkNames(given: object, known: readonly string[], prefix: string): void {
  for (const name of Object.keys(given)) {
    if (!known.includes(name)) fail(`unknown option ${prefix}${name}; the options are ${known.join(", ")}`);
  }
}

function checkBoolean(name: string, value: unknown): boolean {
  return typeof value === "boolean" ? value : fail(`${name} must be true or false, got ${describe(value)}`);
}

/** What a wrong value was, without repeating a string (it may be a secret). */
function describe(value: unknown): string {
  return value === null ? "null" : Array.isArray(value) ? "an array" : `a ${typeof value}`;
}

/** A wrong number as it is; anything else by its kind only. */
function shown(value: unknown): string {
  return typeof value === "number" ? String(value) : describe(value);
}

/**
 * `baseUrl`, refused when it cannot be right: not http(s), or with credentials in it (they would leak into logs,
 * and fetch refuses them anyway). The message never repeats the URL, since it may hold a password.
 */
function checkBaseUrl(baseUrl: unknown): string {
  if (typeof baseUrl !== "string") return fail("baseUrl must be a string such as https://host/CAPI2_Vision");
  let url: URL;
  try {
    url = new URL(baseUrl);
  } catch {
    return fail("baseUrl is not an absolute URL; pass one such as https://host/CAPI2_Vision");
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") {
    fail(`baseUrl must use http or https, not ${url.protocol.slice(0, -1)}`);
  }
  if (url.username !== "" || url.password !== "") {
    fail("baseUrl must not contain a user name or password; send credentials in the headers option instead");
  }
  // openapi-fetch appends the path to the string: a query or fragment would end up in front of it.
  if (/[?#]/.test(url.href)) fail("baseUrl must not have a query (?) or a fragment (#); pass query values as params");
  return baseUrl;
}

/** A whole number of ms from 1 to 2^31-1, or 0 for no timeout. */
function checkTimeoutMs(timeoutMs: unknown): number {
  if (Number.isInteger(timeoutMs) && (timeoutMs as number) >= 0 && (timeoutMs as number) <= maxTimeoutMs) {
    return timeoutMs as number;
  }
  return fail(`timeoutMs must be a whole number of milliseconds from 0 (no timeout) to ${maxTimeoutMs}`);
}

function resolveRetry(retry: unknown): ResolvedRetryOptions | undefined {
  if (retry === undefined || retry === false) return undefined;
  if (retry !== true && (typeof retry !== "object" || retry === null || Array.isArray(retry))) {
    fail(`retry must be true, false or an object such as { retries: 3 }, got ${describe(retry)}`);
  }
  const keys = Object.keys(retryDefaults) as (keyof RetryOptions)[];
  if (retry !== true) checkNames(retry as object, keys, "retry.");
  const resolved = { ...retryDefaults, ...(retry === true ? {} : (retry as RetryOptions)) };
  for (const key of keys) {
    const value = resolved[key];
    if (!Number.isInteger(value) || value < 0) fail(`retry.${key} must be a whole number ≥ 0, got ${String(value)}`);
    // A delay past setTimeout's limit would fire at once (Node warns and waits 1 ms).
    if (key !== "retries" && value > maxTimeoutMs) fail(`retry.${key} must be at most ${maxTimeoutMs} ms`);
  }
  return resolved;
}

/** A whole number of bytes ≥ 1, or Infinity for no limit. */
function checkMaxBytes(name: string, value: unknown): number {
  if (value === undefined) return defaultMaxBytes;
  if (value === Infinity || (Number.isInteger(value) && (value as number) >= 1)) return value as number;
  return fail(`${name} must be a whole number of bytes ≥ 1, or Infinity for no limit, got ${shown(value)}`);
}

function checkMaxBodyDepth(value: unknown): number {
  if (value === undefined) return defaultMaxBodyDepth;
  if (Number.isInteger(value) && (value as number) >= 1 && (value as number) <= maxBodyDepthLimit) {
    return value as number;
  }
  return fail(`maxBodyDepth must be a whole number from 1 to ${maxBodyDepthLimit}, got ${shown(value)}`);
}

function checkRedirects(value: unknown): RedirectPolicy {
  if (value === undefined) return "same-origin";
  if (value === "same-origin" || value === "any-origin") return value;
  return fail(`redirects must be "same-origin" or "any-origin", got ${describe(value)}`);
}
