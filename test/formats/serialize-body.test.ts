// serializeBody's module constants, seen through a fresh copy of the module (the other cases: formats.test.ts).
import { describe, expect, it, vi } from "vitest";

describe("serializeBody", () => {
  it("refuses a URLSearchParams under no form Content-Type, saying what JSON would make of it", async () => {
    vi.resetModules();
    const { serializeBody } = await import("../../src/formats/serialize-body.ts");
    expect(() => serializeBody(new URLSearchParams({ a: "1" }), undefined, "POST /things")).toThrow(
      expect.objectContaining({
        operation: "POST /things",
        issues: [
          {
            path: "body",
            message:
              "is a URLSearchParams, which only a form carries: set Content-Type: application/x-www-form-urlencoded " +
              "(as JSON it would be sent as {})",
          },
        ],
      }),
    );
  });
});
