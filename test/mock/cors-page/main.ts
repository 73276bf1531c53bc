// The page of cors-process.browser.test.ts, bundled by esbuild: the client, in a page of one origin, calling the
// mock process on another. The test drives it through `window.page`.
import { createCaliberClient, type Phone } from "../../../src/index.ts";

const path = "/api/v2/clientcontact/{clientContactId}/phone";

/** What a call gave, in plain data for the test. */
async function outcome(call: Promise<{ data?: unknown; error?: unknown; response: Response }>) {
  try {
    const { data, error, response } = await call;
    return { status: response.status, retryAfter: response.headers.get("retry-after"), data, error };
  } catch (error) {
    return { threw: (error as Error).name, message: (error as Error).message };
  }
}

/** A plain fetch, for the control API: what the page could read of it, or how it failed. */
async function plainFetch(url: string, init?: RequestInit) {
  try {
    const response = await fetch(url, init);
    return { status: response.status, body: await response.text() };
  } catch (error) {
    return { threw: (error as Error).name };
  }
}

const page = {
  patch: (baseUrl: string, body: Phone, contentType = "application/json", validate = true) =>
    outcome(
      createCaliberClient({ baseUrl, validate }).PATCH(path, {
        params: { path: { clientContactId: 7 } },
        body,
        headers: { "Content-Type": contentType, "X-Api-Key": "page-key" },
      }),
    ),
  plainFetch,
};
Object.assign(window, { page });
document.title = "ready";
