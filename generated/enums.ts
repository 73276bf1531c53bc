// generated from spec/openapi.yaml — do not edit. Run `npm run generate`.
export const ObjectTypes = {
  Division: 0,
} as const;
export type ObjectTypes = (typeof ObjectTypes)[keyof typeof ObjectTypes];

export const NameOptions = {
  Contact1: 0,
} as const;
export type NameOptions = (typeof NameOptions)[keyof typeof NameOptions];
