// The round trip: what the real server writes for an unset body type (`new Phone()`: null strings, zeros,
// 0001-01-01T00:00:00) must go back to it unchanged, in every request format, and bind the same values. For every
// operation of the spec whose body is a data contract, the generated server is asked for its own rendering of an
// unset one (an empty JSON body, echoed by test/aspnet's BindingReport with X-Caliber-Echo, in the format Accept
// names). DataContract XML is the server's own; its JSON is built here the way Json.NET's default settings write
// it (every member, null as `null`), since Mono's JSON answer leaves null members out: what Mono does write is
// checked against it. Each is read as the client reads it (the body model's XML reader, JSON.parse), then sent
// back through the packed client to the framework and the mock. Nothing here names an operation.
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { operations } from "../../generated/operations.ts";
import { parseDataContractXml } from "../../src/formats/xml/parse-data-contract-xml.ts";
import { operationLabel, type OperationInfo } from "../../src/operation-info.ts";
import { monoInstallCommand, skipAspNetTests } from "../helpers/aspnet-server.ts";
import { loadPackedPackage } from "../helpers/packed-package.ts";
import type { BodyModel } from "../../src/model/body-model.ts";
import { boundValue, defaultValue, type BindingReport } from "./bound-values.ts";

const aspnetUrl = inject("aspnetUrl");
const packages = await loadPackedPackage(inject("packedProject"));
const echoHeader = "X-Caliber-Echo";

/** Operations whose request body is one data contract, and so has an unset value the server can write. */
const contractOperations = operations.filter((operation) => operation.requestBody?.kind === "object");

/** Path parameters the operation needs, one plain value of each kind (query parameters are left out). */
function pathParams(operation: OperationInfo): Record<string, unknown> {
  const sample = (kind: string) =>
    kind === "string" ? "x" : kind === "uuid" ? "0f8fad5b-d9cb-469f-a165-70867728950e" : 1;
  return Object.fromEntries(
    operation.parameters.filter((p) => p.in === "path").map((p) => [p.name, sample(p.model.kind)]),
  );
}

function urlOf(operation: OperationInfo): string {
  const params = pathParams(operation);
  const path = operation.path.replace(/\{([^}]+)\}/g, (_, name: string) => encodeURIComponent(String(params[name])));
  return `${aspnetUrl}${path.slice(1)}`;
}

/** The framework's answer to an empty JSON body: its binding report, or with `accept`, the unset value it writes. */
async function askServer(operation: OperationInfo, accept?: string): Promise<Response> {
  const response = await fetch(urlOf(operation), {
    method: operation.method.toUpperCase(),
    headers: { "content-type": "application/json", ...(accept ? { accept, [echoHeader]: "1" } : {}) },
    body: "{}",
  });
  expect(response.status).toBe(200);
  return response;
}

/** Json.NET's default settings: every member of the contract, in order, null as `null`. */
function jsonNetDefault(value: Record<string, unknown>, operation: OperationInfo): Record<string, unknown> {
  const model = operation.requestBody!;
  const contract = model.kind === "object" ? operation.types[model.type]! : undefined;
  return Object.fromEntries(contract!.members.map(([name]) => [name, value[name] ?? null]));
}

