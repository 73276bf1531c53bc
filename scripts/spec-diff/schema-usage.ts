import { httpMethods } from "../../src/http-methods.ts";
import { resolve } from "./compare-operations.ts";
import type { OpenApiDocument } from "../generate/spec.ts";

type Node = Record<string, unknown>;

/**
 * Where a schema's values travel, which decides whether accepting more values is compatible: in requests only (the
 * client writes them: more is a feature), in responses only (the client reads them: more is breaking, fewer is
 * compatible), or both (or neither: its exported type may be used either way).
 */
export type Direction = "request" | "response" | "both";

/** The direction of each component schema, from every operation of both specs and the schemas they reach. */
export function schemaDirections(...specs: OpenApiDocument[]): (name: string) => Direction {
  const seen = new Map<string, Set<"request" | "response">>();
  for (const spec of specs) {
    for (const [name, way] of usesOf(spec)) {
      const ways = seen.get(name) ?? new Set();
      ways.add(way);
      seen.set(name, ways);
    }
  }
  return (name) => {
    const ways = seen.get(name);
    return ways?.size === 1 ? [...ways][0]! : "both";
  };
}

/** Each component schema an operation's parameters, request bodies and responses reach, with the way it travels. */
function usesOf(spec: OpenApiDocument): [string, "request" | "response"][] {
  const uses: [string, "request" | "response"][] = [];
  for (const pathItem of Object.values(spec.paths ?? {}) as Node[]) {
    for (const method of httpMethods) {
      const operation = pathItem[method] as Node | undefined;
      if (operation === undefined) continue;
      const parameters = [
        ...((pathItem.parameters as unknown[]) ?? []),
        ...((operation.parameters as unknown[]) ?? []),
      ];
      const requests = [
        ...parameters.map((p) => resolve(spec, p)?.schema),
        ...schemasOf(resolve(spec, operation.requestBody)),
      ];
      const responses = Object.values((operation.responses ?? {}) as Node).flatMap((r) => schemasOf(resolve(spec, r)));
      for (const name of reached(spec, requests)) uses.push([name, "request"]);
      for (const name of reached(spec, responses)) uses.push([name, "response"]);
    }
  }
  return uses;
}

const schemasOf = (body: Node | undefined): unknown[] =>
  Object.values((body?.content ?? {}) as Record<string, Node>).map((media) => media.schema);

/** The names of the component schemas that `roots` refer to, directly or through other component schemas. */
function reached(spec: OpenApiDocument, roots: unknown[]): Set<string> {
  const names = new Set<string>();
  const pending = [...roots];
  while (pending.length > 0) {
    const value = pending.pop();
    if (value === null || typeof value !== "object") continue;
    const ref = (value as Node).$ref;
    if (typeof ref === "string" && ref.startsWith("#/components/schemas/")) {
      const name = decodeURIComponent(ref.slice("#/components/schemas/".length));
      if (!names.has(name)) {
        names.add(name);
        pending.push(spec.components?.schemas?.[name]);
      }
    }
    pending.push(...Object.values(value as Node));
  }
  return names;
}
