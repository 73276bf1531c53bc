import type { HttpMethod } from "openapi-typescript-helpers";

/** The methods an OpenAPI path item can have, in lower case as the spec writes them. */
export const httpMethods = [
  "get",
  "put",
  "post",
  "delete",
  "options",
  "head",
  "patch",
  "trace",
] as const satisfies readonly HttpMethod[];
