// generated from spec/openapi.yaml — do not edit. Run `npm run generate`.
import type { components } from "./openapi.ts";

/** A phone number of a client contact. */
export type Phone = components["schemas"]["Phone"];
