/**
 * Telling a network failure apart from other TypeErrors (a bad header value also throws one). Rejections of
 * `fetch()` itself are marked here; a failure while the body streams in is a TypeError with a `cause` (undici's
 * "terminated" with the socket error), unlike argument errors, which have none.
 */
const fromFetch = /* @__PURE__ */ new WeakSet<object>();

/** Marks an error as a rejection of fetch itself; returns it, for `throw`. */
export function markNetworkError(error: unknown): unknown {
  if (typeof error === "object" && error !== null) fromFetch.add(error);
  return error;
}

/** `fetch`, with its rejections (and a synchronous throw, which a fetch of the caller's may do) marked for isNetworkError. */
export function withNetworkErrors(fetch: typeof globalThis.fetch): typeof globalThis.fetch {
  return async (request, init) => {
    try {
      return await fetch(request, init);
    } catch (error) {
      throw markNetworkError(error);
    }
  };
}

export function isNetworkError(error: unknown): boolean {
  return (
    (typeof error === "object" && error !== null && fromFetch.has(error)) ||
    (error instanceof TypeError && error.cause !== undefined)
  );
}
