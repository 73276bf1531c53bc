import createClient, { type HeadersOptions } from "openapi-fetch";
import type { paths } from "../generated/openapi.ts";
import type { StrictClient } from "./strict-client.ts";

export interface CaliberClientOptions {
  /** The deployment's base URL, base path included: `https://host/CAPI2_Vision` (a trailing slash is fine). */
  baseUrl: string;
  /** Headers sent with every request. */
  headers?: HeadersOptions;
  /** A `fetch` to use instead of the global one. */
  fetch?: typeof globalThis.fetch;
}

/** An openapi-fetch client typed by the spec: `client.PATCH("/api/v2/clientcontact/{clientContactId}/phone", …)`. */
export type CaliberClient = StrictClient<paths>;

export function createCaliberClient(options: CaliberClientOptions): CaliberClient {
  return createClient<paths>({
    baseUrl: options.baseUrl,
    headers: options.headers,
    fetch: options.fetch,
  }) as CaliberClient;
}
