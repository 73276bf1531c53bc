// generated from spec/openapi.yaml — do not edit. Run `npm run generate`.
/** Every operation of the spec by label (`PATCH /path`): true when its request body has a DataContract XML shape. */
export const hasXmlBody: Readonly<Record<string, boolean>> = {
  "PATCH /api/v2/clientcontact/{clientContactId}/phone": true
};

/** The operations whose 2xx answers the spec gives a schema in DataContract XML: the client reads those by it. */
export const hasXmlResponse: Readonly<Record<string, boolean>> = {};

/**
 * Where each operation's request body holds `format: date-time` strings (`true`; an object for fields, `[…]`
 * for array items): a `Date` given there is sent as its `toISOString()`. Operations without any are left out.
 */
export const requestBodyDates = {
  "PATCH /api/v2/clientcontact/{clientContactId}/phone": {
    "DateCreated": true,
    "LastModified": true
  }
} as const;

/** Where each operation's path and query parameters are date-times (`{ query: { since: true } }`), as above. */
export const requestParameterDates = {} as const;
