// Another team's ESM code. Compiled strict under nodenext and bundler resolution by scripts/test-consumer.ts.
// Each `@ts-expect-error` names the error tsc must report on the next line: the runner also compiles this file
// without the directives and checks that exactly those lines fail, each with that message.
import { createCaliberClient, NameOptions, ObjectTypes, type CaliberClient, type Phone } from "caliber-api";
import type { components, operations, paths } from "caliber-api/types";

const client: CaliberClient = createCaliberClient({ baseUrl: "http://127.0.0.1:8080/CAPI2_Vision" });
const url = "/api/v2/clientcontact/{clientContactId}/phone";

// The friendly names, the types-only entry and the enum consts describe the same body.
type JsonBody = NonNullable<operations["patchClientContactPhone"]["requestBody"]>["content"]["application/json"];
const phone: Phone = { Number: "555-0100", IsPrimary: true, RefType: ObjectTypes.Division };
const fromTypes: components["schemas"]["Phone"] = { ...phone, NameOption: NameOptions.Contact1 };
const body: JsonBody = fromTypes;
const documentedPath: keyof paths = url;

export async function updatePhone(clientContactId: number): Promise<number> {
  const { response } = await client.PATCH(documentedPath, { params: { path: { clientContactId } }, body });
  return response.status;
}

// A date-time field of a request body takes a Date (sent as its toISOString()); Phone itself keeps strings.
export async function touchPhone(clientContactId: number, when: Date): Promise<string | undefined> {
  await client.PATCH(url, { params: { path: { clientContactId } }, body: { LastModified: when } });
  return phone.LastModified;
}

// With throwOnError, what a call returns is the success case only: `error` is `undefined`.
export async function updatePhoneOrThrow(clientContactId: number): Promise<number> {
  const throwing: CaliberClient<true> = createCaliberClient({ baseUrl: "http://127.0.0.1:8080", throwOnError: true });
  const { error, response } = await throwing.PATCH(url, { params: { path: { clientContactId } }, body });
  const none: undefined = error;
  return none ?? response.status;
}

export async function mistakes(): Promise<void> {
  const params = { path: { clientContactId: 42 } };
  // @ts-expect-error -- a path the spec lacks; tsc says: "/api/v2/clientcontact/{clientContactId}/email"
  await client.PATCH("/api/v2/clientcontact/{clientContactId}/email", { params, body });
  // @ts-expect-error -- a string id; tsc says: Type 'string' is not assignable to type 'number'
  await client.PATCH(url, { params: { path: { clientContactId: "42" } }, body });
  // @ts-expect-error -- a missing path parameter; tsc says: Property 'clientContactId' is missing
  await client.PATCH(url, { params: { path: {} }, body });
  // @ts-expect-error -- a method the spec does not document; tsc says: not assignable to parameter of type 'never'
  await client.GET(url, { params });
  // @ts-expect-error -- a misspelled field; tsc says: 'Numbr' does not exist in type
  await client.PATCH(url, { params, body: { Numbr: "555-0100" } });
  // @ts-expect-error -- a wrong field type; tsc says: Type 'string' is not assignable to type 'boolean | undefined'
  await client.PATCH(url, { params, body: { IsPrimary: "yes" } });
  const xml = { "Content-Type": "application/xml" };
  // @ts-expect-error -- an enum by name, even in XML (which writes names); tsc says: is not assignable to type 'ObjectTypes'
  await client.PATCH(url, { params, body: { RefType: "Division", NameOption: "Contact1" }, headers: xml });
  const { error } = await client.PATCH(url, { params, body });
  // @ts-expect-error -- without throwOnError the error case is there; tsc says: Type 'unknown' is not assignable to type 'undefined'
  const none: undefined = error;
  void none;
}
