import type { JsonSample, XmlElement } from "./samples.ts";
import { withoutNull, type JsonSchema } from "./type-words.ts";

/** A disagreement found on a page: its line, the spec path it concerns, and what is wrong. */
export interface Finding {
  line: number;
  at: string;
  message: string;
}

/** An enum value seen in a sample: the number in JSON, the member name in XML, at one place of the body. */
export interface EnumSighting {
  enumName: string;
  path: string;
  value?: number;
  name?: string;
  line: number;
}

export interface WalkContext {
  /** A component schema by name; undefined when it is not known (neither drafted nor in the spec). */
  resolve(name: string): JsonSchema | undefined;
  findings: Finding[];
  sightings: EnumSighting[];
  /** A complex component an object in the sample was written for, with the namespace its XML members carry. */
  objects: { name: string; namespace?: string; line: number }[];
  /** Where a message says the value is: "the request JSON sample". */
  label: string;
  /** What the sample is held to: "the spec", or "the table" when a page's samples are read against its own tables. */
  against: string;
}

const arraysNamespace = "http://schemas.microsoft.com/2003/10/Serialization/Arrays";

function refName(schema: JsonSchema): string | undefined {
  return typeof schema.$ref === "string" ? decodeURIComponent(schema.$ref.split("/").pop()!) : undefined;
}

function isEnum(schema: JsonSchema | undefined): boolean {
  return schema !== undefined && Array.isArray(schema.enum);
}

/** Walks a JSON sample along a schema: keys against properties, each value against its type. */
export function walkJson(sample: JsonSample, schema: JsonSchema, at: string, context: WalkContext): void {
  const visit = (value: unknown, schemaOrRef: JsonSchema, path: string, specPath: string, line: number) => {
    const ref = refName(schemaOrRef);
    const resolved = ref === undefined ? schemaOrRef : context.resolve(ref);
    if (value === null) return;
    if (resolved === undefined) {
      // A type neither drafted nor in the spec: what the sample shows tells an enum (a number) from an object.
      if (typeof value === "number") context.sightings.push({ enumName: ref!, path, value, line });
      else if (typeof value === "object") context.objects.push({ name: ref!, line });
      return;
    }
    const schema = withoutNull(resolved);
    if (isEnum(schema)) {
      context.sightings.push({ enumName: ref ?? path, path, ...(typeof value === "number" ? { value } : {}), line });
      if (typeof value !== "number")
        context.findings.push({
          line,
          at: specPath,
          message: `${context.label} has ${JSON.stringify(value)}, ${context.against} says an enum (a number in JSON)`,
        });
      else if (!(schema.enum as unknown[]).includes(value))
        context.findings.push({
          line,
          at: specPath,
          message: `${context.label} has enum value ${value}, ${context.against} lists ${(schema.enum as unknown[]).join(", ")}`,
        });
      return;
    }
    const problem = jsonKindProblem(value, schema, context.against);
    if (problem) {
      context.findings.push({
        line,
        at: specPath,
        message: `${context.label} has ${JSON.stringify(value)}, ${problem}`,
      });
      return;
    }
    if (Array.isArray(value) && schema.items) {
      value.forEach((item, index) =>
        visit(item, schema.items as JsonSchema, `${path}[${index}]`, `${specPath}.items`, line),
      );
    } else if (typeof value === "object" && value !== null) {
      const properties = schema.properties as Record<string, JsonSchema> | undefined;
      if (ref && properties) context.objects.push({ name: ref, line });
      const where = ref ? `components.schemas.${ref}` : specPath;
      if (properties) {
        for (const [key, child] of Object.entries(value)) {
          const childPath = path === "" ? key : `${path}.${key}`;
          const keyLine = sample.lines.get(childPath) ?? line;
          if (!Object.hasOwn(properties, key))
            context.findings.push({
              line: keyLine,
              at: `${where}.properties`,
              message: `${context.label} has key ${key}, ${context.against} has no such property`,
            });
          else visit(child, properties[key]!, childPath, `${where}.properties.${key}`, keyLine);
        }
        for (const name of Object.keys(properties)) {
          if (!Object.hasOwn(value, name))
            context.findings.push({
              line,
              at: `${where}.properties.${name}`,
              message: `${context.label} has no key ${name}`,
            });
        }
      } else if (typeof schema.additionalProperties === "object") {
        for (const [key, child] of Object.entries(value))
          visit(
            child,
            schema.additionalProperties as JsonSchema,
            `${path}.${key}`,
            `${specPath}.additionalProperties`,
            line,
          );
      }
    }
  };
  visit(sample.value, schema, "", at, sample.line);
}

