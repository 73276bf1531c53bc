// Validate what is sent: the client takes one snapshot of the body at the start of the call (own enumerable data,
// plain values), and the validators and every writer read that snapshot. Over a real server on 127.0.0.1.
import { describe, expect, it } from "vitest";
import { createCaliberClient, isCaliberValidationError } from "../../src/index.ts";
import { useRecordingServer } from "../helpers/recording-server.ts";

const server = await useRecordingServer();
const path = "/api/v2/clientcontact/{clientContactId}/phone";
const formats = ["application/json", "application/xml", "application/x-www-form-urlencoded"];

function patch(body: unknown, contentType = "application/json") {
  return createCaliberClient({ baseUrl: server.origin }).PATCH(path, {
    params: { path: { clientContactId: 42 } },
    body: body as never,
    headers: { "Content-Type": contentType },
  });
}

describe("the body's snapshot", () => {
  it.each(formats)(
    "a getter that turns hostile after validation runs once: %s sends what was validated",
    async (type) => {
      let reads = 0;
      const body = {
        get Number(): unknown {
          reads++;
          return reads === 1 ? "555" : { evil: true };
        },
      };
      const { response } = await patch(body, type);
      expect(response.status).toBe(200);
      expect(reads).toBe(1);
      const sent = server.requests.at(-1)!.body;
      expect(sent).toContain("555");
      expect(sent).not.toContain("evil");
    },
  );

  it("a getter that throws is the caller's error, unchanged, and nothing is sent", async () => {
    const mine = new Error("not readable");
    const body = {
      get Number(): string {
        throw mine;
      },
    };
    await expect(patch(body)).rejects.toBe(mine);
    expect(server.requests).toHaveLength(0);
  });

  it("a Date changed after the call started is sent as it was when the call was made", async () => {
    const when = new Date("2025-05-20T10:21:27.326Z");
    const call = patch({ LastModified: when });
    when.setUTCFullYear(1999);
    await call;
    expect(JSON.parse(server.requests.at(-1)!.body)).toEqual({ LastModified: "2025-05-20T10:21:27.326Z" });
  });

  it("only own enumerable data goes: an inherited or hidden field is neither validated nor sent", async () => {
    const body = Object.create({ Extension: "inherited" }) as Record<string, unknown>;
    body.Number = "1";
    Object.defineProperty(body, "AreaCode", { value: "hidden", enumerable: false });
    await patch(body, "application/xml");
    expect(server.requests.at(-1)!.body).toMatch(/<Number>1<\/Number><\/Phone>$/);
  });

  it("an own __proto__ key (as JSON.parse makes one) stays a field, refused by name", async () => {
    const error = await patch(JSON.parse('{"Number":"1","__proto__":{"Extension":"x"}}')).then(
      () => undefined,
      (thrown: unknown) => thrown,
    );
    expect(isCaliberValidationError(error) && error.issues.map((issue) => issue.path)).toEqual(["body.__proto__"]);
    expect(server.requests).toHaveLength(0);
  });

  it("the caller's object is not changed", async () => {
    const body = { Number: "1", DateCreated: new Date("2025-05-20T10:21:27Z") };
    await patch(body);
    expect(body.DateCreated).toBeInstanceOf(Date);
    const error = await patch({ Number: 5 }).then(
      () => undefined,
      (thrown: unknown) => thrown,
    );
    expect(isCaliberValidationError(error)).toBe(true);
  });
});
