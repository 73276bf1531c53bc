import type { PassThroughRequest } from "./pass-through-request.ts";

/**
 * The fetch that the transport wrappers (withNetworkErrors, withPassThrough, withRetries) take and return:
 * openapi-fetch calls it with a real `Request`, or with the pass-through stand-in where nothing else sees it.
 */
export type Fetch = (request: Request | PassThroughRequest, init?: RequestInit) => Promise<Response>;
