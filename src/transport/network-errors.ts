/**
 * Telling a network failure apart from other TypeErrors (a bad header value also throws one). Rejections of
 * `fetch()` itself are marked here; a failure while the body streams in is a TypeError with a `cause` (undici's
 * "terminated" with the socket error), unlike argument errors, which have none.
 */
const fromFetch = new WeakSet<object>();

/** `fetch`, with its rejections marked for isNetworkError. */
export function withNetworkErrors(fetch: typeof globalThis.fetch): typeof globalThis.fetch {
  return (request, init) =>
    fetch(request, init).catch((error: unknown) => {
      if (typeof error === "object" && error !== null) fromFetch.add(error);
      throw error;
    });
}

export function isNetworkError(error: unknown): boolean {
  return (
    (typeof error === "object" && error !== null && fromFetch.has(error)) ||
    (error instanceof TypeError && error.cause !== undefined)
  );
}
