// Each request format goes client → mock over real HTTP; what the mock decoded equals what was sent.
import { afterAll, describe, expect, it } from "vitest";
import {
  createCaliberClient,
  isCaliberValidationError,
  NameOptions,
  ObjectTypes,
  type Phone,
} from "../../src/index.ts";
import { startMockServer } from "../../src/mock/index.ts";
import { helpPageSamples } from "../helpers/help-page.ts";

const mock = await startMockServer({ basePath: "/CAPI2_Vision" });
afterAll(() => mock.close());
const client = createCaliberClient({ baseUrl: mock.url });
const path = "/api/v2/clientcontact/{clientContactId}/phone";

const bodies: [string, Phone][] = [
  ["the page's sample", JSON.parse(helpPageSamples().json) as Phone],
  [
    "a few fields",
    { Number: "555 & <0100>", IsPrimary: false, RefType: ObjectTypes.Division, NameOption: NameOptions.Contact1 },
  ],
  ["no field", {}],
];

describe.each(["application/json", "text/json", "application/xml", "text/xml", "application/x-www-form-urlencoded"])(
  "%s, client → mock",
  (contentType) => {
    // An empty form body binds no object at all in ASP.NET: the client refuses it (below).
    const sendable = contentType.includes("form") ? bodies.filter(([name]) => name !== "no field") : bodies;
    it.each(sendable)("%s arrives as sent", async (_name, body) => {
      const { response, data } = await client.PATCH(path, {
        params: { path: { clientContactId: 77 } },
        body,
        headers: { "Content-Type": contentType },
      });
      expect(response.status).toBe(200);
      const arrived = mock.requests.at(-1)!;
      expect(arrived.contentType).toBe(contentType);
      expect(arrived.body).toEqual(body);
      expect(data).toMatchObject(body);
    });
  },
);

describe("application/x-www-form-urlencoded, refused before sending", () => {
  it.each([
    ["no field", {}, "body"],
    ["an empty string", { Number: "" }, "body.Number"],
    ["a whitespace-only string", { Number: " \t" }, "body.Number"],
    ["a lone surrogate", { Number: "a\ud800" }, "body.Number"],
  ])("%s: ASP.NET's form binder would not bind it as sent", async (_name, body, issuePath) => {
    const before = mock.requests.length;
    const error = await client
      .PATCH(path, {
        params: { path: { clientContactId: 77 } },
        body,
        headers: { "Content-Type": "application/x-www-form-urlencoded" },
      })
      .catch((e: unknown) => e);
    if (!isCaliberValidationError(error)) throw new Error(`expected a CaliberValidationError, got ${String(error)}`);
    expect(error.issues.map((issue) => issue.path)).toEqual([issuePath]);
    expect(mock.requests).toHaveLength(before);
  });
});
