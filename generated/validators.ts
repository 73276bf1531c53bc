// generated from spec/openapi.yaml — do not edit. Run `npm run generate`.
import type { RequestValidatorTable } from "../src/validation/validator-types.ts";
import { validators as v0 } from "./validators/patchClientContactPhone.ts";

/** Validators per path template and method, as `requestValidators[path][method]`: every operation's, loaded. */
export const requestValidators = {
  __proto__: null,
  "/api/v2/clientcontact/{clientContactId}/phone": { patch: v0 },
} as unknown as RequestValidatorTable;
