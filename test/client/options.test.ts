// createCaliberClient's options are checked at creation, with a TypeError that names the option.
import { describe, expect, it, vi } from "vitest";
import { createCaliberClient, type CaliberClientOptions } from "../../src/index.ts";
import { resolveOptions } from "../../src/client/options.ts";

const baseUrl = "http://127.0.0.1:1/CAPI2_Vision";
const create = (options: unknown) => () => createCaliberClient(options as CaliberClientOptions);

describe("resolveOptions", () => {
  it("fills in the defaults: 30 s timeout, validation on, no retries, no throwing, 16 MiB bodies, depth 64", () => {
    expect(resolveOptions({ baseUrl })).toEqual({
      baseUrl,
      headers: undefined,
      headersProvider: undefined,
      fetch: undefined,
      timeoutMs: 30_000,
      retry: undefined,
      validate: true,
      throwOnError: false,
      maxResponseBytes: 16 * 1024 * 1024,
      maxRequestBytes: 16 * 1024 * 1024,
      maxBodyDepth: 64,
      redirects: "same-origin",
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
  it.each<[object, string]>([
    [
      { baseUrl, retries: 3 },
      "unknown option retries; the options are baseUrl, headers, fetch, timeoutMs, retry, validate, throwOnError, " +
        "maxResponseBytes, maxRequestBytes, maxBodyDepth, redirects",
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
    // openapi-fetch would append the path after them: PATCH /base, or /base?x=1/api/v2/…
    ...["https://host/base#frag", "https://host/base?x=1", "https://host/base?", "https://host/base#"].map(
      (url): [object, string] => [
        { baseUrl: url },
        "baseUrl must not have a query (?) or a fragment (#); pass query values as params",
      ],
    ),
    // Past setTimeout's limit a wait fires at once: Node waits 1 ms.
    [{ baseUrl, retry: { maxDelayMs: 2 ** 31 } }, "retry.maxDelayMs must be at most 2147483647 ms"],
    [{ baseUrl, retry: { baseDelayMs: 2 ** 32 } }, "retry.baseDelayMs must be at most 2147483647 ms"],
    [
      { baseUrl, timeoutMs: 2 ** 31 },
      "timeoutMs must be a whole number of milliseconds from 0 (no timeout) to 2147483647",
    ],
    ...(["maxResponseBytes", "maxRequestBytes"] as const).flatMap((name) =>
      [
        [0, "0"],
        [1.5, "1.5"],
        [-1, "-1"],
        [Number.NaN, "NaN"],
        [-Infinity, "-Infinity"],
        ["16MB", "a string"],
        [null, "null"],
      ].map(([value, shown]): [object, string] => [
        { baseUrl, [name]: value },
        `${name} must be a whole number of bytes ≥ 1, or Infinity for no limit, got ${shown}`,
      ]),
    ),
    [{ baseUrl, maxBodyDepth: 0 }, "maxBodyDepth must be a whole number from 1 to 1000, got 0"],
    [{ baseUrl, maxBodyDepth: 1001 }, "maxBodyDepth must be a whole number from 1 to 1000, got 1001"],
    [{ baseUrl, maxBodyDepth: Infinity }, "maxBodyDepth must be a whole number from 1 to 1000, got Infinity"],
    [{ baseUrl, maxBodyDepth: "64" }, "maxBodyDepth must be a whole number from 1 to 1000, got a string"],
    [{ baseUrl, redirects: "follow" }, 'redirects must be "same-origin" or "any-origin", got a string'],
    [{ baseUrl, redirects: true }, 'redirects must be "same-origin" or "any-origin", got a boolean'],
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
    expect(create({ baseUrl, maxResponseBytes: "s3cret" })).not.toThrow(/s3cret/);
    expect(create({ baseUrl, redirects: "s3cret" })).not.toThrow(/s3cret/);
    expect(create({ baseUrl: "https://:s3cret@caliber.internal/" })).not.toThrow(/s3cret/);
  });
});

describe("the limits of each option are accepted", () => {
  it("timeoutMs up to setTimeout's limit, 2^31 - 1", () => {
    expect(resolveOptions({ baseUrl, timeoutMs: 2 ** 31 - 1 }).timeoutMs).toBe(2 ** 31 - 1);
  });

  it("retry waits up to setTimeout's limit, and any number of retries", () => {
    // retries is a count, not a delay: not held to the timer's limit.
    const longest = { retries: 2 ** 31, baseDelayMs: 2 ** 31 - 1, maxDelayMs: 2 ** 31 - 1 };
    expect(resolveOptions({ baseUrl, retry: longest }).retry).toEqual(longest);
  });

  it("size limits from 1 byte to Infinity (no limit), depth from 1 to 1000, either redirect policy", () => {
    for (const bytes of [1, 2 ** 40, Infinity]) {
      expect(resolveOptions({ baseUrl, maxResponseBytes: bytes, maxRequestBytes: bytes })).toMatchObject({
        maxResponseBytes: bytes,
        maxRequestBytes: bytes,
      });
    }
    expect(resolveOptions({ baseUrl, maxBodyDepth: 1 }).maxBodyDepth).toBe(1);
    expect(resolveOptions({ baseUrl, maxBodyDepth: 1000 }).maxBodyDepth).toBe(1000);
    expect(resolveOptions({ baseUrl, redirects: "any-origin" }).redirects).toBe("any-origin");
    expect(resolveOptions({ baseUrl, redirects: "same-origin" }).redirects).toBe("same-origin");
  });

  it("a baseUrl with a path, a port and a trailing slash, but no query or fragment", () => {
    const url = "https://host:8443/CAPI2_Vision/";
    expect(resolveOptions({ baseUrl: url }).baseUrl).toBe(url);
  });

  it("retry with no retries and no waits", () => {
    const none = { retries: 0, baseDelayMs: 0, maxDelayMs: 0 };
    expect(resolveOptions({ baseUrl, retry: none }).retry).toEqual(none);
  });
});

// The option names and the header rules are module constants: a fresh copy of each module shows them.
describe("module constants", () => {
  it("knows every option by name", async () => {
    vi.resetModules();
    const fresh = await import("../../src/client/options.ts");
    const options = { baseUrl, maxResponseBytes: 1, maxRequestBytes: 1, maxBodyDepth: 1, redirects: "same-origin" };
    expect(fresh.resolveOptions(options as CaliberClientOptions)).toMatchObject(options);
  });

  it("refuses a header name with a character outside the token, and a value that cannot go on the wire", async () => {
    vi.resetModules();
    const { headerIssues } = await import("../../src/client/header-check.ts");
    expect(headerIssues({ "X A": "1", "X-B": "a\nb", "X-C": "ok" }, "headers")).toEqual([
      { path: "headers.X A", message: "is not a valid header name (letters, digits and !#$%&'*+.^_`|~-)" },
      {
        path: "headers.X-B",
        message:
          "is not a valid header value: it holds a line break, NUL, another control character or a character beyond U+00FF",
      },
    ]);
  });
});
