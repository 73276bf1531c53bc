// Validation before anything is sent: every case below runs the real client against a real loopback server,
// which must count no request for a refused call.
import { describe, expect, it } from "vitest";
import {
  createCaliberClient,
  isCaliberValidationError,
  type CaliberValidationError,
  type Phone,
} from "../../src/index.ts";
import { helpPageSamples } from "../helpers/help-page.ts";
import { useRecordingServer } from "../helpers/recording-server.ts";

const server = await useRecordingServer();

const path = "/api/v2/clientcontact/{clientContactId}/phone";
const client = createCaliberClient({ baseUrl: server.origin });
const sample = JSON.parse(helpPageSamples().json) as Phone;

/** Calls PATCH with anything (as plain JavaScript could) and returns the validation error it must throw. */
async function refused(clientContactId: unknown, body: unknown, init: object = {}): Promise<CaliberValidationError> {
  const params = clientContactId === "<missing>" ? { path: {} } : { path: { clientContactId } };
  const error = await client.PATCH(path, { params, body, ...init } as never).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(server.requests).toHaveLength(0);
  if (!isCaliberValidationError(error)) throw new Error(`expected a CaliberValidationError, got ${String(error)}`);
  return error;
}

describe("refused before sending", () => {
  it.each([
    ["abc", "must be an integer"],
    ["42/../../admin", "must be an integer"],
    ["42", "must be an integer"],
    [1.5, "must be an integer"],
    [Number.NaN, "must be an integer"],
    [Number.POSITIVE_INFINITY, "must be an integer"],
    [2 ** 53, "must be an integer from -(2^53 - 1) to 2^53 - 1: a JavaScript number is not exact beyond that"],
    [-(2 ** 53), "must be an integer from -(2^53 - 1) to 2^53 - 1: a JavaScript number is not exact beyond that"],
    ["<missing>", "is required"],
  ])("clientContactId %j: %s", async (id, message) => {
    const error = await refused(id, {});
    expect(error.name).toBe("CaliberValidationError");
    expect(error.issues).toEqual([{ path: "params.path.clientContactId", message }]);
    expect(error.message).toContain(`params.path.clientContactId ${message}`);
  });

  it("refuses a call with no init at all, listing what is missing", async () => {
    const error = await client.PATCH(path, undefined as never).catch((e: unknown) => e);
    expect(error).toMatchObject({
      name: "CaliberValidationError",
      issues: [
        { path: "params.path", message: "is required" },
        { path: "body", message: "is required" },
      ],
    });
    expect(server.requests).toHaveLength(0);
  });

  it("says what a date-time must be", async () => {
    const error = await refused(1, { DateCreated: "2025-05-20T10:21" });
    expect(error.issues).toEqual([
      {
        path: "body.DateCreated",
        message:
          "must be a date-time like 2025-05-20T10:21:27.3260116-07:00 (RFC 3339's layout, upper-case T, up to 7 " +
          "fraction digits) with Z or an offset within ±14:00, from 0001-01-02 to 9999-12-30 UTC, or without an " +
          "offset like 0001-01-01T00:00:00 (a wall clock, bound as it is), from 0001-01-01T00:00:00 to " +
          "9999-12-31T23:59:59.9999999",
      },
    ]);
  });

  it("refuses a call with no params at all", async () => {
    const error = await client.PATCH(path, { body: {} } as never).catch((e: unknown) => e);
    expect(error).toMatchObject({
      name: "CaliberValidationError",
      issues: [{ path: "params.path", message: "is required" }],
    });
    expect(server.requests).toHaveLength(0);
  });

  it.each([
    [{ PhoneID: "1" }, "body.PhoneID", "must be an integer"],
    [{ PhoneID: 2 ** 60 }, "body.PhoneID", "must be an integer from -(2^53 - 1) to 2^53 - 1"],
    [{ IsPrimary: "true" }, "body.IsPrimary", "must be a boolean"],
    [{ Number: 5550100 }, "body.Number", "must be a string"],
    [{ PhoneNumber: "555-0100" }, "body.PhoneNumber", "is not a property of the schema"],
    [{ RefType: 7 }, "body.RefType", "must be one of 0"],
    [{ DateCreated: "2025-02-30T10:21:27Z" }, "body.DateCreated", "must be a date-time like"],
    [{ LastModified: "2025-05-20T25:21:27-07:00" }, "body.LastModified", "must be a date-time like"],
    [{ DateCreated: "2023-02-29T10:21:27.3260116" }, "body.DateCreated", "must be a date-time like"],
    [{ DateCreated: "2025-05-20T10:21:27.32601167Z" }, "body.DateCreated", "must be a date-time like"],
    [{ LastModified: "0001-01-01T00:00:00Z" }, "body.LastModified", "must be a date-time like"],
  ])("body %j: %s %s", async (body, issuePath, message) => {
    const error = await refused(1, body);
    expect(error.issues).toHaveLength(1);
    expect(error.issues[0]!.path).toBe(issuePath);
    expect(error.issues[0]!.message).toContain(message);
    expect(error.message).toContain(`${issuePath} ${message}`);
  });

  it("refuses an enum given by name, saying both what type and which values are allowed", async () => {
    const error = await refused(1, { RefType: "Division", NameOption: "Contact1" });
    expect(error.issues).toEqual([
      { path: "body.RefType", message: "must be an integer" },
      { path: "body.RefType", message: "must be one of 0" },
      { path: "body.NameOption", message: "must be an integer" },
      { path: "body.NameOption", message: "must be one of 0" },
    ]);
    expect(error.message).toContain("body.RefType must be an integer and must be one of 0");
  });

  it.each([
    ["null", null],
    ["an array", [sample]],
    ["a string", JSON.stringify(sample)],
    ["a number", 42],
  ])("refuses a body that is %s", async (_what, body) => {
    const error = await refused(1, body);
    expect(error.issues).toEqual([{ path: "body", message: "must be an object" }]);
  });

  it("refuses a missing body (the spec marks it required)", async () => {
    const error = await refused(1, undefined);
    expect(error.issues).toEqual([{ path: "body", message: "is required" }]);
  });

  it("lists every issue of a call at once, params and body", async () => {
    const error = await refused("abc", { PhoneID: "1", IsPrimary: "true", PhoneNumber: "x" });
    expect(error.issues.map((issue) => issue.path).sort()).toEqual([
      "body.IsPrimary",
      "body.PhoneID",
      "body.PhoneNumber",
      "params.path.clientContactId",
    ]);
    for (const field of ["clientContactId", "PhoneID", "IsPrimary", "PhoneNumber"])
      expect(error.message).toContain(field);
  });

  it("refuses an unknown query parameter and a path the spec does not have", async () => {
    const query = await refused(1, {}, { params: { path: { clientContactId: 1 }, query: { force: true } } });
    expect(query.issues).toEqual([{ path: "params.query.force", message: "is not a property of the schema" }]);

    const unknownPath = await client
      .PATCH("/api/v2/nothing" as typeof path, { params: { path: { clientContactId: 1 } }, body: {} })
      .catch((e: unknown) => e);
    expect(unknownPath).toMatchObject({
      name: "CaliberValidationError",
      issues: [{ path: "url", message: "is not an operation of the spec" }],
    });
    const unknownMethod = await client.GET(path as never, {} as never).catch((e: unknown) => e);
    expect(unknownMethod).toMatchObject({ name: "CaliberValidationError", operation: `GET ${path}` });
    expect(server.requests).toHaveLength(0);
  });

  it("validates the same body object whatever the Content-Type (XML included: the caller still passes a Phone)", async () => {
    for (const contentType of ["text/json", "application/xml", "text/xml", "application/x-www-form-urlencoded"]) {
      const error = await refused(1, { RefType: "Division" }, { headers: { "Content-Type": contentType } });
      expect(error.issues[0]).toEqual({ path: "body.RefType", message: "must be an integer" });
    }
  });
});

