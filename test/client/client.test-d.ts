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
    expectTypeOf(ObjectTypes.Division).toEqualTypeOf<0>();
    expectTypeOf(NameOptions.Contact1).toEqualTypeOf<0>();
    expectTypeOf<operations["patchClientContactPhone"]["parameters"]["path"]>().toEqualTypeOf<{
      clientContactId: number;
    }>();
    expectTypeOf<keyof paths>().toEqualTypeOf<"/api/v2/clientcontact/{clientContactId}/phone">();
  });

  it("accepts a well-typed call", () => {
    expectTypeOf(client.PATCH).toBeCallableWith(path, {
      params: { path: { clientContactId: 42 } },
      body: { PhoneID: 1, RefType: ObjectTypes.Division, IsPrimary: true },
    });
  });

  it("rejects what the spec does not allow", () => {
    // @ts-expect-error a path the spec lacks
    void client.PATCH("/api/v2/clientcontact/{clientContactId}/email", { params: { path: { clientContactId: 1 } } });
    // @ts-expect-error a string id
    void client.PATCH(path, { params: { path: { clientContactId: "42" } }, body: {} });
    // @ts-expect-error a missing path parameter
    void client.PATCH(path, { params: { path: {} }, body: {} });
    // @ts-expect-error a method the spec does not document
    void client.GET(path, { params: { path: { clientContactId: 1 } } });
    // @ts-expect-error a misspelled field
    void client.PATCH(path, { params: { path: { clientContactId: 1 } }, body: { PhoneNumber: "555" } });
    // @ts-expect-error a wrong field type
    void client.PATCH(path, { params: { path: { clientContactId: 1 } }, body: { IsPrimary: "true" } });
    // @ts-expect-error an enum member the spec does not know
    void client.PATCH(path, { params: { path: { clientContactId: 1 } }, body: { RefType: 7 } });
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
