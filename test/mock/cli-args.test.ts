// The bin's command line, parsed: the CORS and Host flags repeat, and are checked as startMockServer checks its
// options, worded for the command line.
import { describe, expect, it } from "vitest";
import { CliUsageError, parseMockCliArgs } from "../../src/mock/cli.ts";

describe("parseMockCliArgs", () => {
  it("takes --cors-origin and --allowed-host, each as often as given", () => {
    expect(
      parseMockCliArgs([
        "--cors-origin",
        "https://app.test:8443",
        "--cors-origin=http://dev.app.test:*",
        "--allowed-host",
        "mock",
        "--allowed-host",
        "[::1]",
      ]),
    ).toEqual({
      port: 4010,
      host: "127.0.0.1",
      basePath: "",
      corsOrigins: ["https://app.test:8443", "http://dev.app.test:*"],
      allowedHosts: ["mock", "[::1]"],
    });
    expect(parseMockCliArgs([])).toMatchObject({ corsOrigins: [], allowedHosts: [] });
  });

  it.each([
    [
      ["--cors-origin", "*"],
      '--cors-origin: "*" would let every site read the mock\'s answers; list the origins of your pages',
    ],
    [
      ["--cors-origin", "app.test"],
      '--cors-origin: "app.test" is not an origin such as "https://app.test:8443" or "http://app.test:*"',
    ],
    [
      ["--allowed-host", "mock:4010"],
      '--allowed-host: "mock:4010" is not a host name such as "mock" (no port or scheme)',
    ],
    [
      ["--allowed-host", "http://mock"],
      '--allowed-host: "http://mock" is not a host name such as "mock" (no port or scheme)',
    ],
  ])("refuses %j with a CliUsageError saying what is wrong", (args, message) => {
    expect(() => parseMockCliArgs(args)).toThrow(new CliUsageError(message));
  });
});
