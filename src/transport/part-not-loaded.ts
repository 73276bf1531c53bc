/**
 * A part of the transport loaded on first use (a chunk in a browser) that could not be loaded. client/response.ts
 * turns it into a CaliberNetworkError naming the operation and `what`; the next call loads again.
 */
export class PartNotLoaded extends Error {
  constructor(
    readonly what: string,
    cause: unknown,
  ) {
    super(what, { cause });
  }
}
