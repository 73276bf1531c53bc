/**
 * fetch's argument errors: `new Request` (inside fetch, or openapi-fetch's) refusing the call's `init`
 * (`mode: "navigate"`, `credentials: "any"`, a body on a GET, …). Nothing was sent, so the call rejects with a
 * CaliberValidationError at `init` (client/response.ts), not with the plain TypeError.
 */
const refused = /* @__PURE__ */ new WeakSet<object>();

/** Marks an error as the Request constructor refusing the call's init; returns it, for `throw`. */
export function markRefusedInit(error: unknown): unknown {
  if (typeof error === "object" && error !== null) refused.add(error);
  return error;
}

export const isRefusedInit = (error: unknown): error is Error =>
  typeof error === "object" && error !== null && refused.has(error);

/** The Request openapi-fetch builds where middleware or a fetch of the caller's sees it: its refusals are marked. */
export class InitCheckedRequest extends Request {
  /**
   * openapi-fetch takes what `onRequest` returns only if it is `instanceof` the call's Request class: any real
   * Request passes, so a middleware's `new Request(request, …)` (as openapi-fetch's docs show) is sent.
   */
  static override [Symbol.hasInstance](value: unknown): boolean {
    return value instanceof Request;
  }

  constructor(input: RequestInfo | URL, init?: RequestInit) {
    try {
      super(input, init);
    } catch (error) {
      throw markRefusedInit(error);
    }
  }
}

/** `new Request(url, init)` would throw: the error, marked; undefined when the init is fine. */
export function initRefusal(url: string, init: RequestInit): unknown {
  try {
    new Request(url, init);
    return undefined;
  } catch (error) {
    return markRefusedInit(error);
  }
}
