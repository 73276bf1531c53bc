import type { OperationInfo } from "../operation-info.ts";

export interface RouteMatch {
  operation: OperationInfo;
  /** Path parameters as the URL carries them (percent-decoded text). */
  pathParams: Record<string, string>;
}

export interface Route {
  pattern: RegExp;
  parameterNames: string[];
  /** Upper-case method → operation. */
  operations: Map<string, OperationInfo>;
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^$()|[\]\\{}]/g, "\\$&");

/** One route per path template of the spec. ASP.NET matches routes case-insensitively, and so does the mock. */
export function compileRoutes(operations: readonly OperationInfo[]): Route[] {
  const byPath = new Map<string, Route>();
  for (const operation of operations) {
    let route = byPath.get(operation.path);
    if (!route) {
      const parts = operation.path.split(/\{([^}]+)\}/);
      const source = parts.map((part, index) => (index % 2 === 1 ? "([^/]+)" : escapeRegExp(part))).join("");
      const parameterNames = parts.filter((_, index) => index % 2 === 1);
      route = { pattern: new RegExp(`^${source}/?$`, "i"), parameterNames, operations: new Map() };
      byPath.set(operation.path, route);
    }
    route.operations.set(operation.method.toUpperCase(), operation);
  }
  return [...byPath.values()];
}

export type RouteLookup =
  { kind: "found"; match: RouteMatch } | { kind: "method-not-allowed"; allow: string[] } | { kind: "not-found" };

/** Finds the operation for a method and path; a path the spec has with another method is "method-not-allowed". */
export function findRoute(routes: readonly Route[], method: string, pathname: string): RouteLookup {
  for (const route of routes) {
    const values = route.pattern.exec(pathname);
    if (!values) continue;
    const operation = route.operations.get(method.toUpperCase());
    if (!operation) return { kind: "method-not-allowed", allow: [...route.operations.keys()] };
    const pathParams: Record<string, string> = {};
    route.parameterNames.forEach((name, index) => {
      pathParams[name] = safeDecode(values[index + 1]!);
    });
    return { kind: "found", match: { operation, pathParams } };
  }
  return { kind: "not-found" };
}

/** A malformed escape (`%zz`) stays as it is, so that validation reports the value instead of the mock crashing. */
function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
