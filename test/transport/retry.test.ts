// The backoff arithmetic, with the randomness and the clock passed in; the waits themselves on fake timers.
import { afterEach, describe, expect, it, vi } from "vitest";
import { resolveOptions } from "../../src/client/options.ts";
import { PassThroughRequest } from "../../src/transport/pass-through-request.ts";
import { parseRetryAfter, retryDelayMs, withRetries } from "../../src/transport/with-retries.ts";

const options = { retries: 5, baseDelayMs: 100, maxDelayMs: 1000 };
const answer = (headers: Record<string, string>) => new Response(null, { status: 503, headers });

describe("retryDelayMs", () => {
  it("is full jitter: a random share of base × 2^(attempt-1), capped by maxDelayMs", () => {
    expect([1, 2, 3, 4, 5].map((attempt) => retryDelayMs(attempt, undefined, options, () => 0.999999))).toEqual([
      99.9999, 199.9998, 399.9996, 799.9992, 999.999,
    ]);
    expect(retryDelayMs(3, undefined, options, () => 0)).toBe(0);
    expect(retryDelayMs(3, undefined, options, () => 0.5)).toBe(200);
  });

  it("follows Retry-After in seconds or as an HTTP date, capped by maxDelayMs", () => {
    const now = Date.parse("2025-05-20T10:00:00Z");
    expect(retryDelayMs(1, answer({ "Retry-After": "0" }), options, () => 0.9, now)).toBe(0);
    expect(retryDelayMs(1, answer({ "Retry-After": "1" }), { ...options, maxDelayMs: 5000 }, () => 0.9, now)).toBe(
      1000,
    );
    expect(retryDelayMs(1, answer({ "Retry-After": "120" }), options, () => 0.9, now)).toBe(1000);
    const inHalfASecond = new Date(now + 500).toUTCString(); // HTTP dates have whole seconds
    expect(retryDelayMs(1, answer({ "Retry-After": inHalfASecond }), options, () => 0.9, now)).toBe(0);
    const inThreeSeconds = "Tue, 20 May 2025 10:00:03 GMT";
    expect(
      retryDelayMs(1, answer({ "Retry-After": inThreeSeconds }), { ...options, maxDelayMs: 5000 }, () => 0.9, now),
    ).toBe(3000);
  });

  it("falls back to backoff when Retry-After is absent or unreadable", () => {
    expect(retryDelayMs(2, answer({ "Retry-After": "soon" }), options, () => 0.5)).toBe(100);
    expect(retryDelayMs(2, answer({}), options, () => 0.5)).toBe(100);
  });
});

describe("parseRetryAfter", () => {
  it.each([
    ["5", 5000],
    [" 5 ", 5000],
    ["Tue, 20 May 2025 10:00:10 GMT", 10_000],
    ["Tue, 20 May 2025 09:00:00 GMT", 0], // in the past: no wait
    ["-5", undefined],
    // Not HTTP-dates, though Date.parse reads them: every HTTP-date starts with the day's name.
    ["20 May 2025 10:00:10 GMT", undefined],
    ["X 20 May 2025 10:00:10 GMT", undefined],
    ["1.5", undefined],
    ["later", undefined],
  ])("%j → %j ms", (value, expected) => {
    expect(parseRetryAfter(value, Date.parse("2025-05-20T10:00:00Z"))).toBe(expected);
  });
});

describe("a Retry-After beyond maxDelayMs", () => {
  afterEach(() => vi.useRealTimers());

  it("waits maxDelayMs, never less, even at setTimeout's limit (a larger delay would fire after 1 ms)", async () => {
    vi.useFakeTimers();
    const limit = 2 ** 31 - 1;
    const options = resolveOptions({ baseUrl: "http://127.0.0.1:1", retry: { retries: 50, maxDelayMs: limit } }).retry!;
    let fetches = 0;
    const fetch = withRetries(async () => {
      fetches++;
      return new Response(null, { status: 503, headers: { "Retry-After": "3000000" } });
    }, options);
    const call = fetch(new PassThroughRequest("http://127.0.0.1:1/x", {}));
    await vi.advanceTimersByTimeAsync(limit - 1);
    expect(fetches).toBe(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(fetches).toBe(2);
    await vi.advanceTimersByTimeAsync(limit);
    expect(fetches).toBe(3);
    void call.catch(() => undefined);
    vi.clearAllTimers();
  });
});
