// `caliber-api/types`: the spec's types alone, for code that needs no runtime.
export type { components, operations, paths } from "../generated/openapi.ts";
