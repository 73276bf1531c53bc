import type { Fetch } from "./fetch.ts";
import { loadRedirectFollower } from "./load-redirect-follower.ts";
import { PartNotLoaded } from "./part-not-loaded.ts";
import { PassThroughRequest } from "./pass-through-request.ts";

/**
 * A redirect the transport did not follow. client/response.ts turns it into CaliberRedirectError, which names the
 * operation.
 */
export class RedirectRefused extends Error {
  constructor(
    readonly status: number,
    readonly targetOrigin: string | undefined,
    readonly reason: string,
  ) {
    super(reason);
  }
}

const redirectStatuses: ReadonlySet<number> = new Set([301, 302, 303, 307, 308]);

const followerNotLoaded = "the code that follows a redirect could not be loaded, so the redirect was not followed";

/**
 * A fetch that follows redirects only within the request's origin. fetch's own `redirect: "follow"` sends the
 * caller's headers (all but Authorization, Cookie and Proxy-Authorization) and, on a 307 or 308, the body to any
 * origin a server names; so requests go out with `redirect: "manual"` and the redirects are followed by
 * redirect-follower.ts, loaded on the first redirect (most calls get none), by fetch's rules for the method and
 * body. A redirect to another origin, and one a browser hides (`opaqueredirect`: it gives code no Location), is
 * refused with its body cancelled, and nothing more is sent. A request whose `redirect` is not "follow"
 * (openapi-fetch's default) was set by the caller and goes as it is.
 */
export function withSameOriginRedirects(fetch: Fetch): Fetch {
  return async (request, init) => {
    if (redirectMode(request) !== "follow") return fetch(request, init);
    // A real Request's body is a stream, read once: a spare copy is kept for a 307 or 308.
    const spare = request instanceof Request ? request.clone() : undefined;
    const current = manual(request);
    const response = await fetch(current, init);
    if (!isRedirect(response)) return response;
    // The follower imports nothing of this module (esbuild would split a shared chunk off the entry): it is given
    // what it needs.
    const follower = await loadRedirectFollower().catch((error: unknown) => {
      throw new PartNotLoaded(followerNotLoaded, error);
    });
    return follower.followRedirects(
      fetch,
      init,
      { current, spare, response },
      {
        isRedirect,
        RedirectRefused,
        PassThroughRequest,
      },
    );
  };
}

/** A redirect to follow or refuse; any other answer (a 3xx without Location too, as fetch returns it) is returned. */
function isRedirect(response: Response): boolean {
  if (response.type === "opaqueredirect") return true;
  return redirectStatuses.has(response.status) && response.headers.get("location") !== null;
}

function redirectMode(request: Request | PassThroughRequest): RequestRedirect {
  return request instanceof PassThroughRequest ? (request.init.redirect ?? "follow") : request.redirect;
}

function manual(request: Request | PassThroughRequest): Request | PassThroughRequest {
  if (request instanceof PassThroughRequest) {
    return new PassThroughRequest(request.url, { ...request.init, redirect: "manual" });
  }
  // Keys of the caller's own that openapi-fetch put on the Request (a fetch of theirs reads them) go along.
  // (String keys only: undici keeps a Request's own state under symbols.)
  const copy = new Request(request, { redirect: "manual" });
  for (const key of Object.keys(request))
    (copy as unknown as Record<string, unknown>)[key] = (request as unknown as Record<string, unknown>)[key];
  return copy;
}
