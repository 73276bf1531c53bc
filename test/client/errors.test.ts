// The named errors as a caller reads them: the message, what JSON.stringify shows, and the guards. The classes are
// exported, so a team's own test doubles construct them too.
import { describe, expect, it, vi } from "vitest";
import {
  CaliberHttpError,
  CaliberNetworkError,
  CaliberRedirectError,
  CaliberResponseTooLargeError,
  CaliberValidationError,
  isCaliberError,
  isCaliberHttpError,
  isCaliberNetworkError,
  isCaliberRedirectError,
  isCaliberResponseTooLargeError,
} from "../../src/index.ts";

const operation = "PATCH /api/v2/clientcontact/{clientContactId}/phone";

describe("messages", () => {
  it("CaliberValidationError lists each path once, its messages joined, paths apart", () => {
    const error = new CaliberValidationError(operation, [
      { path: "body.RefType", message: "must be an integer" },
      { path: "params.path.clientContactId", message: "is required" },
      { path: "body.RefType", message: "must be one of 0" },
    ]);
    expect(error.message).toBe(
      `Invalid request for ${operation}, nothing was sent: ` +
        "body.RefType must be an integer and must be one of 0; params.path.clientContactId is required",
    );
  });

  it("CaliberNetworkError says why: the cause's message and its own cause, or the value itself", () => {
    const refused = new TypeError("fetch failed", { cause: new Error("connect ECONNREFUSED 127.0.0.1:1") });
    expect(new CaliberNetworkError(operation, refused).message).toBe(
      `${operation} failed before a response arrived: fetch failed (connect ECONNREFUSED 127.0.0.1:1)`,
    );
    expect(new CaliberNetworkError(operation, new Error("offline")).message).toBe(
      `${operation} failed before a response arrived: offline`,
    );
    expect(new CaliberNetworkError(operation, "offline").message).toBe(
      `${operation} failed before a response arrived: offline`,
    );
  });

  it("CaliberNetworkError for a part that did not load says what it left undone, not that no answer came", () => {
    // The XML reader is loaded once an XML answer has arrived: "before a response arrived" would be wrong.
    const what = "the XML reader could not be loaded, so the answer was not read";
    expect(new CaliberNetworkError(operation, new TypeError("Failed to fetch"), what).message).toBe(
      `${operation} failed: ${what}: Failed to fetch`,
    );
  });

  it("CaliberHttpError names the status, its text when there is one, and the request id when there is one", () => {
    // HTTP/2 has no status text at all, and many HTTP/1.1 servers send none.
    const bare = new CaliberHttpError(operation, new Response(null, { status: 503 }), undefined, false, undefined);
    expect(bare.message).toBe(`${operation} answered 503`);
    const full = new CaliberHttpError(
      operation,
      new Response(null, { status: 503, statusText: "Service Unavailable" }),
      undefined,
      false,
      "req-1",
    );
    expect(full.message).toBe(`${operation} answered 503 Service Unavailable (request id req-1)`);
  });
});

describe("the limits' errors", () => {
  it("CaliberResponseTooLargeError names the status and the limit, and shows both in JSON", () => {
    const error = new CaliberResponseTooLargeError(operation, 500, 1024);
    expect(error.message).toBe(
      `${operation} answered 500 with a body over maxResponseBytes (1024 bytes); it was not read further`,
    );
    expect(JSON.parse(JSON.stringify(error))).toEqual({
      name: "CaliberResponseTooLargeError",
      message: error.message,
      operation,
      status: 500,
      limit: 1024,
    });
    expect([isCaliberError(error), isCaliberResponseTooLargeError(error), isCaliberRedirectError(error)]).toEqual([
      true,
      true,
      false,
    ]);
  });

  it("CaliberRedirectError names the status and why; a browser's opaqueredirect has no status", () => {
    const error = new CaliberRedirectError(operation, 307, "https://other.example", "it points to another origin");
    expect(error.message).toBe(`${operation} answered 307, not followed: it points to another origin`);
    expect(JSON.parse(JSON.stringify(error))).toEqual({
      name: "CaliberRedirectError",
      message: error.message,
      operation,
      status: 307,
      targetOrigin: "https://other.example",
    });
    expect(new CaliberRedirectError(operation, 0, undefined, "hidden").message).toBe(
      `${operation} answered a redirect, not followed: hidden`,
    );
    expect([isCaliberError(error), isCaliberRedirectError(error), isCaliberResponseTooLargeError(error)]).toEqual([
      true,
      true,
      false,
    ]);
  });
});

describe("JSON.stringify", () => {
  it("shows a CaliberHttpError's fields and status, not the Response it keeps", () => {
    const response = new Response(null, { status: 500, statusText: "Internal Server Error" });
    const error = new CaliberHttpError(operation, response, { Message: "boom" }, false, undefined);
    expect(error.response).toBe(response);
    expect(JSON.parse(JSON.stringify(error))).toEqual({
      name: "CaliberHttpError",
      message: `${operation} answered 500 Internal Server Error`,
      operation,
      body: { Message: "boom" },
      bodyTruncated: false,
      status: 500,
    });
  });
});

describe("guards", () => {
  it("take only objects: not the classes themselves (whose name is the same), strings, null or undefined", () => {
    for (const value of [CaliberHttpError, CaliberNetworkError, "CaliberHttpError", null, undefined, 0]) {
      expect(isCaliberError(value)).toBe(false);
      expect(isCaliberHttpError(value)).toBe(false);
      expect(isCaliberNetworkError(value)).toBe(false);
    }
  });
});

// The guards' names and the request id headers are module constants: a fresh copy of each module shows them.
describe("module constants", () => {
  it("every guard, and isCaliberError, knows each error's name", async () => {
    vi.resetModules();
    const fresh = await import("../../src/errors.ts");
    const guards = {
      CaliberValidationError: fresh.isCaliberValidationError,
      CaliberTimeoutError: fresh.isCaliberTimeoutError,
      CaliberNetworkError: fresh.isCaliberNetworkError,
      CaliberHttpError: fresh.isCaliberHttpError,
      CaliberResponseParseError: fresh.isCaliberResponseParseError,
      CaliberResponseTooLargeError: fresh.isCaliberResponseTooLargeError,
      CaliberRedirectError: fresh.isCaliberRedirectError,
    };
    for (const [name, guard] of Object.entries(guards)) {
      expect([name, guard({ name }), fresh.isCaliberError({ name })]).toEqual([name, true, true]);
    }
    expect(fresh.isCaliberError({ name: "Error" })).toBe(false);
  });

  it("CaliberHttpError's request id comes from the first of its headers the answer has", async () => {
    vi.resetModules();
    const { createHttpError } = await import("../../src/client/http-error.ts");
    const idOf = (headers: Record<string, string>) =>
      createHttpError(operation, new Response(null, { status: 500, headers }), undefined).requestId;
    expect(idOf({ "x-request-id": "a", "request-id": "b" })).toBe("a");
    expect(idOf({ "request-id": "b", "x-correlation-id": "c" })).toBe("b");
    expect(idOf({ "x-correlation-id": "c", "x-ms-request-id": "d" })).toBe("c");
    expect(idOf({ "x-ms-request-id": "d", traceparent: "e" })).toBe("d");
    expect(idOf({ traceparent: "e" })).toBe("e");
    expect(idOf({})).toBeUndefined();
  });
});
