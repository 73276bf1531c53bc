// The shape of generated/operations.ts: what the body formats and the mock server read at run time.

/** A top-level field of a request body. `enumNames` maps an enum's number to the member name XML carries. */
export interface BodyField {
  /** The JSON type of the field: "integer", "number", "boolean", "string", "object" or "array". */
  type: string;
  enumNames?: Readonly<Record<string, string>>;
}

/** Root element, namespace and element order of a DataContract XML body. */
export interface XmlBodyShape {
  root: string;
  namespace?: string;
  /** Member names in wire order (DataContract: alphabetical). */
  order: readonly string[];
}

export interface OperationInfo {
  /** Path template as in the spec: `/api/v2/clientcontact/{clientContactId}/phone`. */
  path: string;
  /** Lower-case HTTP method. */
  method: string;
  operationId?: string;
  /** Path parameters with their JSON type, so that text from a URL can be typed before validation. */
  pathParameters: readonly { name: string; type: string }[];
  requestMediaTypes: readonly string[];
  /** The fields of the caller's body object (the JSON body schema), by name. */
  bodyFields?: Readonly<Record<string, BodyField>>;
  xmlBody?: XmlBodyShape;
}

/** `PATCH /api/v2/clientcontact/{clientContactId}/phone`: how errors name an operation. */
export const operationLabel = (operation: OperationInfo): string =>
  `${operation.method.toUpperCase()} ${operation.path}`;
