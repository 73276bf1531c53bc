import type { Fetch } from "./fetch.ts";

/** Opt-in retries: exponential backoff with full jitter, for network errors and 408/429/502/503/504 only. */
export interface RetryOptions {
  /** Retries after the first attempt (default 2, so at most 3 requests). */
  retries?: number;
  /** Backoff base: attempt n waits a random time in [0, min(maxDelayMs, baseDelayMs × 2^(n-1))) (default 300). */
  baseDelayMs?: number;
  /** Cap on any wait, a `Retry-After` included (default 10000). */
  maxDelayMs?: number;
}

export type ResolvedRetryOptions = Required<RetryOptions>;

/** Statuses that say "try again later"; every other 4xx and 5xx is final. */
export const retryStatuses: ReadonlySet<number> = /* @__PURE__ */ new Set([408, 429, 502, 503, 504]);

/**
 * How long to wait before retry number `attempt` (1 for the first retry). `Retry-After` (seconds or an HTTP
 * date) wins when present and valid; otherwise full jitter. Either way capped by `maxDelayMs`.
 */
export function retryDelayMs(
  attempt: number,
  response: Response | undefined,
  options: ResolvedRetryOptions,
  random: () => number = Math.random,
  now: number = Date.now(),
): number {
  const retryAfter = response === undefined ? undefined : parseRetryAfter(response.headers.get("retry-after"), now);
  const wanted = retryAfter ?? random() * Math.min(options.maxDelayMs, options.baseDelayMs * 2 ** (attempt - 1));
  return Math.min(options.maxDelayMs, Math.max(0, wanted));
}

/** `Retry-After: 120` or `Retry-After: Wed, 21 Oct 2015 07:28:00 GMT`, in ms from `now`; undefined if absent or invalid. */
export function parseRetryAfter(value: string | null, now: number): number | undefined {
  if (value === null) return undefined;
  const text = value.trim();
  if (/^\d+$/.test(text)) return Number(text) * 1000;
  // Every HTTP-date form starts with the day's name; Date.parse alone would take "-5" or "1.5" as dates.
  const date = /^[A-Za-z]{3}/.test(text) ? Date.parse(text) : Number.NaN;
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

/**
 * A fetch that retries. The request is cloned only for attempts that may be followed by another one, and a
 * response that is retried has its body cancelled so the connection is freed. Waits end early when the
 * request's signal (the call's deadline or the caller's signal) aborts.
 */
export function withRetries(fetch: Fetch, options: ResolvedRetryOptions): Fetch {
  return async function retryingFetch(request, init) {
    for (let attempt = 1; ; attempt++) {
      const last = attempt > options.retries;
      let response: Response;
      try {
        response = await fetch(last ? request : request.clone(), init);
      } catch (error) {
        // A TypeError is fetch's network error; an abort (deadline or caller) is never retried.
        if (last || request.signal.aborted || !(error instanceof TypeError)) throw error;
        await sleep(retryDelayMs(attempt, undefined, options), request.signal);
        continue;
      }
      if (last || !retryStatuses.has(response.status)) return response;
      await response.body?.cancel();
      await sleep(retryDelayMs(attempt, response, options), request.signal);
    }
  };
}

function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal.aborted) return reject(signal.reason);
    const onAbort = (): void => {
      clearTimeout(timer);
      reject(signal.reason);
    };
    const timer = setTimeout(() => {
      signal.removeEventListener("abort", onAbort);
      resolve();
    }, ms);
    signal.addEventListener("abort", onAbort, { once: true });
  });
}
