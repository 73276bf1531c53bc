export { createCaliberClient } from "./client.ts";
export type { CaliberClient, CaliberClientOptions } from "./client.ts";
export { NameOptions, ObjectTypes } from "../generated/enums.ts";
export type * from "../generated/schemas.ts";
