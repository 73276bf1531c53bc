import type { Fetch } from "./fetch.ts";
import { markNetworkError } from "./network-errors.ts";
import { initRefusal } from "./refused-init.ts";

/** Made on first use: workerd refuses `new AbortController()` at module scope, and loading should start nothing. */
let neverAborted: AbortSignal | undefined;

/**
 * A stand-in for the `Request` openapi-fetch builds for every call. It keeps the URL and `init`, and the client's
 * fetch calls `fetch(url, init)` with them, so the only `Request` built is the one inside `fetch` (a second one
 * was the largest cost per call: BENCHMARKS.md). Used only where nothing else sees the request (no middleware)
 * and the body is one openapi-fetch serialized (a string or FormData, so it can be sent again).
 */
export class PassThroughRequest {
  readonly url: string;
  readonly init: RequestInit;
  /** What openapi-fetch (`method`) and the retrying fetch (`signal`, `clone()`) read. */
  readonly method: string;
  readonly signal: AbortSignal;

  constructor(url: string, init: RequestInit) {
    this.url = url;
    this.init = init;
    this.method = init.method ?? "GET";
    this.signal = init.signal ?? (neverAborted ??= new AbortController().signal);
  }

  clone(): PassThroughRequest {
    return new PassThroughRequest(this.url, this.init);
  }
}

/**
 * The client's fetch. A real `Request` goes to `markedFetch`; a PassThroughRequest (made only when the global
 * fetch is the one to send with) goes to the global fetch as `(url, init)`.
 * fetch rejects an init it refuses and a failed connection alike with a TypeError (in browsers, neither has a
 * `cause`): a TypeError is told apart by building the Request fetch would have built, on that failure path only.
 */
export function withPassThrough(markedFetch: typeof globalThis.fetch): Fetch {
  return (request, init) => {
    if (!(request instanceof PassThroughRequest)) return markedFetch(request, init);
    // openapi-fetch passes no `init` here: createCaliberClient sets no `requestInitExt`. Looked up at each
    // call, so that a fetch installed after the client was made (MSW's setupServer, a test's stub) is used.
    return globalThis.fetch(request.url, request.init).catch((error: unknown) => {
      if (!(error instanceof TypeError)) throw error;
      throw initRefusal(request.url, request.init) ?? markNetworkError(error);
    });
  };
}
