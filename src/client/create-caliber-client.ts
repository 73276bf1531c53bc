import createClient, { createQuerySerializer } from "openapi-fetch";
import type { requestBodyDates, requestParameterDates } from "../../generated/body-formats.ts";
import type { paths } from "../../generated/openapi.ts";
import { createBodySerializer } from "../formats/serialize-body.ts";
import { httpMethods } from "../http-methods.ts";
import type { Fetch } from "../transport/fetch.ts";
import { withNetworkErrors } from "../transport/network-errors.ts";
import { withPassThrough } from "../transport/pass-through-request.ts";
import { withResponseLimit } from "../transport/response-limit.ts";
import { withSameOriginRedirects } from "../transport/same-origin-redirects.ts";
import { withLazyRetries } from "../transport/lazy-retries.ts";
import { resolveOptions, type CaliberClientOptions } from "./options.ts";
import { RequestLimits } from "./request-size.ts";
import { createSend, type SendInit } from "./send.ts";
import type { StrictClient } from "./strict-client.ts";

/**
 * An openapi-fetch client typed by the spec: `client.PATCH("/api/v2/clientcontact/{clientContactId}/phone", …)`.
 * `CaliberClient<true>` is one made with `throwOnError: true`: what its calls return has no `error`. A date-time
 * field of a request body, path or query takes a `Date` too (sent as its `toISOString()`).
 */
export type CaliberClient<ThrowOnError extends boolean = false> = StrictClient<
  paths,
  ThrowOnError,
  typeof requestBodyDates,
  typeof requestParameterDates
>;

/** The global fetch as it is at each call, not as it was when the client was made (MSW installs its own later). */
const globalFetch: typeof globalThis.fetch = (input, init) => globalThis.fetch(input, init);

/**
 * An openapi-fetch client whose every call goes through `send` (send.ts). The options are checked here, once, so
 * a bad one fails at creation and not at the first call. The transport is the given or global fetch, with network
 * errors marked, the pass-through Request, same-origin redirects, retries when enabled (loaded on the first call),
 * and the response size limit.
 */
export function createCaliberClient<ThrowOnError extends boolean = false>(
  options: CaliberClientOptions & { throwOnError?: ThrowOnError },
): CaliberClient<ThrowOnError> {
  const resolved = resolveOptions(options);
  const passed = withPassThrough(withNetworkErrors(resolved.fetch ?? globalFetch));
  const fetch = resolved.redirects === "same-origin" ? withSameOriginRedirects(passed) : passed;
  const retries = resolved.retry ? withLazyRetries(fetch, resolved.retry) : undefined;
  const retried: Fetch = retries ? retries.fetch : fetch;
  // Only the answer that is returned is read, so the size limit sits above the retries.
  const limited = (errorsOnly: boolean) =>
    resolved.maxResponseBytes === Infinity
      ? retried
      : withResponseLimit(retried, resolved.maxResponseBytes, errorsOnly);
  const transport = limited(false);
  const core = createClient<paths>({
    baseUrl: resolved.baseUrl,
    headers: resolved.headers,
    bodySerializer: createBodySerializer(),
    // A function is used as is; given nothing, openapi-fetch would make a serializer on every call.
    querySerializer: createQuerySerializer(),
    fetch: transport as typeof globalThis.fetch,
  });
  // Mirrors openapi-fetch's own list (use pushes, eject removes one): middleware must get real Requests.
  const middleware: unknown[] = [];
  const send = createSend(core, resolved, middleware, {
    request: new RequestLimits(resolved.maxRequestBytes, resolved.maxBodyDepth),
    streamFetch: limited(true),
  });

  // The retry code loads on the first call, before anything else of it (a failed load sends nothing).
  const call = (method: string, path: string, init?: SendInit) => {
    const loading = retries?.load(`${method} ${path}`);
    return loading ? loading.then(() => send(method, path, init)) : send(method, path, init);
  };

  const client: Record<string, unknown> = {
    ...core,
    use: (...added: Parameters<typeof core.use>) => {
      for (const m of added) {
        core.use(m);
        if (m) middleware.push(m);
      }
    },
    eject: (...removed: Parameters<typeof core.eject>) => {
      core.eject(...removed);
      for (const m of removed) if (middleware.includes(m)) middleware.splice(middleware.indexOf(m), 1);
    },
    request: (method: string, path: string, init?: SendInit) => call(method.toUpperCase(), path, init),
  };
  for (const method of httpMethods) {
    const upper = method.toUpperCase();
    client[upper] = (path: string, init?: SendInit) => call(upper, path, init);
  }
  return client as unknown as CaliberClient<ThrowOnError>;
}
