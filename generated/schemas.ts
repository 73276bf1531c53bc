// generated from spec/openapi.yaml — do not edit. Run `npm run generate`.
import type { components } from "./openapi.ts";

/** A phone number of a client contact. */
export type Phone = components["schemas"]["Phone"];
/** The XML shape of `Phone`, as the server's DataContract serializer reads it: root element `Phone` in namespace `http://schemas.datacontract.org/2004/07/CaliberAPI`, members in alphabetical order, and enums written by member name (`Division`, not `0`). */
export type PhoneXml = components["schemas"]["PhoneXml"];
