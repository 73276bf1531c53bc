// generated from spec/openapi.yaml — do not edit. Run `npm run generate`.
import type { RequestValidatorLoaderTable } from "../src/validation/validator-types.ts";

/** Per path template and method, a function that loads that operation's module (`validators/*.ts`). */
export const requestValidatorLoaders = {
  __proto__: null,
  "/api/v2/clientcontact/{clientContactId}/phone": { patch: () => import("./validators/patchClientContactPhone.ts") },
} as unknown as RequestValidatorLoaderTable;
