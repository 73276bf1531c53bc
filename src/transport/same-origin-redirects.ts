import type { Fetch } from "./fetch.ts";
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

/** As many as fetch follows before it gives up (the Fetch standard's limit). */
export const maxRedirects = 20;

const redirectStatuses: ReadonlySet<number> = new Set([301, 302, 303, 307, 308]);
/** Headers that describe a body: dropped with it when a redirect turns the request into a GET (as fetch does). */
const bodyHeaders = ["content-encoding", "content-language", "content-location", "content-type"];

/**
 * A fetch that follows redirects only within the request's origin. fetch's own `redirect: "follow"` sends the
 * caller's headers (all but Authorization, Cookie and Proxy-Authorization) and, on a 307 or 308, the body to any
 * origin a server names; so requests go out with `redirect: "manual"` and the redirects are followed here, by
 * fetch's rules for the method and body. A redirect to another origin, and one a browser hides
 * (`opaqueredirect`: it gives code no Location), is refused with its body cancelled, and nothing more is sent. A
 * request whose `redirect` is not "follow" (openapi-fetch's default) was set by the caller and goes as it is.
 */
export function withSameOriginRedirects(fetch: Fetch): Fetch {
  return async (request, init) => {
    if (redirectMode(request) !== "follow") return fetch(request, init);
    // A real Request's body is a stream, read once: a spare copy is kept for a 307 or 308.
    let spare = request instanceof Request ? request.clone() : undefined;
    let current = manual(request);
    for (let redirects = 0; ; redirects++) {
      const response = await fetch(current, init);
      if (response.type !== "opaqueredirect" && !redirectStatuses.has(response.status)) return response;
      const location = response.headers.get("location");
      if (response.type !== "opaqueredirect" && location === null) return response; // as fetch returns it
      await response.body?.cancel().catch(() => undefined);
      const target = targetOf(response, location, current.url, redirects);
      // fetch turns a POST after 301/302, and anything but GET or HEAD after 303, into a body-less GET.
      const status = response.status;
      const toGet = ((status === 301 || status === 302) && current.method === "POST") || status === 303;
      const method = toGet && current.method !== "HEAD" ? "GET" : current.method;
      current = await followed(current, spare, target, method, toGet);
      // In step with the request: after a 303 the spare holds no body, so a 307 after it sends none either.
      if (current instanceof Request) spare = current.clone();
    }
  };
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

/** The URL to follow, or why not. */
function targetOf(response: Response, location: string | null, from: string, redirects: number): string {
  const { status } = response;
  if (response.type === "opaqueredirect") {
    throw new RedirectRefused(status, undefined, "the browser hides where it points (an opaqueredirect)");
  }
  let target: URL;
  try {
    target = new URL(location!, from);
  } catch {
    throw new RedirectRefused(status, undefined, "its Location is not a URL");
  }
  if (target.origin !== new URL(from).origin) {
    throw new RedirectRefused(status, target.origin, `it points to another origin (${target.origin})`);
  }
  if (redirects === maxRedirects) {
    throw new RedirectRefused(status, target.origin, `${maxRedirects} redirects were followed already`);
  }
  return target.href;
}

/** The next request of the chain: same headers, signal and settings, at `url`; the body dropped or sent again. */
async function followed(
  current: Request | PassThroughRequest,
  spare: Request | undefined,
  url: string,
  method: string,
  dropBody: boolean,
): Promise<Request | PassThroughRequest> {
  if (current instanceof PassThroughRequest) {
    const init = current.init;
    if (!dropBody) return new PassThroughRequest(url, { ...init, method });
    const headers = new Headers(init.headers);
    for (const name of bodyHeaders) headers.delete(name);
    return new PassThroughRequest(url, { ...init, method, headers, body: undefined });
  }
  const headers = new Headers(current.headers);
  if (dropBody) for (const name of bodyHeaders) headers.delete(name);
  // What fetch itself acts on outside a browser; a browser never gets here (its redirects are opaque).
  return new Request(url, {
    method,
    headers,
    body: dropBody || spare?.body == null ? undefined : await spare.arrayBuffer(),
    signal: current.signal,
    redirect: "manual",
  });
}
