import { sameJson, type Emit } from "./changes.ts";
import { compareSchemas } from "./compare-schemas.ts";
import type { OpenApiDocument } from "../generate/spec.ts";

type Node = Record<string, unknown>;

/** Operation keys compared below; any other key that changed is reported as a fix. */
const handled = new Set(["operationId", "parameters", "requestBody", "responses"]);

/**
 * Compares one operation (present in both specs). `basePathItem`/`headPathItem` supply path-level parameters.
 * Component schemas are referenced by name here and compared on their own by compareSpecs.
 */
export function compareOperation(
  base: { spec: OpenApiDocument; pathItem: Node; operation: Node },
  head: { spec: OpenApiDocument; pathItem: Node; operation: Node },
  emit: Emit,
): void {
  const b = base.operation;
  const h = head.operation;
  if (b.operationId !== h.operationId) {
    emit("breaking", `operationId renamed from ${String(b.operationId)} to ${String(h.operationId)}`);
  }
  compareParameters(parametersOf(base), parametersOf(head), emit);
  compareRequestBody(resolve(base.spec, b.requestBody), resolve(head.spec, h.requestBody), emit);
  compareResponses(base, head, emit);
  for (const key of new Set([...Object.keys(b), ...Object.keys(h)])) {
    if (!handled.has(key) && !sameJson(b[key], h[key])) emit("fix", `${key} changed`);
  }
}

/** Path-level and operation-level parameters, `$ref`s resolved, keyed `query q`. */
function parametersOf(side: { spec: OpenApiDocument; pathItem: Node; operation: Node }): Map<string, Node> {
  const all = [...((side.pathItem.parameters as unknown[]) ?? []), ...((side.operation.parameters as unknown[]) ?? [])];
  const byKey = new Map<string, Node>();
  for (const raw of all) {
    const parameter = resolve(side.spec, raw) ?? {};
    byKey.set(`${String(parameter.in)} parameter \`${String(parameter.name)}\``, parameter);
  }
  return byKey;
}

function compareParameters(base: Map<string, Node>, head: Map<string, Node>, emit: Emit): void {
  for (const [key, parameter] of base) {
    const next = head.get(key);
    if (next === undefined) {
      emit("breaking", `${key} removed`);
      continue;
    }
    const wasRequired = parameter.required === true;
    const isRequired = next.required === true;
    if (!wasRequired && isRequired) emit("breaking", `${key} became required`);
    if (wasRequired && !isRequired) emit("feature", `${key} became optional`);
    const emitAt: Emit = (changeClass, message) => emit(changeClass, `${key}: ${message}`);
    compareSchemas(parameter.schema, next.schema, emitAt, undefined, "request");
    for (const field of ["description", "example", "examples", "deprecated"]) {
      if (!sameJson(parameter[field], next[field])) emit("fix", `${key}: ${field} changed`);
    }
  }
  for (const [key, parameter] of head) {
    if (base.has(key)) continue;
    if (parameter.required === true) emit("breaking", `new required ${key}`);
    else emit("feature", `new optional ${key}`);
  }
}

function compareRequestBody(b: Node | undefined, h: Node | undefined, emit: Emit): void {
  if (b === undefined && h === undefined) return;
  if (h === undefined) return emit("breaking", "request body removed");
  if (b === undefined) {
    return emit(
      h.required === true ? "breaking" : "feature",
      `${h.required ? "required" : "optional"} request body added`,
    );
  }
  if (b.required !== true && h.required === true) emit("breaking", "request body became required");
  if (b.required === true && h.required !== true) emit("feature", "request body became optional");
  if (b.description !== h.description) emit("fix", "request body description changed");
  compareContent("request body", b.content as Node, h.content as Node, emit, "request");
}

function compareResponses(
  base: { spec: OpenApiDocument; operation: Node },
  head: { spec: OpenApiDocument; operation: Node },
  emit: Emit,
): void {
  const b = (base.operation.responses ?? {}) as Node;
  const h = (head.operation.responses ?? {}) as Node;
  for (const status of Object.keys(b)) {
    const before = resolve(base.spec, b[status]) ?? {};
    const after = resolve(head.spec, h[status]);
    if (after === undefined) {
      emit("breaking", `response ${status} removed`);
      continue;
    }
    if (before.description !== after.description) emit("fix", `response ${status} description changed`);
    compareContent(`response ${status}`, before.content as Node, after.content as Node, emit, "response");
    if (!sameJson(before.headers, after.headers)) emit("fix", `response ${status} headers changed`);
  }
  for (const status of Object.keys(h)) {
    if (!(status in b)) emit("feature", `response ${status} added`);
  }
}

/** Media types of a body: one removed is breaking, one added is a feature, schemas compared per media type. */
function compareContent(
  what: string,
  b: Node | undefined,
  h: Node | undefined,
  emit: Emit,
  direction: "request" | "response",
): void {
  const before = b ?? {};
  const after = h ?? {};
  for (const mediaType of Object.keys(before)) {
    if (!(mediaType in after)) {
      emit("breaking", `${what}: media type ${mediaType} removed`);
      continue;
    }
    const x = before[mediaType] as Node;
    const y = after[mediaType] as Node;
    const emitAt: Emit = (changeClass, message) => emit(changeClass, `${what} ${mediaType}: ${message}`);
    compareSchemas(x.schema, y.schema, emitAt, undefined, direction);
    if (!sameJson(x.examples, y.examples) || !sameJson(x.example, y.example)) {
      emit("fix", `${what} ${mediaType}: examples changed`);
    }
  }
  for (const mediaType of Object.keys(after)) {
    if (!(mediaType in before)) emit("feature", `${what}: media type ${mediaType} added`);
  }
}

/** Follows a local `$ref` (`#/components/parameters/Id`) to the object it names. */
export function resolve(spec: OpenApiDocument, value: unknown, depth = 0): Node | undefined {
  if (value === null || typeof value !== "object") return undefined;
  const ref = (value as Node).$ref;
  if (typeof ref !== "string" || depth > 20) return value as Node;
  if (!ref.startsWith("#/")) throw new Error(`spec-diff: only local $refs are supported, found ${ref}`);
  let target: unknown = spec;
  for (const part of ref.slice(2).split("/")) {
    target = (target as Node | undefined)?.[part.replaceAll("~1", "/").replaceAll("~0", "~")];
  }
  if (target === undefined) throw new Error(`spec-diff: $ref ${ref} points at nothing`);
  return resolve(spec, target, depth + 1);
}
