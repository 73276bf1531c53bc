// A Date where the spec says date-time: sent as its toISOString() in every body format, client → mock over real
// HTTP; an invalid Date is a CaliberValidationError naming the field, and nothing is sent.
import { afterAll, describe, expect, it } from "vitest";
import { createCaliberClient, isCaliberValidationError } from "../../src/index.ts";
import { startMockServer } from "../../src/mock/index.ts";

const mock = await startMockServer();
afterAll(() => mock.close());
const path = "/api/v2/clientcontact/{clientContactId}/phone";
const params = { path: { clientContactId: 9 } };
const created = new Date(Date.UTC(2025, 4, 20, 17, 21, 27, 326));
const iso = "2025-05-20T17:21:27.326Z";

async function refusal(call: Promise<unknown>): Promise<unknown> {
  const error = await call.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(isCaliberValidationError(error)).toBe(true);
  return error;
}

describe.each(["application/json", "text/json", "application/xml", "text/xml", "application/x-www-form-urlencoded"])(
  "a Date in a %s body",
  (contentType) => {
    it("is sent as its toISOString(), and the caller's object is left as it was", async () => {
      const client = createCaliberClient({ baseUrl: mock.url });
      const body = { DateCreated: created, LastModified: "2025-05-21T08:00:00+02:00", Number: "555-0100" };
      const { response } = await client.PATCH(path, { params, body, headers: { "Content-Type": contentType } });
      expect(response.status).toBe(200);
      const arrived = mock.requests.at(-1)!;
      expect(arrived.rawBody).toContain(contentType.includes("form") ? encodeURIComponent(iso) : iso);
      expect(arrived.body).toEqual({ DateCreated: iso, LastModified: "2025-05-21T08:00:00+02:00", Number: "555-0100" });
      expect(body.DateCreated).toBe(created);
    });
  },
);

describe.each(["application/json", "text/json", "application/xml", "text/xml", "application/x-www-form-urlencoded"])(
  "the framework's own date-times (no offset: a DateTime of Kind Unspecified) in a %s body",
  (contentType) => {
    it("are sent as given, from DateTime's first to its last, and the mock takes them as they are", async () => {
      const client = createCaliberClient({ baseUrl: mock.url });
      const body = { DateCreated: "0001-01-01T00:00:00", LastModified: "9999-12-31T23:59:59.9999999", Number: "1" };
      const { response } = await client.PATCH(path, { params, body, headers: { "Content-Type": contentType } });
      expect(response.status).toBe(200);
      const arrived = mock.requests.at(-1)!;
      expect(arrived.rawBody).toContain(
        contentType.includes("form") ? "0001-01-01T00%3A00%3A00" : "0001-01-01T00:00:00",
      );
      expect(arrived.body).toEqual(body);
    });
  },
);

describe("a Date that cannot be sent", () => {
  it("an invalid Date is a CaliberValidationError at its field, with the body's other issues, and nothing is sent", async () => {
    const client = createCaliberClient({ baseUrl: mock.url });
    const before = mock.requests.length;
    const error = await refusal(
      client.PATCH(path, { params, body: { DateCreated: new Date("not a date"), PhoneID: "1" as unknown as number } }),
    );
    expect((error as { issues: unknown }).issues).toEqual([
      { path: "body.DateCreated", message: "is an invalid Date" },
      { path: "body.PhoneID", message: "must be an integer" },
    ]);
    expect(mock.requests.length).toBe(before);
  });

  it("an invalid Date is refused with validate: false too: it has no string to send", async () => {
    const client = createCaliberClient({ baseUrl: mock.url, validate: false });
    const before = mock.requests.length;
    const error = await refusal(client.PATCH(path, { params, body: { LastModified: new Date(Number.NaN) } }));
    expect((error as { issues: unknown }).issues).toEqual([
      { path: "body.LastModified", message: "is an invalid Date" },
    ]);
    expect(mock.requests.length).toBe(before);
  });

  it("a year past 9999 (toISOString writes +010000-…) is no RFC 3339 date-time: refused before sending", async () => {
    const client = createCaliberClient({ baseUrl: mock.url });
    const far = new Date(Date.UTC(10000, 0, 1));
    expect(far.toISOString()).toBe("+010000-01-01T00:00:00.000Z");
    const error = await refusal(client.PATCH(path, { params, body: { DateCreated: far } }));
    expect((error as { issues: { path: string }[] }).issues.map((issue) => issue.path)).toEqual(["body.DateCreated"]);
  });
});
