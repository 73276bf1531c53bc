import type { Fetch } from "./fetch.ts";
import type { PassThroughRequest } from "./pass-through-request.ts";
import type { RedirectRefused } from "./same-origin-redirects.ts";

/** As many as fetch follows before it gives up (the Fetch standard's limit). */
export const maxRedirects = 20;

/** Headers that describe a body: dropped with it when a redirect turns the request into a GET (as fetch does). */
const bodyHeaders = ["content-encoding", "content-language", "content-location", "content-type"];

/** The first redirect: the request that got it (sent with `redirect: "manual"`), its spare copy, and the answer. */
export interface FirstRedirect {
  current: Request | PassThroughRequest;
  spare: Request | undefined;
  response: Response;
}

/** What same-origin-redirects.ts gives the follower, so that this chunk imports nothing of the entry. */
export interface RedirectRules {
  isRedirect: (response: Response) => boolean;
  RedirectRefused: typeof RedirectRefused;
  PassThroughRequest: typeof PassThroughRequest;
}

/**
 * Follows the redirects of same-origin-redirects.ts from the first one, by fetch's rules for the method and body,
 * within the request's origin: another origin, an opaqueredirect, a bad Location or the 21st redirect is refused
 * (RedirectRefused) with its body cancelled, and nothing more is sent.
 */
export async function followRedirects(
  fetch: Fetch,
  init: RequestInit | undefined,
  first: FirstRedirect,
  rules: RedirectRules,
): Promise<Response> {
  let { current, spare, response } = first;
  for (let redirects = 0; ; redirects++) {
    await response.body?.cancel().catch(() => undefined);
    const target = targetOf(response, response.headers.get("location"), current.url, redirects, rules);
    // fetch turns a POST after 301/302, and anything but GET or HEAD after 303, into a body-less GET.
    const status = response.status;
    const toGet = ((status === 301 || status === 302) && current.method === "POST") || status === 303;
    const method = toGet && current.method !== "HEAD" ? "GET" : current.method;
    current = await followed(current, spare, target, method, toGet, rules);
    // In step with the request: after a 303 the spare holds no body, so a 307 after it sends none either.
    if (current instanceof Request) spare = current.clone();
    response = await fetch(current, init);
    if (!rules.isRedirect(response)) return response;
  }
}

/** The URL to follow, or why not. */
function targetOf(
  response: Response,
  location: string | null,
  from: string,
  redirects: number,
  { RedirectRefused }: RedirectRules,
): string {
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
  { PassThroughRequest }: RedirectRules,
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
