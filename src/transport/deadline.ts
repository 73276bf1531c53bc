/**
 * A per-call deadline: one timer, started when the call starts (not when the client is created, unlike a
 * client-level signal, openapi-fetch#2567), cleared when the call settles so no timer outlives it. Joined with
 * the caller's own `signal`, if any. An object with `handleEvent` is its own abort listener, so a call
 * allocates no closures for this.
 */
export class Deadline {
  readonly #controller = new AbortController();
  readonly #callerSignal: AbortSignal | undefined;
  readonly #timer: ReturnType<typeof setTimeout>;
  /** True once `timeoutMs` has passed. */
  timedOut = false;

  constructor(
    readonly timeoutMs: number,
    callerSignal: AbortSignal | null | undefined,
  ) {
    if (callerSignal) {
      this.#callerSignal = callerSignal;
      if (callerSignal.aborted) this.#controller.abort(callerSignal.reason);
      else callerSignal.addEventListener("abort", this, { once: true });
    }
    this.#timer = setTimeout(expire, timeoutMs, this);
  }

  /** Aborts when the caller's signal aborts or the time is up, whichever comes first. */
  get signal(): AbortSignal {
    return this.#controller.signal;
  }

  /** The caller's signal aborted: pass its reason on unchanged. */
  handleEvent(): void {
    this.#controller.abort(this.#callerSignal!.reason);
  }

  expire(): void {
    this.timedOut = true;
    this.#controller.abort(new DOMException(`timed out after ${this.timeoutMs} ms`, "TimeoutError"));
  }

  clear(): void {
    clearTimeout(this.#timer);
    this.#callerSignal?.removeEventListener("abort", this);
  }
}

function expire(deadline: Deadline): void {
  deadline.expire();
}
