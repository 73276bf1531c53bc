import {
  CaliberNetworkError,
  CaliberRedirectError,
  CaliberResponseParseError,
  CaliberResponseTooLargeError,
  CaliberTimeoutError,
  CaliberValidationError,
  isCaliberError,
} from "../errors.ts";
import { isJsonMediaType } from "../formats/media-types.ts";
import type { Deadline } from "../transport/deadline.ts";
import { isNetworkError } from "../transport/network-errors.ts";
import { isRefusedInit } from "../transport/refused-init.ts";
import { ResponseTooLarge } from "../transport/response-limit.ts";
import { PartNotLoaded } from "../transport/part-not-loaded.ts";
import { RedirectRefused } from "../transport/same-origin-redirects.ts";
import { createHttpError, maxErrorBodyChars } from "./http-error.ts";

/** What openapi-fetch's `request` gives back, and what a call returns. */
export interface CallResult {
  data?: unknown;
  error?: unknown;
  response: Response;
}

/**
 * What a call returns for openapi-fetch's result. A non-2xx answer is returned as is, or thrown as CaliberHttpError
 * with `throwOnError`. With `parseJson`, a 2xx body (read as text) is parsed here, so that malformed JSON is a
 * named error.
 */
export function callResult(result: CallResult, operation: string, parseJson: boolean, throwOnError: boolean) {
  const { response } = result;
  if (!response.ok) {
    if (throwOnError) throw createHttpError(operation, response, result.error);
    return result;
  }
  return parseJson ? { data: parseResponseData(result.data as string, response, operation), response } : result;
}

/**
 * The `data` of a 2xx answer, from its text. JSON, or no Content-Type, is parsed; any other Content-Type (the spec
 * documents the response as any media type) comes back as text. An empty body (204, Content-Length 0, or no
 * bytes) is `undefined`.
 */
export function parseResponseData(text: string | undefined, response: Response, operation: string): unknown {
  if (text === undefined || text === "") return undefined;
  const contentType = response.headers.get("content-type");
  if (contentType !== null && !isJsonMediaType(contentType)) return text;
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new CaliberResponseParseError(operation, response.status, text.slice(0, maxErrorBodyChars), error);
  }
}

/**
 * A failure of the call as a named error: a body over the size limit, a redirect not followed (or its follower not
 * loaded), a timeout, a network failure, or an init fetch refused (nothing was sent).
 * What the caller's own code threw (middleware, a serializer, a Request class; a fetch of theirs that throws is a
 * network failure) and the caller's own abort reason are theirs, and reach them unchanged.
 */
export function namedError(
  error: unknown,
  operation: string,
  deadline: Deadline | undefined,
  callerSignal: AbortSignal | null | undefined,
): unknown {
  if (isCaliberError(error)) return error;
  if (error instanceof ResponseTooLarge) return new CaliberResponseTooLargeError(operation, error.status, error.limit);
  if (error instanceof RedirectRefused) {
    return new CaliberRedirectError(operation, error.status, error.targetOrigin, error.reason);
  }
  if (error instanceof PartNotLoaded) return new CaliberNetworkError(operation, error.cause, error.what);
  if (deadline?.timedOut) return new CaliberTimeoutError(operation, deadline.timeoutMs);
  if (callerSignal?.aborted) return error;
  if (isRefusedInit(error)) {
    const issue = { path: "init", message: `is refused by fetch: ${error.message}` };
    return new CaliberValidationError(operation, [issue], { cause: error });
  }
  if (isNetworkError(error)) return new CaliberNetworkError(operation, error);
  return error;
}
