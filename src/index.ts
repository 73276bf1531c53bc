export { createCaliberClient } from "./client/create-caliber-client.ts";
export type { CaliberClient } from "./client/create-caliber-client.ts";
export type { CaliberClientOptions } from "./client/options.ts";
export {
  CaliberError,
  CaliberHttpError,
  CaliberNetworkError,
  CaliberRedirectError,
  CaliberResponseParseError,
  CaliberResponseTooLargeError,
  CaliberTimeoutError,
  CaliberValidationError,
  isCaliberError,
  isCaliberHttpError,
  isCaliberNetworkError,
  isCaliberRedirectError,
  isCaliberResponseParseError,
  isCaliberResponseTooLargeError,
  isCaliberTimeoutError,
  isCaliberValidationError,
} from "./errors.ts";
export type { ValidationIssue } from "./errors.ts";
export type { HeadersProvider } from "./client/headers.ts";
export type { RetryOptions } from "./transport/with-retries.ts";
export { NameOptions, ObjectTypes } from "../generated/enums.ts";
export type * from "../generated/schemas.ts";
