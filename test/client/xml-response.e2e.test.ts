// A 2xx DataContract XML answer is read by its response's body model (ArrayOf… roots included), on a fixture spec
// whose GET has a collection response schema in JSON and XML: the generated tables are the fixture's, the client and
// the server on 127.0.0.1 are real. Answers the spec gives no schema keep today's reading.
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it, vi } from "vitest";

const fixture = fileURLToPath(new URL("../formats/fixtures/nested-bodies.yaml", import.meta.url));

vi.mock("../../generated/operations.ts", async () => {
  const { readSpec } = await import("../../scripts/generate/spec.ts");
  const { findOperations } = await import("../../scripts/generate/operations.ts");
  return { operations: findOperations(await readSpec(fixture)) };
});
// The fixture's operations as the client looks them up (XML flags; no validators: the calls do not validate).
vi.mock("../../src/validation/load-operation.ts", async (original) => {
  const actual = await original<typeof import("../../src/validation/load-operation.ts")>();
  const { readSpec } = await import("../../scripts/generate/spec.ts");
  const { operationFormats } = await import("../../scripts/generate/operations.ts");
  const formats = operationFormats(await readSpec(fixture));
  const knownOperation = (label: string) => {
    const found = formats.find((format) => format.label === label);
    return found ? { ...(found.xmlResponse ? { xmlResponse: true as const } : {}), load: () => never } : null;
  };
  const never = () => Promise.reject(new Error("not loaded: these calls do not validate"));
  return { ...actual, knownOperation, loadOperation: (label: string) => Promise.resolve(knownOperation(label)) };
});

const { createCaliberClient, isCaliberResponseParseError } = await import("../../src/index.ts");

const xmlns =
  'xmlns:i="http://www.w3.org/2001/XMLSchema-instance" xmlns="http://schemas.datacontract.org/2004/07/CaliberAPI"';
let answer = { type: "application/xml; charset=utf-8", body: "" };
const server = createServer((_request, response) => {
  response.writeHead(200, { "content-type": answer.type }).end(answer.body);
});
await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));
const baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

function getPhones(path = "/api/v2/clientcontact/{id}/phone") {
  const client = createCaliberClient({ baseUrl, validate: false });
  return (client as unknown as { GET: (path: string, init: unknown) => Promise<{ data?: unknown }> }).GET(path, {
    params: { path: { id: 1 } },
    headers: { Accept: "application/xml" },
  });
}

describe("a DataContract XML answer with a response schema", () => {
  it("is data of the schema's shape: an ArrayOfPhone as an array, members typed, i:nil as null", async () => {
    answer = {
      type: "application/xml; charset=utf-8",
      body:
        `<ArrayOfPhone ${xmlns}><Phone><IsPrimary>true</IsPrimary><Number>555</Number></Phone>` +
        `<Phone><Number i:nil="true"/></Phone></ArrayOfPhone>`,
    };
    expect((await getPhones()).data).toEqual([{ IsPrimary: true, Number: "555" }, { Number: null }]);
  });

  it("in text/xml too", async () => {
    answer = { type: "text/xml", body: `<ArrayOfPhone ${xmlns}/>` };
    expect((await getPhones()).data).toEqual([]);
  });

  it("that does not fit the schema is a CaliberResponseParseError naming what is wrong", async () => {
    answer = { type: "application/xml", body: `<Phone ${xmlns}><Number>1</Number></Phone>` };
    const error = await getPhones().then(
      () => undefined,
      (thrown: unknown) => thrown,
    );
    expect(isCaliberResponseParseError(error)).toBe(true);
    expect((error as Error).message).toBe(
      "GET /api/v2/clientcontact/{id}/phone answered 200 with a body that is not valid DataContract XML: " +
        "body must have the root element <ArrayOfPhone>, found Phone",
    );
  });

  it("a JSON answer of the same operation is read as JSON, as before", async () => {
    answer = { type: "application/json", body: '[{"Number":"1"}]' };
    expect((await getPhones()).data).toEqual([{ Number: "1" }]);
  });
});

describe("an XML answer the spec gives no schema", () => {
  it("comes back as text, as before", async () => {
    answer = { type: "application/xml", body: `<Anything/>` };
    expect((await getPhones("/api/v2/clientcontact/{id}")).data).toBe("<Anything/>");
  });
});
