// generated from spec/openapi.yaml — do not edit. Run `npm run generate`.
/** Every operation of the spec by label (`PATCH /path`): true when its request body has a DataContract XML shape. */
export const hasXmlBody: Readonly<Record<string, boolean>> = {
  "PATCH /api/v2/clientcontact/{clientContactId}/phone": true
};
