// The shape of generated/operations.ts: what the body formats and the mock server read at run time.
import type { BodyModel, DataContracts } from "./model/body-model.ts";

/** A path or query parameter, with the model its text is read by (a scalar, or a collection of scalars). */
export interface ParameterInfo {
  name: string;
  in: "path" | "query";
  required: boolean;
  model: BodyModel;
}

/** A response body the spec gives a schema for. */
export interface ResponseInfo {
  /** `"200"`, `"2XX"` or `"default"`, as the spec keys it. */
  status: string;
  mediaTypes: readonly string[];
  model: BodyModel;
  /** The spec's example of it (the JSON media type's), if it has one. */
  example?: unknown;
}

export interface OperationInfo {
  /** Path template as in the spec: `/api/v2/clientcontact/{clientContactId}/phone`. */
  path: string;
  /** Lower-case HTTP method. */
  method: string;
  operationId?: string;
  /** Path and query parameters, so that text from a URL can be typed before validation. */
  parameters: readonly ParameterInfo[];
  requestMediaTypes: readonly string[];
  /** The body object the caller passes, whatever its format (the JSON media type's schema). */
  requestBody?: BodyModel;
  /** Response bodies with a schema; none where the spec gives none (the help page's `HttpResponseMessage`). */
  responses?: readonly ResponseInfo[];
  /** The data contracts the bodies reach, by the key their models name. */
  types: DataContracts;
}

/** `PATCH /api/v2/clientcontact/{clientContactId}/phone`: how errors name an operation. */
export const operationLabel = (operation: OperationInfo): string =>
  `${operation.method.toUpperCase()} ${operation.path}`;
