// Property-based: 10,000 generated invalid bodies and ids, all refused with nothing sent; 10,000 generated
// valid bodies, all sent over real HTTP and arriving byte for byte as JSON. Arbitraries come from the spec.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { readSpec } from "../../scripts/generate/spec.ts";
import { createCaliberClient, isCaliberValidationError, type Phone } from "../../src/index.ts";
import { useRecordingServer } from "../helpers/recording-server.ts";
import { invalidObject, invalidValue, validValue } from "../helpers/schema-arbitraries.ts";

const spec = await readSpec();
const operation = spec.paths["/api/v2/clientcontact/{clientContactId}/phone"]!.patch as any;
const bodySchema = operation.requestBody.content["application/json"].schema;
const idSchema = operation.parameters.find((p: any) => p.name === "clientContactId").schema;

const server = await useRecordingServer();

const path = "/api/v2/clientcontact/{clientContactId}/phone";
const client = createCaliberClient({ baseUrl: server.origin });
const numRuns = 10_000;

async function issuesOf(call: Promise<unknown>): Promise<{ path: string }[]> {
  const error = await call.then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!isCaliberValidationError(error)) throw new Error(`expected a CaliberValidationError, got ${String(error)}`);
  return error.issues;
}

describe("generated input", () => {
  it("refuses every invalid body, naming the field, and sends nothing", { timeout: 120_000 }, async () => {
    await fc.assert(
      fc.asyncProperty(validValue(spec, idSchema), invalidObject(spec, bodySchema), async (id, invalid) => {
        const call = client.PATCH(path, {
          params: { path: { clientContactId: id as number } },
          body: invalid.value as Phone,
        });
        const issues = await issuesOf(call);
        expect(issues.map((issue) => issue.path)).toContain(`body${invalid.path}`);
        expect(server.requests).toHaveLength(0);
      }),
      { numRuns },
    );
  });

  it("refuses every invalid or missing id, naming it, and sends nothing", { timeout: 120_000 }, async () => {
    const badId = fc.option(invalidValue(spec, idSchema), { nil: undefined, freq: 10 });
    await fc.assert(
      fc.asyncProperty(badId, validValue(spec, bodySchema), async (id, body) => {
        const params = { path: id === undefined ? {} : { clientContactId: id } };
        const issues = await issuesOf(client.PATCH(path, { params, body } as never));
        expect(issues.length).toBeGreaterThan(0);
        expect(new Set(issues.map((issue) => issue.path))).toEqual(new Set(["params.path.clientContactId"]));
        expect(server.requests).toHaveLength(0);
      }),
      { numRuns },
    );
  });

  it("sends every valid body byte for byte as JSON, to the id's URL", { timeout: 300_000 }, async () => {
    await fc.assert(
      fc.asyncProperty(validValue(spec, idSchema), validValue(spec, bodySchema), async (id, body) => {
        server.requests.length = 0;
        const { response } = await client.PATCH(path, {
          params: { path: { clientContactId: id as number } },
          body: body as Phone,
        });
        expect(response.status).toBe(200);
        expect(server.requests).toHaveLength(1);
        const [request] = server.requests;
        expect(request!.url).toBe(`/api/v2/clientcontact/${id as number}/phone`);
        expect(request!.headers["content-type"]).toBe("application/json");
        expect(request!.bytes.equals(Buffer.from(JSON.stringify(body), "utf8"))).toBe(true);
        expect(JSON.parse(request!.body)).toEqual(body);
      }),
      { numRuns },
    );
  });
});
