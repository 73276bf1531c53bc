// The mock's problem documents (RFC 9457), made directly.
import { describe, expect, it } from "vitest";
import { problemReply } from "../../src/mock/problem.ts";

describe("problemReply", () => {
  it("titles a status it has no title for Error", () => {
    const reply = problemReply(599, "odd");
    expect(reply.drop ? undefined : JSON.parse(reply.body)).toEqual({
      type: "about:blank",
      title: "Error",
      status: 599,
      detail: "odd",
    });
  });
});
