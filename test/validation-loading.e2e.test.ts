// The words of validation errors (src/validation-messages.ts) are loaded on the client's first refusal: a call
// that passes validation never loads them. These tests make that load fail, then succeed, against a real
// loopback server; in every case the refused call sends nothing and its issues name the fields.
import { afterEach, describe, expect, it, vi } from "vitest";
import { useRecordingServer } from "./helpers/recording-server.ts";

const server = await useRecordingServer();

const path = "/api/v2/clientcontact/{clientContactId}/phone";
const refused = { params: { path: { clientContactId: "abc" } }, body: { PhoneNumber: "x" } };
const valid = { params: { path: { clientContactId: 7 } }, body: { Number: "555-0100" } };

/** The client as a fresh module graph, so the words are not loaded yet. */
async function freshClientModule(): Promise<typeof import("../src/index.ts")> {
  vi.resetModules();
  return import("../src/index.ts");
}

function failLoadingMessages(): void {
  vi.doMock("../src/validation-messages.ts", () => {
    throw new Error("chunk validation-messages could not be fetched");
  });
}

async function issuesOf(call: Promise<unknown>, operation = `PATCH ${path}`): Promise<unknown> {
  const error = await call.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toMatchObject({ name: "CaliberValidationError", operation });
  return (error as { issues: unknown }).issues;
}

afterEach(() => {
  vi.doUnmock("../src/validation-messages.ts");
});

describe("words of validation errors, loaded on the first refusal", () => {
  it("the first refusal is worded in full; nothing is sent", async () => {
    const { createCaliberClient } = await freshClientModule();
    const client = createCaliberClient({ baseUrl: server.origin });
    expect(await issuesOf(client.PATCH(path, refused as never))).toEqual([
      { path: "params.path.clientContactId", message: "must be an integer" },
      { path: "body.PhoneNumber", message: "is not a property of the schema" },
    ]);
    expect(await issuesOf(client.PATCH(path, { params: valid.params } as never))).toEqual([
      { path: "body", message: "is required" },
    ]);
    expect(await issuesOf(client.request("get" as never, path as never, {} as never), `GET ${path}`)).toEqual([
      { path: "url", message: "is not an operation of the spec" },
    ]);
    expect(server.requests).toHaveLength(0);
  });

  it("a valid call never loads them", async () => {
    failLoadingMessages();
    const { createCaliberClient } = await freshClientModule();
    const { response } = await createCaliberClient({ baseUrl: server.origin }).PATCH(path, valid);
    expect(response.status).toBe(200);
    expect(server.requests).toHaveLength(1);
  });

  it("if they cannot be loaded, each issue still names its field and rule; the next refusal loads them again", async () => {
    failLoadingMessages();
    const { createCaliberClient } = await freshClientModule();
    const client = createCaliberClient({ baseUrl: server.origin });
    expect(await issuesOf(client.PATCH(path, refused as never))).toEqual([
      { path: "params.path.clientContactId", message: `fails the schema's "type" rule {"type":"integer"}` },
      {
        path: "body.PhoneNumber",
        message: `fails the schema's "additionalProperties" rule {"additionalProperty":"PhoneNumber"}`,
      },
    ]);
    expect(server.requests).toHaveLength(0);

    vi.doUnmock("../src/validation-messages.ts");
    expect(await issuesOf(client.PATCH(path, refused as never))).toEqual([
      { path: "params.path.clientContactId", message: "must be an integer" },
      { path: "body.PhoneNumber", message: "is not a property of the schema" },
    ]);
    expect(server.requests).toHaveLength(0);
  });
});
