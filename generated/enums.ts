// generated from spec/openapi.yaml — do not edit. Run `npm run generate`.
export enum ObjectTypes {
  Division = 0,
}

export enum NameOptions {
  Contact1 = 0,
}
