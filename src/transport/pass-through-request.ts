/**
 * openapi-fetch builds a `Request` for every call and hands it to `fetch`, which builds a second one from it:
 * the URL is parsed twice, the body extracted twice, and each copy makes an AbortSignal that follows the call's
 * signal. Profiles show that first `Request` costs more than openapi-fetch's own work. This stand-in keeps the
 * URL and `init` as openapi-fetch made them, and the client's fetch calls `fetch(url, init)` with them, so the
 * only `Request` built is the one inside `fetch`. The client uses it only where nothing else sees the request
 * (no middleware) and the body is one openapi-fetch serialized (a string or FormData, so it can be sent again).
 */
const neverAborted = new AbortController().signal;

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
    this.signal = init.signal ?? neverAborted;
  }

  clone(): PassThroughRequest {
    return new PassThroughRequest(this.url, this.init);
  }

  /** A real `Request`, for a `fetch` given in the options: it gets what it always got. */
  toRequest(): Request {
    return new Request(this.url, this.init);
  }
}

type Fetch = (request: Request | PassThroughRequest, init?: RequestInit) => Promise<Response>;

/**
 * The client's fetch. A real `Request` goes to `markedFetch` as before; a PassThroughRequest goes to a `fetch`
 * given in the options as a real `Request` (what it always got), or else to the global fetch as `(url, init)`.
 * That last call is not marked: undici's network errors carry a `cause`, which isNetworkError recognizes, and
 * an argument error must stay a plain TypeError, as when openapi-fetch's `new Request` threw it.
 */
export function passingThrough(
  markedFetch: (request: Request, init?: RequestInit) => Promise<Response>,
  givenFetch: typeof globalThis.fetch | undefined,
): Fetch {
  const globalFetch = globalThis.fetch;
  return (request, init) => {
    if (!(request instanceof PassThroughRequest)) return markedFetch(request, init);
    if (givenFetch) return markedFetch(request.toRequest(), init);
    // openapi-fetch passes no `init` here: createCaliberClient sets no `requestInitExt`.
    return globalFetch(request.url, request.init);
  };
}
