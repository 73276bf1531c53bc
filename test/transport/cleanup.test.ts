// Nothing a call starts outlives it: the deadline's timer and the waits between retries are cleared, and no listener
// stays on the caller's signal (a signal reused for every call would otherwise collect one per call). Fake timers
// show what is still pending; test/client/process-exit.e2e.test.ts shows the same for a whole process.
import { getEventListeners } from "node:events";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { Deadline } from "../../src/transport/deadline.ts";
import type { Fetch } from "../../src/transport/fetch.ts";
import { PassThroughRequest } from "../../src/transport/pass-through-request.ts";
import { withRetries } from "../../src/transport/with-retries.ts";

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

const listenersOf = (signal: AbortSignal) => getEventListeners(signal, "abort");

describe("Deadline", () => {
  it("aborts its signal with a TimeoutError once the time is up", () => {
    const deadline = new Deadline(1000, undefined);
    vi.advanceTimersByTime(999);
    expect(deadline.signal.aborted).toBe(false);
    vi.advanceTimersByTime(1);
    expect(deadline.timedOut).toBe(true);
    expect(deadline.signal.reason).toMatchObject({ name: "TimeoutError", message: "timed out after 1000 ms" });
  });

  it("cleared, it keeps no timer and no listener on the caller's signal, and never fires", () => {
    const caller = new AbortController();
    const deadline = new Deadline(60_000, caller.signal);
    expect(listenersOf(caller.signal)).toHaveLength(1);
    deadline.clear();
    expect(vi.getTimerCount()).toBe(0);
    expect(listenersOf(caller.signal)).toEqual([]);
    vi.advanceTimersByTime(60_000);
    expect(deadline.signal.aborted).toBe(false);
    expect(deadline.timedOut).toBe(false);
  });

  it("passes the caller's abort reason on unchanged, whether it comes before or during the call", () => {
    const reason = new Error("the user navigated away");
    const during = new AbortController();
    const deadline = new Deadline(60_000, during.signal);
    during.abort(reason);
    expect(deadline.signal.reason).toBe(reason);
    expect(deadline.timedOut).toBe(false);

    const before = new Deadline(60_000, AbortSignal.abort(reason));
    expect(before.signal.reason).toBe(reason);
  });
});

describe("withRetries", () => {
  const options = { retries: 3, baseDelayMs: 1000, maxDelayMs: 1000 };
  const networkError = () => new TypeError("fetch failed");

  // The client's own stand-in for a Request: a real Request would add a listener of undici's to the signal.
  /** A transport that counts its attempts; every attempt fails as `fail` says. */
  function attemptsOf(fail: () => Promise<Response>) {
    let attempts = 0;
    const fetch: Fetch = () => {
      attempts += 1;
      return fail();
    };
    return { fetch, attempts: () => attempts };
  }

  it("after the last attempt fails, no wait is pending and no listener is left on the signal", async () => {
    const caller = new AbortController();
    const transport = attemptsOf(() => Promise.reject(networkError()));
    const call = withRetries(
      transport.fetch,
      options,
    )(new PassThroughRequest("http://127.0.0.1/", { signal: caller.signal }));
    const outcome = call.catch((error: unknown) => error);
    await vi.runAllTimersAsync();
    expect(await outcome).toBeInstanceOf(TypeError);
    expect(transport.attempts()).toBe(4);
    expect(vi.getTimerCount()).toBe(0);
    expect(listenersOf(caller.signal)).toEqual([]);
  });

  it("an abort during a wait ends the call with the abort's reason and clears the wait", async () => {
    const caller = new AbortController();
    const transport = attemptsOf(() =>
      Promise.resolve(new Response("busy", { status: 503, headers: { "Retry-After": "1" } })),
    );
    const call = withRetries(
      transport.fetch,
      options,
    )(new PassThroughRequest("http://127.0.0.1/", { signal: caller.signal }));
    const outcome = call.catch((error: unknown) => error);
    await vi.advanceTimersByTimeAsync(0);
    expect(transport.attempts()).toBe(1);
    const reason = new Error("gave up");
    caller.abort(reason);
    expect(await outcome).toBe(reason);
    expect(vi.getTimerCount()).toBe(0);
    expect(transport.attempts()).toBe(1);
  });
});
