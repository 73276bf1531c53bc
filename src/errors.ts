/**
 * The errors the client throws. The ESM and the CJS build each get their own copy of these classes, so
 * `instanceof` fails when both are loaded; every error has a stable `name`, and the `is…` guards below check
 * that name, which works across builds (and realms). No error carries request headers, so no Authorization value
 * reaches a message, `toString()` or `JSON.stringify()`.
 */

/** One reason a request was refused: where (`params.path.clientContactId`, `body.PhoneID`, `body`) and what. */
export interface ValidationIssue {
  path: string;
  message: string;
}

/** Base of every error the client throws. `operation` is the method and path template, never a full URL. */
export abstract class CaliberError extends Error {
  abstract override readonly name: string;

  constructor(
    /** `PATCH /api/v2/clientcontact/{clientContactId}/phone` */
    readonly operation: string,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }

  /** `name`, `message` and the error's own fields (Error's `message` is not enumerable by itself). */
  toJSON(): Record<string, unknown> {
    return { ...(this as object), name: this.name, message: this.message };
  }
}

/**
 * The request breaks the spec, holds a value its format cannot carry, or has an `init` fetch refuses (then `cause`
 * is fetch's error); nothing was sent.
 */
export class CaliberValidationError extends CaliberError {
  override readonly name = "CaliberValidationError";

  constructor(
    operation: string,
    /** Every issue found, not only the first. */
    readonly issues: ValidationIssue[],
    options?: { cause?: unknown },
  ) {
    super(operation, `Invalid request for ${operation}, nothing was sent: ${describeIssues(issues)}`, options);
  }
}

/** `body.RefType must be an integer and must be one of 0; body.PhoneNumber is not a property of the schema` */
function describeIssues(issues: ValidationIssue[]): string {
  const byPath = new Map<string, string[]>();
  for (const { path, message } of issues) byPath.set(path, [...(byPath.get(path) ?? []), message]);
  return [...byPath].map(([path, messages]) => `${path} ${messages.join(" and ")}`).join("; ");
}

/** No complete response within `timeoutMs` (retries and their waits included). */
export class CaliberTimeoutError extends CaliberError {
  override readonly name = "CaliberTimeoutError";

  constructor(
    operation: string,
    readonly timeoutMs: number,
  ) {
    super(operation, `${operation} timed out after ${timeoutMs} ms`);
  }
}

/**
 * The request failed before any response arrived (connection refused or reset, DNS, a fetch of the caller's that
 * rejected, …), or a part of the client loaded on first use could not be fetched (the XML format, the code that
 * follows a redirect, …: the message says which, and whether anything was sent or read); `cause` says why.
 */
export class CaliberNetworkError extends CaliberError {
  override readonly name = "CaliberNetworkError";

  /** `what`: what failed, when it is not the request itself. */
  constructor(operation: string, cause: unknown, what?: string) {
    // A part that did not load may have been needed after the answer came (`what` says what was left undone).
    const reason =
      what === undefined ? ` before a response arrived: ${reasonOf(cause)}` : `: ${what}: ${reasonOf(cause)}`;
    super(operation, `${operation} failed${reason}`, { cause });
  }
}

/** `fetch failed (other side closed)`: undici puts the useful part in `cause`. */
function reasonOf(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const inner = error.cause instanceof Error ? ` (${error.cause.message})` : "";
  return error.message + inner;
}

/** A non-2xx answer, thrown only with `throwOnError: true` (otherwise it is returned as `{ error, response }`). */
export class CaliberHttpError extends CaliberError {
  override readonly name = "CaliberHttpError";
  /** The response, whose body has been read. Not enumerable, so it stays out of `JSON.stringify`. */
  declare readonly response: Response;

  constructor(
    operation: string,
    response: Response,
    /** The body: parsed when it is JSON, else text; `undefined` when empty; text cut to a cap when too long. */
    readonly body: unknown,
    /** True when `body` was cut to the cap. */
    readonly bodyTruncated: boolean,
    /** The request-id header of the response, if any (`x-request-id`, `request-id`, …). */
    readonly requestId: string | undefined,
  ) {
    const id = requestId === undefined ? "" : ` (request id ${requestId})`;
    super(operation, `${operation} answered ${response.status} ${response.statusText}`.trimEnd() + id);
    Object.defineProperty(this, "response", { value: response, enumerable: false });
  }