describe("accepted and sent", () => {
  it.each([
    ["the help page's sample", sample],
    ["an empty object (no field is required)", {}],
    ["a date-time with 7 fraction digits and an offset", { DateCreated: "2025-05-20T10:21:27.3260116-07:00" }],
    ["int32 bounds", { PhoneID: 2 ** 31 - 1, RefID: -(2 ** 31) }],
    [
      "integers beyond int32, which the page does not rule out (its 'integer' may be an Int64)",
      { PhoneID: 2 ** 31, RefID: -(2 ** 53 - 1), CreatedBy: 2 ** 53 - 1 },
    ],
    ["a leap day", { LastModified: "2024-02-29T23:59:59Z" }],
  ])("%s", async (_what, body) => {
    const { response } = await client.PATCH(path, { params: { path: { clientContactId: 42 } }, body: body as Phone });
    expect(response.status).toBe(200);
    expect(server.requests.map((r) => r.body)).toEqual([JSON.stringify(body)]);
  });

  it("sends what the spec does not know yet with validate: false", async () => {
    const unchecked = createCaliberClient({ baseUrl: server.origin, validate: false });
    const body = { RefType: 3, PhoneNumber: "555-0100" };
    await unchecked.PATCH(path, { params: { path: { clientContactId: 42 } }, body: body as never });
    expect(server.requests.map((r) => r.body)).toEqual([JSON.stringify(body)]);
  });

  it("sends a body that is no object, such as null, as JSON with validate: false", async () => {
    const unchecked = createCaliberClient({ baseUrl: server.origin, validate: false });
    await unchecked.PATCH(path, { params: { path: { clientContactId: 42 } }, body: null as never });
    expect(server.requests.map((r) => r.body)).toEqual(["null"]);
  });
});
