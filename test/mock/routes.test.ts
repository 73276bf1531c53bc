// The mock's router on specs other than today's: several methods on one path, paths with characters a regular
// expression would read, letter case, and escapes in a path parameter.
import { describe, expect, it } from "vitest";
import { compileRoutes, findRoute } from "../../src/mock/routes.ts";
import type { OperationInfo } from "../../src/operation-info.ts";

const operation = (method: string, path: string): OperationInfo => ({
  method,
  path,
  parameters: [],
  types: {},
  requestMediaTypes: [],
});
const getPhone = operation("get", "/phones/{id}");
const patchPhone = operation("patch", "/phones/{id}");
const export_ = operation("get", "/export.json");
// Compiled in each test, so that a router that cannot be built fails the tests rather than this file's import.
const routes = () => compileRoutes([getPhone, patchPhone, export_]);

describe("findRoute", () => {
  it("finds each method of a path, with its path parameters", () => {
    expect(findRoute(routes(), "GET", "/phones/7")).toEqual({
      kind: "found",
      match: { operation: getPhone, pathParams: { id: "7" } },
    });
    expect(findRoute(routes(), "patch", "/phones/7/")).toEqual({
      kind: "found",
      match: { operation: patchPhone, pathParams: { id: "7" } },
    });
  });

  it("answers another method of a known path with the methods it has", () => {
    expect(findRoute(routes(), "DELETE", "/phones/7")).toEqual({ kind: "method-not-allowed", allow: ["GET", "PATCH"] });
  });

  it("matches letter case as ASP.NET does (any), and characters of the path only as themselves", () => {
    expect(findRoute(routes(), "GET", "/PHONES/7")).toMatchObject({ kind: "found", match: { operation: getPhone } });
    expect(findRoute(routes(), "GET", "/export.json")).toMatchObject({ kind: "found", match: { operation: export_ } });
    expect(findRoute(routes(), "GET", "/exportXjson")).toEqual({ kind: "not-found" });
  });

  it("decodes a path parameter, and keeps a malformed escape as it came, for validation to name", () => {
    expect(findRoute(routes(), "GET", "/phones/a%20b")).toMatchObject({ match: { pathParams: { id: "a b" } } });
    expect(findRoute(routes(), "GET", "/phones/%zz")).toMatchObject({ match: { pathParams: { id: "%zz" } } });
  });
});
