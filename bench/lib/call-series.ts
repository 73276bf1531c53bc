/**
 * The ways of making the same call that every benchmark compares: the help page's sample `Phone` sent as
 * `PATCH {base}/api/v2/clientcontact/42/phone`, each ending when the response status is known.
 */
import createClient from "openapi-fetch";
import type { paths } from "../../generated/openapi.ts";
import { createCaliberClient, type Phone } from "../../src/index.ts";
import { helpPageSamples } from "../../test/helpers/help-page.ts";

export interface CallSeries {
  /** Short label used in tables. */
  name: string;
  /** Makes one call; throws if the call did not succeed, so a broken series cannot look fast. */
  call: () => Promise<void>;
}

const path = "/api/v2/clientcontact/{clientContactId}/phone";
const basePath = "/CAPI2_Vision";
const clientContactId = 42;
export const samplePhone = JSON.parse(helpPageSamples().json) as Phone;

function expectOk(response: Response, series: string): void {
  if (!response.ok) throw new Error(`${series}: expected 200, got ${response.status}`);
}

/**
 * The series, raw `fetch` first (the floor every ratio is taken against). The raw series does the least a
 * hand-written call must do: build the URL, serialize the body, fetch, check the status. The empty body is
 * not read, just as openapi-fetch does not read a `Content-Length: 0` body.
 */
export function callSeries(origin: string, fetch: typeof globalThis.fetch = globalThis.fetch): CallSeries[] {
  const baseUrl = origin + basePath;
  const bare = createClient<paths>({ baseUrl, fetch });
  const caliber = createCaliberClient({ baseUrl, fetch });
  const init = { params: { path: { clientContactId } }, body: samplePhone };
  return [
    {
      name: "raw fetch",
      call: async () => {
        const response = await fetch(`${baseUrl}/api/v2/clientcontact/${clientContactId}/phone`, {
          method: "PATCH",
          headers: { "Content-Type": "application/json" },
          body: JSON.stringify(samplePhone),
        });
        expectOk(response, "raw fetch");
      },
    },
    {
      name: "openapi-fetch",
      call: async () => expectOk((await bare.PATCH(path, init)).response, "openapi-fetch"),
    },
    {
      name: "caliber client",
      call: async () => expectOk((await caliber.PATCH(path, init)).response, "caliber client"),
    },
  ];
}

/** A `fetch` that answers at once with a fresh empty 200, so only the client's own CPU work is left to time. */
export const readyResponseFetch: typeof globalThis.fetch = async () =>
  new Response(null, { status: 200, headers: { "Content-Length": "0" } });