  get status(): number {
    return this.response.status;
  }

  override toJSON(): Record<string, unknown> {
    return { ...super.toJSON(), status: this.status };
  }
}

/** A 2xx answer whose body says it is JSON but is not. */
export class CaliberResponseParseError extends CaliberError {
  override readonly name = "CaliberResponseParseError";

  constructor(
    operation: string,
    readonly status: number,
    /** The body text, cut to a cap when too long. */
    readonly body: string,
    cause: unknown,
    /** The format the body was read as. */
    format: "JSON" | "DataContract XML" = "JSON",
  ) {
    super(operation, `${operation} answered ${status} with a body that is not valid ${format}: ${reasonOf(cause)}`, {
      cause,
    });
  }
}

/**
 * An answer whose body is over `maxResponseBytes` (counted as it streams in, after decompression): the body was
 * cancelled and not read further, so memory stays near the limit. 2xx and error bodies alike.
 */
export class CaliberResponseTooLargeError extends CaliberError {
  override readonly name = "CaliberResponseTooLargeError";

  constructor(
    operation: string,
    readonly status: number,
    /** The `maxResponseBytes` in force, in bytes. */
    readonly limit: number,
  ) {
    super(
      operation,
      `${operation} answered ${status} with a body over maxResponseBytes (${limit} bytes); it was not read further`,
    );
  }
}

/**
 * A redirect that was not followed: to another origin (nothing more was sent: not your headers, not the body), one
 * whose target fetch hides (a browser's `opaqueredirect`), a `Location` that is no URL, or too many in a row.
 */
export class CaliberRedirectError extends CaliberError {
  override readonly name = "CaliberRedirectError";

  constructor(
    operation: string,
    readonly status: number,
    /** The origin the redirect pointed to (`https://other.example`); undefined when fetch hides it or it is no URL. */
    readonly targetOrigin: string | undefined,
    reason: string,
  ) {
    super(operation, `${operation} answered ${status || "a redirect"}, not followed: ${reason}`);
  }
}

const hasName =
  <T extends CaliberError>(name: T["name"]) =>
  (error: unknown): error is T =>
    typeof error === "object" && error !== null && (error as { name?: unknown }).name === name;

// Marked pure so that a bundle drops the guards it does not use.
export const isCaliberValidationError = /* @__PURE__ */ hasName<CaliberValidationError>("CaliberValidationError");
export const isCaliberTimeoutError = /* @__PURE__ */ hasName<CaliberTimeoutError>("CaliberTimeoutError");
export const isCaliberNetworkError = /* @__PURE__ */ hasName<CaliberNetworkError>("CaliberNetworkError");
export const isCaliberHttpError = /* @__PURE__ */ hasName<CaliberHttpError>("CaliberHttpError");
export const isCaliberResponseParseError =
  /* @__PURE__ */ hasName<CaliberResponseParseError>("CaliberResponseParseError");
export const isCaliberResponseTooLargeError =
  /* @__PURE__ */ hasName<CaliberResponseTooLargeError>("CaliberResponseTooLargeError");
export const isCaliberRedirectError = /* @__PURE__ */ hasName<CaliberRedirectError>("CaliberRedirectError");

const caliberErrorNames = /* @__PURE__ */ new Set([
  "CaliberValidationError",
  "CaliberTimeoutError",
  "CaliberNetworkError",
  "CaliberHttpError",
  "CaliberResponseParseError",
  "CaliberResponseTooLargeError",
  "CaliberRedirectError",
]);

/** True for any error this client throws, whichever build (ESM or CJS) made it. */
export function isCaliberError(error: unknown): error is CaliberError {
  return (
    typeof error === "object" && error !== null && caliberErrorNames.has((error as { name?: unknown }).name as string)
  );
}
