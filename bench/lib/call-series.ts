/**
 * The ways of making the same call that every benchmark compares: the help page's sample `Phone` sent as
 * `PATCH {base}/api/v2/clientcontact/42/phone`, each ending when the response status is known.
 */
import createClient from "openapi-fetch";
import type { paths } from "../../generated/openapi.ts";
import { pathToFileURL } from "node:url";
import type { Phone } from "../../src/index.ts";
import { helpPageSamples } from "../../test/helpers/help-page.ts";
import { builtEntry, ensureFreshBuild } from "./fresh-build.ts";

// The client as the package ships it (dist/, built by tsup), not src/ as tsx compiles it: the two differ in speed.
ensureFreshBuild((line) => console.error(line));
const { createCaliberClient } = (await import(pathToFileURL(builtEntry).href)) as typeof import("../../src/index.ts");

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
export function callSeries(origin: string): CallSeries[] {
  const baseUrl = origin + basePath;
  // Every client uses the global fetch, as by default (so a stub put there reaches them all alike).
  const fetch = globalThis.fetch;
  const bare = createClient<paths>({ baseUrl });
  // Default options otherwise: a 30 s timeout per call, no retries.
  const validating = createCaliberClient({ baseUrl, validate: true });
  const notValidating = createCaliberClient({ baseUrl, validate: false });
  // The wrapper's own cost: what is left with validation and the default timeout both off.
  const featuresOff = createCaliberClient({ baseUrl, validate: false, timeoutMs: 0 });
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
      // The floor for any client with a per-call timeout, as the caliber client has by default (30 s): fetch
      // must be given an AbortSignal, and undici makes the request's own signal follow it.
      name: "raw fetch + timeout",
      call: async () => {
        const controller = new AbortController();
        const timer = setTimeout(() => controller.abort(), 30_000);
        try {
          const response = await fetch(`${baseUrl}/api/v2/clientcontact/${clientContactId}/phone`, {
            method: "PATCH",
            headers: { "Content-Type": "application/json" },
            body: JSON.stringify(samplePhone),
            signal: controller.signal,
          });
          expectOk(response, "raw fetch + timeout");
        } finally {
          clearTimeout(timer);
        }
      },
    },
    {
      name: "openapi-fetch",
      call: async () => expectOk((await bare.PATCH(path, init)).response, "openapi-fetch"),
    },
    {
      name: "caliber, validating",
      call: async () => expectOk((await validating.PATCH(path, init)).response, "caliber, validating"),
    },
    {
      name: "caliber, not validating",
      call: async () => expectOk((await notValidating.PATCH(path, init)).response, "caliber, not validating"),
    },
    {
      name: "caliber, no timeout, not validating",
      call: async () => expectOk((await featuresOff.PATCH(path, init)).response, "caliber, no timeout, not validating"),
    },
  ];
}

/**
 * A `fetch` that does what fetch does with its arguments first (build a `Request` from them), then answers at
 * once with a fresh empty 200: the network is gone, and every series pays for the same one `Request` a real
 * fetch would build, so what differs is each client's own CPU work.
 */
const readyResponseFetch: typeof globalThis.fetch = async (input, init) => {
  new Request(input, init);
  return new Response(null, { status: 200, headers: { "Content-Length": "0" } });
};

/**
 * The series with the global fetch stubbed by readyResponseFetch. The clients look the global fetch up at each
 * call, so the stub stays until `restoreFetch()`.
 */
export function stubbedCallSeries(): { seriesList: CallSeries[]; restoreFetch: () => void } {
  const realFetch = globalThis.fetch;
  globalThis.fetch = readyResponseFetch;
  // The origin is never contacted.
  return { seriesList: callSeries("http://127.0.0.1:9"), restoreFetch: () => (globalThis.fetch = realFetch) };
}