/** Why a JSON value cannot be of a schema's type, or undefined when it can. */
function jsonKindProblem(value: unknown, schema: JsonSchema, against: string): string | undefined {
  const type = schema.type;
  if (type === undefined) return undefined;
  const ok =
    type === "integer"
      ? Number.isInteger(value)
      : type === "number"
        ? typeof value === "number"
        : type === "string"
          ? typeof value === "string" && stringFits(value, schema.format)
          : type === "boolean"
            ? typeof value === "boolean"
            : type === "array"
              ? Array.isArray(value)
              : type === "object"
                ? typeof value === "object" && value !== null && !Array.isArray(value)
                : true;
  return ok ? undefined : `${against} says ${describeType(schema)}`;
}

function describeType(schema: JsonSchema): string {
  return schema.format ? `${String(schema.type)} (${String(schema.format)})` : String(schema.type);
}

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function stringFits(value: string, format: unknown): boolean {
  if (format === "date-time") return /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(value);
  if (format === "uuid") return uuid.test(value);
  return true;
}

/**
 * Walks a DataContract XML sample along a schema: the root's name and namespace, members as elements in
 * DataContract order (ordinal, as the generator writes them), enums by member name.
 */
export function walkXml(root: XmlElement, schemaOrRef: JsonSchema, at: string, context: WalkContext): void {
  const ref = refName(schemaOrRef);
  const resolved = ref === undefined ? withoutNull(schemaOrRef) : context.resolve(ref);
  if (resolved?.type === "array") {
    const items = resolved.items as JsonSchema;
    const itemRef = refName(items);
    const item = itemRef && context.resolve(itemRef);
    if (item && item.properties) {
      const xml = (item.xml ?? {}) as { name?: string };
      if (root.name !== `ArrayOf${xml.name ?? itemRef}`)
        context.findings.push({
          line: root.line,
          at,
          message: `${context.label}'s root is ${root.name}, ${context.against}'s collection is ArrayOf${xml.name ?? itemRef}`,
        });
    }
    visitElements(root.children, items, "", at, context);
    return;
  }
  if (ref && resolved) {
    const xml = (resolved.xml ?? {}) as { name?: string; namespace?: string };
    const name = xml.name ?? ref;
    if (root.name !== name)
      context.findings.push({
        line: root.line,
        at: `components.schemas.${ref}.xml.name`,
        message: `${context.label}'s root element is ${root.name}, ${context.against} says ${name}`,
      });
    if ((root.namespace ?? "") !== (xml.namespace ?? ""))
      context.findings.push({
        line: root.line,
        at: `components.schemas.${ref}.xml.namespace`,
        message: `${context.label}'s namespace is ${root.namespace ?? "none"}, ${context.against} says ${xml.namespace ?? "none"}`,
      });
  }
  visitElement(root, schemaOrRef, "", at, context);
}

function visitElements(items: XmlElement[], schema: JsonSchema, path: string, at: string, context: WalkContext) {
  items.forEach((element, index) => visitElement(element, schema, `${path}[${index}]`, `${at}.items`, context));
}