describe.skipIf(skipAspNetTests)("what the server writes for an unset body, sent back unchanged", () => {
  beforeAll(() => {
    if (!aspnetUrl)
      throw new Error(`no ASP.NET Web API server: Mono is missing. Install it with: ${monoInstallCommand}`);
  });

  it("has operations to prove it on (the spec has a body that is a data contract)", () => {
    expect(contractOperations.length).toBeGreaterThan(0);
  });

  describe.each(["esm", "cjs"] as const)("loaded with %s", (system) => {
    const { client: lib, mock: mockLib } = packages[system];
    let mock: Awaited<ReturnType<typeof mockLib.startMockServer>>;
    beforeAll(async () => {
      mock = await mockLib.startMockServer();
    });
    afterAll(() => mock?.close());

    it.each(contractOperations.map((operation) => ({ operation, name: operationLabel(operation) })))(
      "$name: the server's unset value, read from its XML and its JSON, binds the same in every format",
      { timeout: 120_000 },
      async ({ operation }) => {
        const model = operation.requestBody!;
        const unset = (await (await askServer(operation)).json()) as BindingReport;
        expect(unset.modelState).toEqual([]);
        const expected = boundValue(unset.body, model, operation.types);

        const xml = await (await askServer(operation, "application/xml")).text();
        expect(xml).toContain('i:nil="true"'); // the unset reference-type members, as DataContract writes them
        const fromXml = parseDataContractXml(xml, model, operation.types);
        expect(fromXml.issues).toEqual([]);
        const fromJson = JSON.parse(JSON.stringify(jsonNetDefault(fromXml.body as Record<string, unknown>, operation)));
        const monoJson = (await (await askServer(operation, "application/json")).json()) as Record<string, unknown>;
        // Mono's own JSON is that, less the null members.
        expect(monoJson).toEqual(Object.fromEntries(Object.entries(fromJson).filter(([, v]) => v !== null)));

        const framework = lib.createCaliberClient({ baseUrl: aspnetUrl });
        const mocked = lib.createCaliberClient({ baseUrl: mock.url });
        const method = operation.method.toUpperCase() as "PATCH";
        for (const [source, body] of [
          ["XML", fromXml.body],
          ["JSON", fromJson],
        ] as const) {
          for (const mediaType of operation.requestMediaTypes) {
            const init = { params: { path: pathParams(operation) }, body, headers: { "Content-Type": mediaType } };
            // A form carries no null: a contract whose unset members are all null (no value-type member) has no
            // field left, which the binder would read as no object at all, so the client refuses it unsent.
            const formFields = Object.values(body as Record<string, unknown>).filter((v) => v !== null);
            if (mediaType.includes("form") && formFields.length === 0) {
              const sentBefore = mock.requests.length;
              for (const client of [framework, mocked]) {
                const refused = await client[method](operation.path as never, init as never).catch((e: unknown) => e);
                expect(lib.isCaliberValidationError(refused), `${source} → ${mediaType}`).toBe(true);
                expect((refused as { issues: unknown[] }).issues).toEqual([
                  { path: "body", message: expect.stringContaining("has no fields") },
                ]);
              }
              expect(mock.requests.length, `${source} → ${mediaType}: nothing sent`).toBe(sentBefore);
              continue;
            }
            const { data, error } = await framework[method](operation.path as never, init as never);
            expect(error, `${source} → ${mediaType}`).toBeUndefined();
            const report = data as unknown as BindingReport;
            expect(report.modelState, `${source} → ${mediaType}`).toEqual([]);
            expect(boundValue(report.body, model, operation.types), `${source} → ${mediaType}`).toEqual(expected);

            const atMock = await mocked[method](operation.path as never, init as never);
            expect(atMock.response.status, `${source} → ${mediaType} at the mock`).toBeLessThan(300);
            // The mock stores what a form could carry: the null members are left out of it.
            const stored = mock.requests.at(-1)!.body as Record<string, unknown>;
            const carried = mediaType.includes("form")
              ? Object.fromEntries(Object.entries(body as Record<string, unknown>).filter(([, v]) => v !== null))
              : body;
            expect(stored, `${source} → ${mediaType} at the mock`).toEqual(carried);
          }
        }
      },
    );
  });
});

/** The members of a body's data contract whose .NET type is a value type the spec does not make nullable. */
function valueTypeMembers(operation: OperationInfo): (readonly [string, BodyModel])[] {
  const model = operation.requestBody!;
  if (model.kind !== "object") return [];
  const valueKinds = new Set(["integer", "number", "boolean", "date-time", "uuid", "enum"]);
  return operation.types[model.type]!.members.filter(([, member]) => valueKinds.has(member.kind) && !member.nullable);
}

