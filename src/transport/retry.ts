/**
 * Opt-in retries: exponential backoff with full jitter, for network errors and 408/429/502/503/504 only.
 * The options are checked here, at client creation; retrying-fetch.ts does the retrying.
 */

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
