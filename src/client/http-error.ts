import { CaliberHttpError } from "../errors.ts";

/** Error bodies are kept for debugging, not for bulk data: longer text is cut to this many characters. */
export const maxErrorBodyChars = 8192;

/** Response headers that commonly carry a request or correlation id, in the order they are looked for. */
const requestIdHeaders = ["x-request-id", "request-id", "x-correlation-id", "x-ms-request-id", "traceparent"];

/**
 * The error `throwOnError` throws for a non-2xx answer. `body` is what openapi-fetch read: parsed JSON, or the
 * text when it is not JSON, or undefined when empty. Text longer than the cap (JSON counted by its text) is cut.
 */
export function createHttpError(operation: string, response: Response, body: unknown): CaliberHttpError {
  const text = typeof body === "string" ? body : body === undefined ? "" : JSON.stringify(body);
  const truncated = text.length > maxErrorBodyChars;
  return new CaliberHttpError(
    operation,
    response,
    truncated ? text.slice(0, maxErrorBodyChars) : body,
    truncated,
    requestIdOf(response.headers),
  );
}

function requestIdOf(headers: Headers): string | undefined {
  for (const name of requestIdHeaders) {
    const value = headers.get(name);
    if (value !== null) return value;
  }
  return undefined;
}
