// Another team's CommonJS TypeScript: under nodenext this resolves the `require` condition (dist/index.d.cts).
import { createCaliberClient, ObjectTypes } from "caliber-api";
import type { paths } from "caliber-api/types";

const client = createCaliberClient({ baseUrl: "http://127.0.0.1:8080/CAPI2_Vision" });
const url: keyof paths = "/api/v2/clientcontact/{clientContactId}/phone";
export const division: 0 = ObjectTypes.Division;

export async function mistakes(): Promise<void> {
  // @ts-expect-error -- a misspelled field, through the CommonJS declarations; tsc says: 'Numbr' does not exist in type
  await client.PATCH(url, { params: { path: { clientContactId: 1 } }, body: { Numbr: "555-0100" } });
}
