/**
 * DataContract XML writing alone, over the body model: no XML library and no imports of code the client's entry
 * chunk has, so that the lazily loaded XML chunk (xml-body.ts) shares no chunk with it. Nothing here runs when the
 * module loads, so loading it cannot fail half-way.
 */
import type { ValidationIssue } from "../../errors.ts";
import {
  serializationArraysNamespace,
  serializationNamespace,
  xmlSchemaInstanceNamespace,
  type BodyModel,
  type CollectionModel,
  type DataContract,
  type DataContracts,
  type ScalarKind,
} from "../../model/body-model.ts";
import { plainNumber } from "../text-values.ts";

/**
 * What .NET's XML reader would not read back as written: `&`, `<`, `>` (a raw `]]>` is an error), CR (raw CR and
 * CRLF are read as LF), and the code units XML 1.0 does not allow raw (C0 controls but tab and LF, lone
 * surrogates, U+FFFE, U+FFFF), which it reads back exactly from character references.
 */
const unsafeInXmlText =
  // eslint-disable-next-line no-control-regex -- control characters are what it finds
  /[&<>\0-\x08\x0b-\x1f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
const namedReferences: Readonly<Record<string, string>> = { "&": "&amp;", "<": "&lt;", ">": "&gt;" };

/** Text as DataContractSerializer reads it back exactly, whatever characters it holds. */
export function escapeXmlText(text: string): string {
  return text.replace(
    unsafeInXmlText,
    (unit) => namedReferences[unit] ?? `&#x${unit.charCodeAt(0).toString(16).toUpperCase()};`,
  );
}

/** The element name DataContract gives each item of a collection: the item's contract, or its primitive type. */
export function itemElementName(collection: CollectionModel, types: DataContracts): string {
  const items = collection.items;
  if (items.kind === "object") return types[items.type]?.name ?? items.type;
  if (items.kind === "collection") return `ArrayOf${itemElementName(items, types)}`;
  return collection.xmlItemName ?? "anyType";
}

/** The namespace of a collection's items: the item contract's, or Serialization/Arrays for primitives. */
export function itemNamespace(collection: CollectionModel, types: DataContracts): string | undefined {
  const items = collection.items;
  return items.kind === "object" ? types[items.type]?.namespace : serializationArraysNamespace;
}

/**
 * The root DataContract writes for a single value of each kind, where the spec names none (ScalarModel.xmlName):
 * the .NET type the conformance server gives it (aspnet.ts), `int` for an integer as there.
 */
const scalarRootNames: Readonly<Record<ScalarKind, string>> = {
  integer: "int",
  number: "decimal",
  boolean: "boolean",
  string: "string",
  "date-time": "dateTime",
  uuid: "guid",
  enum: "anyType",
  any: "anyType",
};

/**
 * The root element of a body: its contract's name, or `ArrayOf…` for a collection, and its namespace; a single
 * value is its primitive's name in the Serialization namespace (`<int>`), an enum its contract's name in its own.
 */
export function rootElement(model: BodyModel, types: DataContracts): { name: string; namespace?: string } {
  if (model.kind === "object") {
    const contract = types[model.type];
    return { name: contract?.name ?? model.type, ...(contract?.namespace ? { namespace: contract.namespace } : {}) };
  }
  if (model.kind === "collection") {
    const namespace = itemNamespace(model, types);
    return { name: `ArrayOf${itemElementName(model, types)}`, ...(namespace ? { namespace } : {}) };
  }
  const name = model.xmlName ?? scalarRootNames[model.kind];
  const namespace = model.kind === "enum" ? model.xmlNamespace : serializationNamespace;
  return { name, ...(namespace ? { namespace } : {}) };
}

/** Writes one document: prefixes for namespaces other than the default are declared where they are first used. */
class DocumentWriter {
  private readonly parts: string[] = [];
  readonly issues: ValidationIssue[] = [];

  constructor(private readonly types: DataContracts) {}

  /** The root, declaring `i:` and the default namespace. */
  root(value: unknown, model: BodyModel): string {
    const { name, namespace } = rootElement(model, this.types);
    const declarations = ` xmlns:i="${xmlSchemaInstanceNamespace}"` + (namespace ? ` xmlns="${namespace}"` : "");
    this.element(name, "", declarations, value, model, namespace, "body", 1);
    return this.parts.join("");
  }

  /**
   * `<name>` holding `value`; `qualified` is the name with its prefix, `declarations` what the start tag declares,
   * `scope` the default namespace in force inside it, `depth` its depth (the root's is 1). A namespace other than
   * the default is declared on the element whose children use it, as `d<depth>p1` (as .NET names it).
   */
  private element(
    name: string,
    prefix: string,
    declarations: string,
    value: unknown,
    model: BodyModel,
    scope: string | undefined,
    path: string,
    depth: number,
  ): void {
    const tag = prefix ? `${prefix}:${name}` : name;
    if (value === null) {
      this.parts.push(`<${tag}${declarations} i:nil="true"/>`);
      return;
    }
    if (model.kind === "object") {
      const contract = this.types[model.type];
      if (typeof value !== "object" || Array.isArray(value) || !contract) return this.wrongType(path, "an object");
      // The contract's members are in its own namespace: a prefix where it is not the one in force.
      let inner = "";
      let innerDeclarations = "";
      if (contract.namespace !== scope && contract.namespace) {
        inner = `d${depth}p1`;
        innerDeclarations = ` xmlns:${inner}="${contract.namespace}"`;
      }
      this.parts.push(`<${tag}${declarations}${innerDeclarations}>`);
      const object = value as Record<string, unknown>;
      for (const [member, memberModel] of contract.members) {
        const memberValue = object[member];
        if (memberValue === undefined) continue;
        this.element(member, inner, "", memberValue, memberModel, scope, `${path}.${member}`, depth + 1);
      }
      this.parts.push(`</${tag}>`);
      this.unknownMembers(object, contract, path);
      return;
    }
    if (model.kind === "collection") {
      if (!Array.isArray(value)) return this.wrongType(path, "an array");
      const itemName = itemElementName(model, this.types);
      const namespace = itemNamespace(model, this.types);
      let itemPrefix = "";
      let itemDeclarations = "";
      if (namespace !== scope && namespace) {
        itemPrefix = `d${depth}p1`;
        itemDeclarations = ` xmlns:${itemPrefix}="${namespace}"`;
      }
      this.parts.push(`<${tag}${declarations}${itemDeclarations}>`);
      value.forEach((item: unknown, index) => {
        this.element(itemName, itemPrefix, "", item ?? null, model.items, scope, `${path}.${index}`, depth + 1);
      });
      this.parts.push(`</${tag}>`);
      return;
    }
    const text = this.scalarText(value, model, path);
    if (text !== undefined) this.parts.push(`<${tag}${declarations}>${text}</${tag}>`);
  }

  private scalarText(value: unknown, model: BodyModel, path: string): string | undefined {
    if (model.kind === "enum") {
      const memberName = model.members?.[String(value)];
      if (memberName === undefined) {
        this.issues.push({
          path,
          message: `has no known enum member name for ${JSON.stringify(value)} (XML writes enums by name)`,
        });
      }
      return memberName;
    }
    if (typeof value === "number") return plainNumber(value);
    if (typeof value === "object") return this.wrongType(path, "a single value");
    return escapeXmlText(String(value));
  }

  /**
   * A field the contract has no member for (only with validate: false, or a schema that allows more): JSON and a
   * form carry it, but XML has no element for it, so it is refused rather than left out.
   */
  private unknownMembers(object: Record<string, unknown>, contract: DataContract, path: string): void {
    for (const [name, given] of Object.entries(object)) {
      if (given === undefined || contract.members.some(([member]) => member === name)) continue;
      this.issues.push({
        path: `${path}.${name}`,
        message: `is not a member of ${contract.name}, so XML cannot carry it`,
      });
    }
  }

  private wrongType(path: string, expected: string): undefined {
    this.issues.push({ path, message: `must be ${expected} to be written as XML` });
    return undefined;
  }
}

/**
 * Writes a body the way .NET's DataContractSerializer reads it: the root element and namespace from the spec,
 * members in DataContract order at every depth, only the fields given, `null` as `i:nil="true"`, collections of
 * objects as one element per item named by the item's contract, collections of primitives in the
 * Serialization/Arrays namespace (`<d2p1:string>`), booleans as `true`/`false`, decimals as plain digits, enums by
 * member name, text escaped by escapeXmlText. What cannot be written (an enum number with no known name, a value of
 * another shape than the model's, a field the contract has no member for) is returned as issues instead.
 */
export function writeDataContractXml(
  value: unknown,
  model: BodyModel,
  types: DataContracts,
): string | ValidationIssue[] {
  const writer = new DocumentWriter(types);
  const xml = writer.root(value, model);
  return writer.issues.length > 0 ? writer.issues : xml;
}
