import { CaliberNetworkError } from "../errors.ts";
import type { Fetch } from "./fetch.ts";
import { loadRetries } from "./load-retries.ts";
import type { ResolvedRetryOptions } from "./with-retries.ts";

const retriesNotLoaded = "the retry code could not be loaded, so nothing was sent";

/** withRetries (with-retries.ts) as a fetch, and its loader, which a call awaits before it does anything else. */
export interface LazyRetries {
  fetch: Fetch;
  /** `undefined` once loaded, so that later calls cost no await; else the load, failing as a CaliberNetworkError. */
  load(operation: string): Promise<void> | undefined;
}

/**
 * withRetries, loaded on the client's first call, before that call's deadline starts (as the XML format is): a
 * failed load sends nothing, and the next call loads again.
 */
export function withLazyRetries(fetch: Fetch, options: ResolvedRetryOptions): LazyRetries {
  let retrying: Fetch | undefined;
  return {
    fetch: (request, init) => retrying!(request, init),
    load: (operation) =>
      retrying
        ? undefined
        : loadRetries().then(
            (module) => {
              retrying ??= module.withRetries(fetch, options);
            },
            (error: unknown) => {
              throw new CaliberNetworkError(operation, error, retriesNotLoaded);
            },
          ),
  };
}
