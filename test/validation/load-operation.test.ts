// An operation's facts load on its first call (its group's chunk in a browser), and to validate, its validators (a
// chunk of their own). When a load fails, the call fails with CaliberNetworkError and nothing is sent; the next
// call loads again.
import { describe, expect, it, vi } from "vitest";
import { hasXmlBody } from "../../generated/body-formats.ts";
import { createCaliberClient, isCaliberNetworkError, isCaliberValidationError } from "../../src/index.ts";
import { useRecordingServer } from "../helpers/recording-server.ts";

const loads = vi.hoisted(() => ({ groups: 0, validators: 0, failGroups: 0, failValidators: 0 }));
vi.mock(import("../../generated/operation-groups.ts"), async (importOriginal) => {
  const { operationGroups } = await importOriginal();
  // Every group's loader, and every operation's validators loader in it, failing while `loads` says so (as a chunk
  // the browser cannot fetch).
  const failingGroup = (load: (typeof operationGroups)[number]) => async () => {
    loads.groups++;
    if (loads.failGroups-- > 0) throw new TypeError("Failed to fetch a group chunk");
    const { operations } = await load();
    const wrapped = Object.entries(operations).map(([label, facts]) => [
      label,
      {
        ...facts!,
        load: () => {
          loads.validators++;
          return loads.failValidators-- > 0 ? Promise.reject(new TypeError("Failed to fetch a chunk")) : facts!.load();
        },
      },
    ]);
    return { operations: Object.assign(Object.create(null) as object, Object.fromEntries(wrapped)) };
  };
  return { operationGroups: operationGroups.map(failingGroup) };
});

const server = await useRecordingServer();
// Any operation of the spec: the test needs only that it has facts and validators to load.
const label = Object.keys(hasXmlBody)[0]!;
const [method, path] = label.split(" ") as [string, string];
const call = (client: ReturnType<typeof createCaliberClient>) =>
  client.request(method.toLowerCase() as "get", path as never, { params: { path: { bad: true } } } as never);

describe("loading an operation", () => {
  it("fails the call with CaliberNetworkError when its group cannot load, sending nothing; the next call loads it", async () => {
    const client = createCaliberClient({ baseUrl: server.origin, validate: false });
    loads.failGroups = 1;
    const failed = await call(client).catch((error: unknown) => error);
    expect(isCaliberNetworkError(failed)).toBe(true);
    expect((failed as Error).message).toContain("details could not be loaded, so nothing was sent");
    expect((failed as Error).cause).toEqual(new TypeError("Failed to fetch a group chunk"));
    expect(server.requests).toEqual([]);
    await call(client).catch(() => undefined);
    expect(loads.groups).toBe(2);
    // validate: false loads no validators; the group, once loaded, is not loaded again.
    await call(client).catch(() => undefined);
    expect(loads).toMatchObject({ groups: 2, validators: 0 });
  });

  it("fails the call with CaliberNetworkError when its validators cannot load, sending nothing; the next call loads them", async () => {
    const client = createCaliberClient({ baseUrl: server.origin });
    loads.failValidators = 1;
    const failed = await call(client).catch((error: unknown) => error);
    expect(isCaliberNetworkError(failed)).toBe(true);
    expect((failed as Error).message).toContain("validators could not be loaded, so nothing was sent");
    expect((failed as Error).cause).toEqual(new TypeError("Failed to fetch a chunk"));
    // Loaded now: the call is validated (its params are wrong), and still nothing was sent.
    const refused = await call(client).catch((error: unknown) => error);
    expect(isCaliberValidationError(refused)).toBe(true);
    expect(server.requests).toEqual([]);
    expect(loads.validators).toBe(2);
    // Loaded once: later calls do not load again.
    await call(client).catch(() => undefined);
    expect(loads).toMatchObject({ groups: 2, validators: 2 });
  });

  it("finds nothing for an operation the spec does not have, and refuses it when validating", async () => {
    const client = createCaliberClient({ baseUrl: server.origin });
    const refused = await client
      .request("get", "/not/in/the/spec" as never, {} as never)
      .catch((error: unknown) => error);
    expect(isCaliberValidationError(refused)).toBe(true);
    expect((refused as Error).message).toContain("url is not an operation of the spec");
    expect(server.requests).toEqual([]);
  });

  it("answers without an await once loaded: the facts and validation it loaded, no other", async () => {
    const loading = await import("../../src/validation/load-operation.ts");
    const facts = await loading.loadOperation(label);
    expect(loading.knownOperation(label)).toBe(facts);
    const validation = await loading.loadValidation(label, facts);
    expect(loading.loadedValidation(label)).toBe(validation);
    expect(loading.knownOperation("GET /never/loaded")).toBeUndefined();
    expect(loading.loadedValidation("GET /never/loaded")).toBeUndefined();
  });
});
