// Type-level tests: run by `vitest` through tsc. Each @ts-expect-error must be a real error.
import { describe, expectTypeOf, it } from "vitest";
import { createCaliberClient, NameOptions, ObjectTypes, type CaliberClient, type Phone } from "../../src/index.ts";
import type { components, operations, paths } from "../../src/types.ts";

const client = createCaliberClient({ baseUrl: "http://127.0.0.1:1" });
const path = "/api/v2/clientcontact/{clientContactId}/phone";

describe("types", () => {
  it("exports Phone, the enums and the spec's types", () => {
    expectTypeOf<Phone>().toEqualTypeOf<components["schemas"]["Phone"]>();
    expectTypeOf<Phone["RefType"]>().toEqualTypeOf<ObjectTypes | undefined>();
    // TypeScript enums: a member is its number, and a field of one is shown by the enum's name.
    expectTypeOf(ObjectTypes.Division).toEqualTypeOf<ObjectTypes.Division>();
    expectTypeOf(ObjectTypes.Division).toMatchTypeOf<0>();
    expectTypeOf(NameOptions.Contact1).toMatchTypeOf<0>();
    expectTypeOf<0>().toMatchTypeOf<ObjectTypes>();
    expectTypeOf<operations["patchClientContactPhone"]["parameters"]["path"]>().toEqualTypeOf<{
      clientContactId: number;
    }>();
    // One of the spec's paths (the spec may have more: adding an operation breaks no test).
    expectTypeOf<"/api/v2/clientcontact/{clientContactId}/phone">().toMatchTypeOf<keyof paths>();
  });

  it("accepts a well-typed call", () => {
    expectTypeOf(client.PATCH).toBeCallableWith(path, {
      params: { path: { clientContactId: 42 } },
      body: { PhoneID: 1, RefType: ObjectTypes.Division, IsPrimary: true },
    });
  });

  it("rejects what the spec does not allow", () => {
    // @ts-expect-error a path no spec can have (an OpenAPI path starts with "/"); a method a path lacks is refused
    // in test/generate/generate-any-spec.test.ts, on a fixture: any method may be documented here one day
    void client.PATCH("api/v2/clientcontact/{clientContactId}/phone", { params: { path: { clientContactId: 1 } } });
    // @ts-expect-error a string id
    void client.PATCH(path, { params: { path: { clientContactId: "42" } }, body: {} });
    // @ts-expect-error a missing path parameter
    void client.PATCH(path, { params: { path: {} }, body: {} });
    // @ts-expect-error a misspelled field
    void client.PATCH(path, { params: { path: { clientContactId: 1 } }, body: { PhoneNumber: "555" } });
    // @ts-expect-error a wrong field type
    void client.PATCH(path, { params: { path: { clientContactId: 1 } }, body: { IsPrimary: "true" } });
    // @ts-expect-error an enum member the spec does not know
    void client.PATCH(path, { params: { path: { clientContactId: 1 } }, body: { RefType: 7 } });
    const xml = { "Content-Type": "application/xml" };
    // @ts-expect-error an enum given by name, even for an XML body (XML writes the name; the caller passes the number)
    void client.PATCH(path, { params: { path: { clientContactId: 1 } }, body: { RefType: "Division" }, headers: xml });
    // @ts-expect-error an enum given by name, in any format
    void client.PATCH(path, { params: { path: { clientContactId: 1 } }, body: { NameOption: "Contact1" } });
  });

  it("takes a Date where the spec says date-time, in request bodies only", () => {
    expectTypeOf<Phone["DateCreated"]>().toEqualTypeOf<string | undefined>();
    expectTypeOf(client.PATCH).toBeCallableWith(path, {
      params: { path: { clientContactId: 42 } },
      body: { DateCreated: new Date(), LastModified: "2025-05-20T10:21:27Z", RefType: ObjectTypes.Division },
      headers: { "Content-Type": "application/x-www-form-urlencoded" },
    });
    const params = { path: { clientContactId: 1 } };
    // @ts-expect-error a Date where the spec says a plain string
    void client.PATCH(path, { params, body: { Number: new Date() } });
    // @ts-expect-error the body's other fields stay checked beside a Date
    void client.PATCH(path, { params, body: { DateCreated: new Date(), Numbr: "1" } });
    // @ts-expect-error a Phone (what a response would hold) has strings, not Dates
    const phone: Phone = { DateCreated: new Date() };
    void phone;
  });

  it("with throwOnError, what a call returns is the success result: error is undefined", async () => {
    const throwing = createCaliberClient({ baseUrl: "http://127.0.0.1:1", throwOnError: true });
    expectTypeOf(throwing).toEqualTypeOf<CaliberClient<true>>();
    const returned = await throwing.PATCH(path, { params: { path: { clientContactId: 1 } }, body: {} });
    expectTypeOf(returned.error).toEqualTypeOf<undefined>();
    expectTypeOf(returned.response).toEqualTypeOf<Response>();
  });

  it("without throwOnError (or with a boolean only known at run time), error stays to be checked", async () => {
    expectTypeOf(client).toEqualTypeOf<CaliberClient>();
    const returned = await client.PATCH(path, { params: { path: { clientContactId: 1 } }, body: {} });
    expectTypeOf(returned.error).not.toEqualTypeOf<undefined>();
    const maybe = createCaliberClient({ baseUrl: "http://127.0.0.1:1", throwOnError: Math.random() > 0.5 });
    const either = await maybe.PATCH(path, { params: { path: { clientContactId: 1 } }, body: {} });
    expectTypeOf(either.error).not.toEqualTypeOf<undefined>();
  });
});
