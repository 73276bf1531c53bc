import { sameJson, type ChangeClass, type SpecChange } from "./changes.ts";
import { httpMethods } from "../../src/http-methods.ts";
import { compareOperation } from "./compare-operations.ts";
import { compareSchemas } from "./compare-schemas.ts";
import { schemaDirections } from "./schema-usage.ts";
import type { OpenApiDocument } from "../generate/spec.ts";

type Node = Record<string, unknown>;

/**
 * Every difference between two OpenAPI descriptions, classed by what it does to a client of the API:
 * breaking (major), feature (minor) or fix (patch). `info.version` itself is not a change.
 */
export function compareSpecs(base: OpenApiDocument, head: OpenApiDocument): SpecChange[] {
  const changes: SpecChange[] = [];
  const emitAt = (location: string) => (changeClass: ChangeClass, message: string) =>
    changes.push({ class: changeClass, location, message });

  compareOperations(base, head, emitAt);

  // A component schema is compared once, as the operations of either spec use it.
  const directionOf = schemaDirections(base, head);
  const baseSchemas = base.components?.schemas ?? {};
  const headSchemas = head.components?.schemas ?? {};
  for (const [name, schema] of Object.entries(baseSchemas)) {
    const emit = emitAt(`schema ${name}`);
    if (!(name in headSchemas)) emit("breaking", "removed (its exported type is gone)");
    else compareSchemas(schema, headSchemas[name], emit, undefined, directionOf(name));
  }
  for (const name of Object.keys(headSchemas)) {
    if (!(name in baseSchemas)) emitAt(`schema ${name}`)("feature", "added");
  }

  // Everything else (info, servers, tags, examples…) documents the API: a change is a fix.
  const without = (value: unknown, key: string) => ({ ...(value as Node), [key]: undefined });
  if (!sameJson(without(base.info, "version"), without(head.info, "version"))) {
    emitAt("info")("fix", "title, summary, description or license changed");
  }
  const baseComponents = without(base.components, "schemas");
  const headComponents = without(head.components, "schemas");
  for (const key of new Set([...Object.keys(baseComponents), ...Object.keys(headComponents)])) {
    if (!sameJson(baseComponents[key], headComponents[key])) {
      // Parameters, bodies and responses are compared where operations use them; this notes the text change.
      emitAt(`components.${key}`)("fix", "changed");
    }
  }
  const documented = new Set(["openapi", "info", "paths", "components"]);
  for (const key of new Set([...Object.keys(base), ...Object.keys(head)])) {
    if (documented.has(key)) continue;
    if (!sameJson((base as unknown as Node)[key], (head as unknown as Node)[key])) emitAt(key)("fix", "changed");
  }
  if (base.openapi !== head.openapi)
    emitAt("openapi")("fix", `version changed from ${base.openapi} to ${head.openapi}`);
  return changes;
}

function compareOperations(
  base: OpenApiDocument,
  head: OpenApiDocument,
  emitAt: (location: string) => (changeClass: ChangeClass, message: string) => void,
): void {
  const operationsOf = (spec: OpenApiDocument) => {
    const found = new Map<string, { pathItem: Node; operation: Node }>();
    for (const [path, pathItem] of Object.entries(spec.paths ?? {})) {
      for (const method of httpMethods) {
        const operation = pathItem[method] as Node | undefined;
        if (operation) found.set(`${method.toUpperCase()} ${path}`, { pathItem, operation });
      }
    }
    return found;
  };
  const before = operationsOf(base);
  const after = operationsOf(head);
  for (const [key, b] of before) {
    const h = after.get(key);
    if (h === undefined) emitAt(key)("breaking", "operation removed");
    else compareOperation({ spec: base, ...b }, { spec: head, ...h }, emitAt(key));
  }
  for (const key of after.keys()) {
    if (!before.has(key)) emitAt(key)("feature", "operation added");
  }
  for (const path of Object.keys(base.paths ?? {})) {
    const b = base.paths[path] as Node;
    const h = (head.paths ?? {})[path] as Node | undefined;
    if (h && (b.summary !== h.summary || b.description !== h.description)) emitAt(path)("fix", "description changed");
  }
}