// Why the spec leaves value types non-nullable: a null sent to one is never bound as null, in any format.
describe.skipIf(skipAspNetTests)("a null for a member of a value type (int, bool, DateTime, enum)", () => {
  const cases = contractOperations.flatMap((operation) =>
    valueTypeMembers(operation).map(([member, model]) => ({
      operation,
      member,
      model,
      name: operationLabel(operation),
    })),
  );

  it("has members to prove it on", () => {
    expect(cases.length).toBeGreaterThan(0);
  });

  it.each(cases)("$name $member: the framework never binds it as null, and the client refuses it", async (c) => {
    const { operation, member, model } = c;
    const send = async (contentType: string, body: string) =>
      (await (
        await fetch(urlOf(operation), {
          method: operation.method.toUpperCase(),
          headers: { "content-type": contentType },
          body,
        })
      ).json()) as BindingReport<Record<string, unknown>>;
    // JSON: Mono's Json.NET binds the type's default without a word (silently changed).
    const json = await send("application/json", JSON.stringify({ [member]: null }));
    expect(json.modelState).toEqual([]);
    expect(boundValue(json.body[member], model, operation.types)).toEqual(defaultValue(model));
    // XML: DataContractSerializer refuses the whole body.
    const contract = operation.types[(operation.requestBody as { type: string }).type]!;
    const xmlns = contract.namespace === undefined ? "" : ` xmlns="${contract.namespace}"`;
    const xml = await send(
      "application/xml",
      `<${contract.name} xmlns:i="http://www.w3.org/2001/XMLSchema-instance"${xmlns}><${member} i:nil="true"/></${contract.name}>`,
    );
    expect(xml.bodyIsNull).toBe(true);
    expect(xml.modelState.map((m) => m.message).join(" ")).toMatch(/cannot be null/);
    // Form: the text "null" is no value of the type.
    const form = await send("application/x-www-form-urlencoded", `${encodeURIComponent(member)}=null`);
    expect(form.modelState.map((m) => m.message)).toContain(`The value 'null' is not valid for ${member}.`);

    const client = packages.esm.client.createCaliberClient({ baseUrl: aspnetUrl });
    for (const mediaType of operation.requestMediaTypes) {
      const init = {
        params: { path: pathParams(operation) },
        body: { [member]: null },
        headers: { "Content-Type": mediaType },
      };
      const error = await client[operation.method.toUpperCase() as "PATCH"](
        operation.path as never,
        init as never,
      ).catch((e: unknown) => e);
      expect(packages.esm.client.isCaliberValidationError(error), mediaType).toBe(true);
      // Only at the member (an enum's null is two issues there: its type, and its members).
      expect(new Set((error as { issues: { path: string }[] }).issues.map((issue) => issue.path))).toEqual(
        new Set([`body.${member}`]),
      );
    }
  });
});

/** DateTime's ticks (100 ns since 0001-01-01T00:00:00) of a wall clock `yyyy-MM-ddTHH:mm:ss[.fffffff]`. */
function ticksOf(wallClock: string): string {
  const [, date, time, fraction = ""] = /^(\d{4}-\d\d-\d\d)T(\d\d:\d\d:\d\d)(?:\.(\d{1,7}))?$/.exec(wallClock)!;
  const [year, month, day] = date!.split("-").map(Number) as [number, number, number];
  const [hour, minute, second] = time!.split(":").map(Number) as [number, number, number];
  const wall = new Date(0);
  wall.setUTCFullYear(year, month - 1, day);
  wall.setUTCHours(hour, minute, second, 0);
  const sinceYearOne = BigInt(wall.getTime()) - BigInt(Date.UTC(2000, 0, 1)) + 63082281600000n; // 0001-01-01 → 2000-01-01
  return (sinceYearOne * 10_000n + BigInt(fraction.padEnd(7, "0"))).toString();
}

// The framework's own date-times (no offset) bind as DateTimes of Kind Unspecified with exactly their wall clock,
// whatever the server's time zone (Los Angeles here), in every format the client sends.
describe.skipIf(skipAspNetTests)("a date-time without an offset", () => {
  const cases = contractOperations.flatMap((operation) => {
    const model = operation.requestBody as { type: string };
    const member = operation.types[model.type]!.members.find(([, m]) => m.kind === "date-time");
    return member ? [{ operation, member: member[0], name: operationLabel(operation) }] : [];
  });
  const wallClocks = [
    "0001-01-01T00:00:00",
    "9999-12-31T23:59:59.9999999",
    "2025-05-20T10:21:27.3260116",
    "2007-11-04T01:30:00",
  ];

  it("has a date-time member to prove it on", () => {
    expect(cases.length).toBeGreaterThan(0);
  });

  it.each(cases)("$name $member: binds its wall clock exactly, Kind Unspecified, in every format", async (c) => {
    const { operation, member } = c;
    const client = packages.esm.client.createCaliberClient({ baseUrl: aspnetUrl });
    for (const wallClock of wallClocks) {
      for (const mediaType of operation.requestMediaTypes) {
        const init = {
          params: { path: pathParams(operation) },
          body: { [member]: wallClock },
          headers: { "Content-Type": mediaType },
        };
        const { data, error } = await client[operation.method.toUpperCase() as "PATCH"](
          operation.path as never,
          init as never,
        );
        expect(error, `${wallClock} ${mediaType}`).toBeUndefined();
        const report = data as unknown as BindingReport<Record<string, { kind: string; ticks: string }>>;
        expect(report.modelState).toEqual([]);
        expect(report.body[member], `${wallClock} ${mediaType}`).toMatchObject({
          kind: "Unspecified",
          ticks: ticksOf(wallClock),
        });
      }
    }
  });
});