function visitElement(element: XmlElement, schemaOrRef: JsonSchema, path: string, at: string, context: WalkContext) {
  if (element.nil) return;
  const ref = refName(schemaOrRef);
  const resolved = ref === undefined ? schemaOrRef : context.resolve(ref);
  if (resolved === undefined) {
    if (element.children.length === 0 && element.text !== undefined && /^[A-Za-z_]\w*$/.test(element.text))
      context.sightings.push({ enumName: ref!, path, name: element.text, line: element.line });
    else if (element.children.length > 0) {
      const namespace = element.children[0]!.namespace;
      context.objects.push({ name: ref!, line: element.line, ...(namespace ? { namespace } : {}) });
    }
    return;
  }
  const schema = withoutNull(resolved);
  if (isEnum(schema)) {
    const names = (schema["x-enum-varnames"] ?? []) as string[];
    context.sightings.push({
      enumName: ref ?? path,
      path,
      ...(element.text ? { name: element.text } : {}),
      line: element.line,
    });
    if (element.text === undefined || !names.includes(element.text))
      context.findings.push({
        line: element.line,
        at: ref ? `components.schemas.${ref}.x-enum-varnames` : at,
        message: `${context.label} writes enum member ${element.text ?? "(nothing)"}, ${context.against}'s members are ${names.join(", ") || "unnamed"}`,
      });
    return;
  }
  if (schema.type === "array") {
    visitElements(element.children, schema.items as JsonSchema, path, at, context);
    return;
  }
  const properties = schema.properties as Record<string, JsonSchema> | undefined;
  if (properties) {
    const where = ref ? `components.schemas.${ref}` : at;
    if (ref) {
      const namespace = element.children[0]?.namespace;
      context.objects.push({ name: ref, line: element.line, ...(namespace ? { namespace } : {}) });
      const expected = ((schema.xml ?? {}) as { namespace?: string }).namespace;
      if (path !== "" && element.children.length > 0 && (namespace ?? "") !== (expected ?? ""))
        context.findings.push({
          line: element.children[0]!.line,
          at: `${where}.xml.namespace`,
          message: `${context.label}'s ${ref} members are in namespace ${namespace ?? "none"}, ${context.against} says ${expected ?? "none"}`,
        });
    }
    const names = element.children.map((child) => child.name);
    for (const child of element.children) {
      if (!Object.hasOwn(properties, child.name))
        context.findings.push({
          line: child.line,
          at: `${where}.properties`,
          message: `${context.label} has element ${child.name}, ${context.against} has no such property`,
        });
      else
        visitElement(
          child,
          properties[child.name]!,
          path === "" ? child.name : `${path}.${child.name}`,
          `${where}.properties.${child.name}`,
          context,
        );
    }
    for (const name of Object.keys(properties)) {
      if (!names.includes(name))
        context.findings.push({
          line: element.line,
          at: `${where}.properties.${name}`,
          message: `${context.label} has no element ${name}`,
        });
    }
    const order = names.filter((name) => Object.hasOwn(properties, name));
    const expectedOrder = [...order].sort();
    if (order.join() !== expectedOrder.join())
      context.findings.push({
        line: element.children[0]?.line ?? element.line,
        at: where,
        message: `${context.label}'s members are in the order ${order.join(", ")}; ${context.against}'s DataContract order (ordinal) is ${expectedOrder.join(", ")}`,
      });
    return;
  }
  if (element.children.length > 0) return;
  const text = element.text ?? "";
  const type = schema.type;
  const ok =
    type === "integer"
      ? /^-?\d+$/.test(text)
      : type === "number"
        ? /^-?\d+(\.\d+)?([eE][-+]?\d+)?$/.test(text)
        : type === "boolean"
          ? text === "true" || text === "false"
          : type === "string"
            ? stringFits(text, schema.format)
            : true;
  if (!ok)
    context.findings.push({
      line: element.line,
      at,
      message: `${context.label} has ${JSON.stringify(text)}, ${context.against} says ${describeType(schema)}`,
    });
}

export { arraysNamespace };
