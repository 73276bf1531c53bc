// An operation's validators load on its first call (a chunk of their own in a browser). When that load fails,
// the call fails with CaliberNetworkError and nothing is sent; the next call loads them again.
import { describe, expect, it, vi } from "vitest";
import { createCaliberClient, isCaliberNetworkError, isCaliberValidationError } from "../../src/index.ts";
import { useRecordingServer } from "../helpers/recording-server.ts";

const failures = vi.hoisted(() => ({ left: 0, loads: 0 }));
vi.mock(import("../../generated/validator-loaders.ts"), async (importOriginal) => {
  const { requestValidatorLoaders } = await importOriginal();
  // Every loader of the spec, failing while `failures.left` says so (as a chunk the browser cannot fetch).
  const failing = Object.fromEntries(
    Object.entries(requestValidatorLoaders).map(([path, methods]) => [
      path,
      Object.fromEntries(
        Object.entries(methods ?? {}).map(([method, load]) => [
          method,
          () => {
            failures.loads++;
            return failures.left-- > 0 ? Promise.reject(new TypeError("Failed to fetch a chunk")) : load!();
          },
        ]),
      ),
    ]),
  );
  return { requestValidatorLoaders: failing as typeof requestValidatorLoaders };
});
const { requestValidatorLoaders } = await import("../../generated/validator-loaders.ts");

const server = await useRecordingServer();
// Any operation of the spec: the test needs only that it has validators to load.
const [path, methods] = Object.entries(requestValidatorLoaders)[0]!;
const method = Object.keys(methods!)[0]!.toUpperCase();

describe("loading an operation's validators", () => {
  // First: once the operation is loaded, nothing would load again anyway.
  it("loads nothing with validate: false", async () => {
    const before = failures.loads;
    const client = createCaliberClient({ baseUrl: server.origin, validate: false });
    await client.request(method as "get", path as never, {} as never).catch(() => undefined);
    expect(failures.loads).toBe(before);
  });

  it("fails the call with CaliberNetworkError, sending nothing, and loads again on the next call", async () => {
    const client = createCaliberClient({ baseUrl: server.origin });
    const call = () => client.request(method as "get", path as never, { params: { path: { bad: true } } } as never);
    failures.left = 1;
    const failed = await call().catch((error: unknown) => error);
    expect(isCaliberNetworkError(failed)).toBe(true);
    expect((failed as Error).message).toContain("validators could not be loaded, so nothing was sent");
    expect((failed as Error).cause).toEqual(new TypeError("Failed to fetch a chunk"));
    // Loaded now: the call is validated (its params are wrong), and still nothing was sent.
    const refused = await call().catch((error: unknown) => error);
    expect(isCaliberValidationError(refused)).toBe(true);
    expect(server.requests).toEqual([]);
    expect(failures.loads).toBe(2);
    // Loaded once: later calls do not load again.
    await call().catch(() => undefined);
    expect(failures.loads).toBe(2);
  });
});
