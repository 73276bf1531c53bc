/**
 * Opt-in retries: exponential backoff with full jitter, for network errors and 408/429/502/503/504 only.
 * The options are checked here, at client creation; the retrying itself (retrying-fetch.ts) is loaded on the
 * first call of a client that has retries on, so that apps which never retry (the default) never load it.
 */
import { markAsNetworkError } from "./network-errors.ts";

export interface RetryOptions {
  /** Retries after the first attempt (default 2, so at most 3 requests). */
  retries?: number;
  /** Backoff base: attempt n waits a random time in [0, min(maxDelayMs, baseDelayMs × 2^(n-1))) (default 300). */
  baseDelayMs?: number;
  /** Cap on any wait, a `Retry-After` included (default 10000). */
  maxDelayMs?: number;
}

export type ResolvedRetryOptions = Required<RetryOptions>;

const defaults: ResolvedRetryOptions = { retries: 2, baseDelayMs: 300, maxDelayMs: 10_000 };

/** `retry` as given to createCaliberClient; undefined when retries are off (the default). */
export function resolveRetryOptions(retry: boolean | RetryOptions | undefined): ResolvedRetryOptions | undefined {
  if (retry === undefined || retry === false) return undefined;
  const resolved = { ...defaults, ...(retry === true ? {} : retry) };
  for (const key of Object.keys(defaults) as (keyof RetryOptions)[]) {
    const value = resolved[key];
    if (!Number.isInteger(value) || value < 0) {
      throw new TypeError(`createCaliberClient: retry.${key} must be a whole number ≥ 0, got ${String(value)}`);
    }
  }
  return resolved;
}

type Fetch = (request: Request, init?: RequestInit) => Promise<Response>;

/** The one load of retrying-fetch.ts, shared by every client; forgotten if it fails, so a later call tries again. */
let loading: Promise<typeof import("./retrying-fetch.ts")> | undefined;

function loadRetryingFetch(): Promise<typeof import("./retrying-fetch.ts")> {
  loading ??= import("./retrying-fetch.ts").catch((error: unknown) => {
    loading = undefined;
    // Nothing was sent: to the caller this is a network failure (a browser could not fetch the chunk).
    return markAsNetworkError(error);
  });
  return loading;
}

/** A fetch that retries (createRetryingFetch), loading the retry code on its first call. */
export function lazilyRetryingFetch(fetch: Fetch, options: ResolvedRetryOptions): Fetch {
  let retrying: Fetch | undefined;
  return (request, init) =>
    retrying
      ? retrying(request, init)
      : loadRetryingFetch().then((module) => (retrying ??= module.createRetryingFetch(fetch, options))(request, init));
}
