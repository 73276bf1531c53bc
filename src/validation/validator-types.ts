/** The shape of generated/validators.ts, which is plain JavaScript underneath (Ajv's standalone code). */

/** One Ajv error, as the generated code reports it (`messages: false`: src/validation/validate-request.ts words it). */
export interface ValidatorError {
  /** JSON Pointer into the validated value, `""` for the value itself. */
  instancePath: string;
  keyword: string;
  params: Record<string, unknown>;
}

/** A compiled validator: true when valid; otherwise `errors` lists why. */
export interface CompiledValidator {
  (data: unknown): boolean;
  errors?: ValidatorError[] | null;
}

export interface OperationValidators {
  /** Validates openapi-fetch's `params`: `{ path, query, header, cookie }`. */
  params: CompiledValidator;
  /** Validates the body object (for `application/json`, and for every media type unless `bodyByMediaType`). */
  body?: CompiledValidator;
  /** Present only when media types validate the body differently. */
  bodyByMediaType?: Record<string, CompiledValidator>;
  bodyRequired: boolean;
  /** The request media types the spec documents (`application/json`, `text/*`, …); absent without a request body. */
  mediaTypes?: readonly string[];
}

/** `table[pathTemplate][method]`, methods in lower case. */
export type RequestValidatorTable = Record<string, Partial<Record<string, OperationValidators>>>;

/** One operation's generated module (`generated/validators/*.ts`), loaded on its first call. */
export interface OperationModule {
  validators: OperationValidators;
}
