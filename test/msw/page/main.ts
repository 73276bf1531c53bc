// The browser page of msw.browser.test.ts, bundled by esbuild: the client against the MSW handlers in a service
// worker. The test drives it through `window.page`.
import { setupWorker } from "msw/browser";
import { createCaliberClient, isCaliberNetworkError, type Phone } from "../../../src/index.ts";
import { createMswHandlers } from "../../../src/msw/index.ts";

const baseUrl = `${location.origin}/CAPI2_Vision`;
const mock = createMswHandlers({ baseUrl });
// Another origin, which exists nowhere: the worker answers it without any CORS header (none is needed).
const foreignBaseUrl = "http://caliber.test/CAPI2_Vision";
const foreign = createMswHandlers({ baseUrl: foreignBaseUrl });
// Before the first request: until start() resolves, requests would reach the page's own server.
await setupWorker(...mock.handlers, ...foreign.handlers).start({
  quiet: true,
  onUnhandledRequest: "bypass",
  serviceWorker: { url: "/mockServiceWorker.js" },
});

const path = "/api/v2/clientcontact/{clientContactId}/phone";
const client = createCaliberClient({ baseUrl });
const unchecked = createCaliberClient({ baseUrl, validate: false });

/** What a call gave, in plain data for the test. */
async function outcome(call: Promise<{ data?: unknown; error?: unknown; response: Response }>) {
  try {
    const { data, error, response } = await call;
    const corsHeaders: string[] = [];
    response.headers.forEach((_, name) => name.startsWith("access-control-") && corsHeaders.push(name));
    return {
      status: response.status,
      retryAfter: response.headers.get("retry-after"),
      corsHeaders,
      data,
      error,
    };
  } catch (error) {
    return { threw: (error as Error).name, network: isCaliberNetworkError(error), message: (error as Error).message };
  }
}

const page = {
  mock,
  foreign,
  foreignBaseUrl,
  patch: (body: Phone, contentType = "application/json") =>
    outcome(
      client.PATCH(path, { params: { path: { clientContactId: 7 } }, body, headers: { "Content-Type": contentType } }),
    ),
  patchUnchecked: (body: unknown) =>
    outcome(unchecked.PATCH(path, { params: { path: { clientContactId: 7 } }, body: body as Phone })),
  /** A call with RequestInit members of the test's choosing, to another base URL if given. */
  patchWith: (init: Omit<RequestInit, "body">, otherBaseUrl?: string, body: Phone = {}) =>
    outcome(
      createCaliberClient({ baseUrl: otherBaseUrl ?? baseUrl }).PATCH(path, {
        params: { path: { clientContactId: 7 } },
        body,
        ...init,
      }),
    ),
};
Object.assign(window, { page });
document.title = "ready";
