// generated from spec/openapi.yaml — do not edit. Run `npm run generate`.
import type { OperationGroupModule } from "../../src/validation/operation-facts.ts";

/** This group's operations by label: XML flags, date-time locations, and a loader of their validators. */
export const operations = {
  __proto__: null,
  "PATCH /api/v2/clientcontact/{clientContactId}/phone": { xmlBody: true, dates: {"DateCreated":true,"LastModified":true}, load: () => import("../validators/patchClientContactPhone.ts") },
} as unknown as OperationGroupModule["operations"];
