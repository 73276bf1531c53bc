// createCaliberClient's options are checked at creation, with a TypeError that names the option.
import { describe, expect, it } from "vitest";
import { createCaliberClient, type CaliberClientOptions } from "../../src/index.ts";
import { resolveOptions } from "../../src/client/options.ts";

const baseUrl = "http://127.0.0.1:1/CAPI2_Vision";
const create = (options: unknown) => () => createCaliberClient(options as CaliberClientOptions);

describe("resolveOptions", () => {
  it("fills in the defaults: 30 s timeout, validation on, no retries, no throwing", () => {
    expect(resolveOptions({ baseUrl })).toEqual({
      baseUrl,
      headers: undefined,
      headersProvider: undefined,
      fetch: undefined,
      timeoutMs: 30_000,
      retry: undefined,
      validate: true,
      throwOnError: false,
    });
  });

  it("turns retry: true or a partial object into whole retry options", () => {
    expect(resolveOptions({ baseUrl, retry: false }).retry).toBeUndefined();
    expect(resolveOptions({ baseUrl, retry: true }).retry).toEqual({
      retries: 2,
      baseDelayMs: 300,
      maxDelayMs: 10_000,
    });
    expect(resolveOptions({ baseUrl, retry: { retries: 4 } }).retry).toEqual({
      retries: 4,
      baseDelayMs: 300,
      maxDelayMs: 10_000,
    });
  });

  it("tells a static headers object from a headers function", () => {
    const provider = () => ({ Authorization: "Bearer t" });
    expect(resolveOptions({ baseUrl, headers: provider })).toMatchObject({
      headers: undefined,
      headersProvider: provider,
    });
    expect(resolveOptions({ baseUrl, headers: { "X-A": "1" } })).toMatchObject({
      headers: { "X-A": "1" },
      headersProvider: undefined,
    });
  });
});

describe("createCaliberClient refuses, naming the option", () => {
  it.each([
    [
      { baseUrl, retries: 3 },
      "unknown option retries; the options are baseUrl, headers, fetch, timeoutMs, retry, validate, throwOnError",
    ],
    [{ baseUrl, Validate: false }, "unknown option Validate"],
    [
      { baseUrl, retry: { retries: 1, delayMs: 5 } },
      "unknown option retry.delayMs; the options are retries, baseDelayMs, maxDelayMs",
    ],
    [{ baseUrl, validate: "no" }, "validate must be true or false, got a string"],
    [{ baseUrl, throwOnError: 1 }, "throwOnError must be true or false, got a number"],
    [{ baseUrl, validate: null }, "validate must be true or false, got null"],
    [{ baseUrl, fetch: "fetch" }, "fetch must be a function, got a string"],
    [{ baseUrl, headers: "Bearer t" }, "headers must be an object or a function that returns one, got a string"],
    [{ baseUrl, retry: 3 }, "retry must be true, false or an object such as { retries: 3 }, got a number"],
    [{ baseUrl, retry: [1] }, "retry must be true, false or an object such as { retries: 3 }, got an array"],
    [{ baseUrl, retry: null }, "retry must be true, false or an object such as { retries: 3 }, got null"],
    [{ baseUrl, headers: null }, "headers must be an object or a function that returns one, got null"],
    [{ headers: {} }, "baseUrl must be a string such as https://host/CAPI2_Vision"],
    [{ baseUrl: new URL(baseUrl) }, "baseUrl must be a string such as https://host/CAPI2_Vision"],
    [
      { baseUrl: "https://:s3cret@caliber.internal/" },
      "baseUrl must not contain a user name or password; send credentials in the headers option instead",
    ],
  ])("%j", (options, message) => {
    expect(create(options)).toThrow(TypeError);
    expect(create(options)).toThrow(`createCaliberClient: ${message}`);
  });

  it("names the scheme it refuses", () => {
    expect(create({ baseUrl: "ftp://caliber.internal/CAPI2_Vision" })).toThrow(
      /^createCaliberClient: baseUrl must use http or https, not ftp$/,
    );
  });

  it("refuses a missing or non-object options argument", () => {
    expect(create(undefined)).toThrow("createCaliberClient: pass an options object such as { baseUrl }");
    expect(create(null)).toThrow("createCaliberClient: pass an options object such as { baseUrl }");
    expect(create("http://host")).toThrow("createCaliberClient: pass an options object such as { baseUrl }");
  });

  it("never repeats a wrong value that is a string (it may be a token)", () => {
    expect(create({ baseUrl, headers: "Bearer s3cret" })).not.toThrow(/s3cret/);
    expect(create({ baseUrl, validate: "s3cret" })).not.toThrow(/s3cret/);
    expect(create({ baseUrl: "https://:s3cret@caliber.internal/" })).not.toThrow(/s3cret/);
  });
});

describe("the limits of each option are accepted", () => {
  it("timeoutMs up to setTimeout's limit, 2^31 - 1", () => {
    expect(resolveOptions({ baseUrl, timeoutMs: 2 ** 31 - 1 }).timeoutMs).toBe(2 ** 31 - 1);
  });

  it("retry with no retries and no waits", () => {
    const none = { retries: 0, baseDelayMs: 0, maxDelayMs: 0 };
    expect(resolveOptions({ baseUrl, retry: none }).retry).toEqual(none);
  });
});
