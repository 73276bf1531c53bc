/**
 * Telling a network failure apart from other TypeErrors (a bad header value also throws one). Rejections of
 * `fetch()` itself are marked here; a failure while the body streams in is a TypeError with a `cause` (undici's
 * "terminated" with the socket error), unlike argument errors, which have none.
 */
const fromFetch = new WeakSet<object>();

/** Rethrows `error` marked as a network failure: no request was sent, for want of the network. */
export function markAsNetworkError(error: unknown): never {
  if (typeof error === "object" && error !== null) fromFetch.add(error);
  throw error;
}

type Fetch = (request: Request, init?: RequestInit) => Promise<Response>;

/** `fetch`, with its rejections marked for isNetworkError. */
export function markingNetworkErrors(fetch: Fetch): Fetch {
  return (request, init) => fetch(request, init).catch(markAsNetworkError);
}

export function isNetworkError(error: unknown): boolean {
  return (
    (typeof error === "object" && error !== null && fromFetch.has(error)) ||
    (error instanceof TypeError && error.cause !== undefined)
  );
}
