import { XMLParser } from "fast-xml-parser";
import type { ValidationIssue } from "../../errors.ts";
import {
  xmlSchemaInstanceNamespace,
  type BodyModel,
  type CollectionModel,
  type DataContract,
  type DataContracts,
} from "../../model/body-model.ts";
import type { ParsedBody } from "../parse-body.ts";
import { valueFromText } from "../text-values.ts";
import { itemElementName, rootElement } from "./write-data-contract-xml.ts";

// Reading DataContract XML is the mock server's job; it lives apart from the writer, so the client's lazily
// loaded XML chunk carries no parser. Nodes come in document order (member order matters to DataContract), and
// entity and character references are decoded here: the parser's own decoding drops references to characters XML
// 1.0 cannot hold raw (`&#x0;`, `&#xD800;`), which .NET's reader restores exactly. Made on first use.
let parser: XMLParser | undefined;
const newParser = () =>
  new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: "@_",
    parseTagValue: false,
    // DataContract keeps whitespace inside strings; whitespace between elements is skipped below.
    trimValues: false,
    ignoreDeclaration: true,
    preserveOrder: true,
    processEntities: false,
    cdataPropName: "#cdata",
  });

/** One node of the parser's ordered output: `{ name: children, ":@"?: attributes }`, or `{ "#text": text }`. */
type XmlNode = Record<string, unknown> & { ":@"?: Record<string, string> };

// No prototype: `&constructor;` must not resolve through Object.prototype.
const predefinedEntities: Readonly<Record<string, string>> = Object.assign(Object.create(null), {
  amp: "&",
  lt: "<",
  gt: ">",
  quot: '"',
  apos: "'",
});
const reference = /&(?:#x([0-9a-fA-F]+)|#([0-9]+)|([A-Za-z_:][\w.:-]*));/g;

/** Text with its references decoded, or the first reference XML does not define (`&nbsp;`, or beyond U+10FFFF). */
function decodeReferences(text: string): string | { undefinedReference: string } {
  let undefinedReference: string | undefined;
  const decoded = text.replace(reference, (whole, hex?: string, decimal?: string, name?: string) => {
    const code = hex !== undefined ? parseInt(hex, 16) : Number(decimal);
    const character =
      name !== undefined ? predefinedEntities[name] : code <= 0x10ffff ? String.fromCodePoint(code) : undefined;
    if (character === undefined) undefinedReference ??= whole;
    return character ?? whole;
  });
  return undefinedReference === undefined ? decoded : { undefinedReference };
}

const nameOf = (node: XmlNode): string => Object.keys(node).find((key) => key !== ":@")!;

/** A namespace declaration (`xmlns`, `xmlns:i`), as the parser names attributes. */
const isDeclaration = (attribute: string): boolean => attribute === "@_xmlns" || attribute.startsWith("@_xmlns:");

/** A member's text: its text and CDATA children joined, or why it is no simple value. */
function memberText(node: XmlNode): { text: string } | { problem: string } {
  if (Object.keys(node[":@"] ?? {}).some((attribute) => !isDeclaration(attribute))) {
    return { problem: "must be a simple value" };
  }
  let text = "";
  for (const child of node[nameOf(node)] as XmlNode[]) {
    const name = nameOf(child);
    if (name === "#cdata") text += (child["#cdata"] as XmlNode[]).map((part) => part["#text"]).join("");
    else if (name !== "#text") return { problem: "must be a simple value" };
    else {
      const decoded = decodeReferences(String(child["#text"]));
      if (typeof decoded !== "string") {
        return { problem: `holds ${decoded.undefinedReference}, an entity reference XML does not define` };
      }
      text += decoded;
    }
  }
  return { text };
}

/** An element's local name, without its prefix (`d2p1:string` → `string`). */
const localName = (name: string): string => name.slice(name.indexOf(":") + 1);

/** The namespace prefixes in force inside an element: its parent's, with its own declarations over them. */
type Prefixes = Readonly<Record<string, string>>;

function prefixesWithin(node: XmlNode, outer: Prefixes): Prefixes {
  const declared = Object.entries(node[":@"] ?? {}).filter(([attribute]) => attribute.startsWith("@_xmlns:"));
  return { ...outer, ...Object.fromEntries(declared.map(([attribute, uri]) => [attribute.slice(8), uri])) };
}

/**
 * True when the element carries `nil="true"` in the XML Schema instance namespace (`i:nil`), the only nil .NET
 * reads: an unprefixed `nil`, or one under a prefix bound elsewhere, is an attribute like any other.
 */
function isNil(node: XmlNode, prefixes: Prefixes): boolean {
  return Object.entries(node[":@"] ?? {}).some(([attribute, value]) => {
    const prefix = /^@_([\w.-]+):nil$/.exec(attribute)?.[1];
    return prefix !== undefined && prefixes[prefix] === xmlSchemaInstanceNamespace && value === "true";
  });
}

/** The element children of a node, or the problem of non-whitespace text among them. */
function elementChildren(node: XmlNode): XmlNode[] | undefined {
  const children: XmlNode[] = [];
  for (const child of node[nameOf(node)] as XmlNode[]) {
    const name = nameOf(child);
    if (name === "#text" && String(child["#text"]).trim() === "") continue;
    if (name.startsWith("#")) return undefined;
    children.push(child);
  }
  return children;
}

/** One element as the value the body object holds, read by its model; issues for what does not fit. */
function readElement(
  node: XmlNode,
  model: BodyModel | undefined,
  types: DataContracts,
  path: string,
  issues: ValidationIssue[],
  outerPrefixes: Prefixes,
): unknown {
  const prefixes = prefixesWithin(node, outerPrefixes);
  if (isNil(node, prefixes)) return null;
  const name = localName(nameOf(node));
  if (model?.kind === "object" || model?.kind === "collection") {
    const children = elementChildren(node);
    if (!children) {
      issues.push({ path, message: `<${name}> must hold only elements, found text` });
      return undefined;
    }
    return model.kind === "object"
      ? readObject(children, types[model.type], types, path, issues, prefixes)
      : readCollection(children, model, types, path, issues, prefixes);
  }
  const read = memberText(node);
  if ("problem" in read) {
    issues.push({ path, message: read.problem });
    return undefined;
  }
  if (model?.kind !== "enum") return valueFromText(read.text, model?.kind);
  const entry = Object.entries(model.members ?? {}).find(([, memberName]) => memberName === read.text);
  if (entry) return model.stringValues ? entry[0] : Number(entry[0]);
  issues.push({ path, message: `is not a known enum member name: ${JSON.stringify(read.text)}` });
  return read.text;
}

function readObject(
  children: XmlNode[],
  contract: DataContract | undefined,
  types: DataContracts,
  path: string,
  issues: ValidationIssue[],
  prefixes: Prefixes,
): Record<string, unknown> {
  const members = contract?.members ?? [];
  const order = members.map(([member]) => member);
  const object: Record<string, unknown> = {};
  let lastPosition = -1;
  for (const child of children) {
    const name = localName(nameOf(child));
    const where = `${path}.${name}`;
    if (name in object) {
      issues.push({ path: where, message: "appears more than once" });
      continue;
    }
    // DataContractSerializer silently skips a member that comes out of order: refuse it instead.
    const position = order.indexOf(name);
    if (position !== -1 && position < lastPosition) {
      issues.push({ path: where, message: `is out of order: members must come in the order ${order.join(", ")}` });
    }
    lastPosition = Math.max(lastPosition, position);
    const value = readElement(child, members[position]?.[1], types, where, issues, prefixes);
    if (value !== undefined) object[name] = value;
  }
  return object;
}

function readCollection(
  children: XmlNode[],
  model: CollectionModel,
  types: DataContracts,
  path: string,
  issues: ValidationIssue[],
  prefixes: Prefixes,
): unknown[] {
  const itemName = itemElementName(model, types);
  return children.map((child, index) => {
    const where = `${path}.${index}`;
    const name = localName(nameOf(child));
    if (name !== itemName) issues.push({ path: where, message: `must be an <${itemName}> element, found <${name}>` });
    return readElement(child, model.items, types, where, issues, prefixes) ?? null;
  });
}

/** The roots of a single integer or decimal number: each .NET type's, since the page gives no width. */
const widthNames: Partial<Record<BodyModel["kind"], readonly string[]>> = {
  integer: ["int", "long", "short", "byte", "unsignedByte", "unsignedShort", "unsignedInt", "unsignedLong"],
  number: ["decimal", "double", "float"],
};

/** The root elements a body of `model` may have: the one written (`expected`), or another width's. */
function rootNames(model: BodyModel, expected: string): readonly string[] {
  const others = (widthNames[model.kind] ?? []).filter((name) => name !== expected);
  return [expected, ...others];
}

/**
 * Reads a DataContract XML document back into the value it was written from, by its body model (enums to their
 * numbers, numbers and booleans typed, `i:nil` as null, collections from their items). Values it cannot convert
 * are kept as text so that validation names them; a wrong root, a wrong namespace, malformed XML, and a member out
 * of order or given twice (DataContractSerializer would silently skip it) are issues.
 */
export function parseDataContractXml(xml: string, model: BodyModel | undefined, types: DataContracts): ParsedBody {
  if (!model) return { issues: [{ path: "body", message: "has no XML shape in the spec" }] };
  const expected = rootElement(model, types);
  let document: XmlNode[];
  try {
    document = (parser ??= newParser()).parse(xml, true) as XmlNode[];
  } catch (error) {
    return { issues: [{ path: "body", message: `is not well-formed XML: ${(error as Error).message}` }] };
  }
  const roots = document.filter((node) => nameOf(node) !== "#text");
  const names = rootNames(model, expected.name);
  const root = roots.length === 1 && names.includes(nameOf(roots[0]!)) ? roots[0]! : undefined;
  if (!root) {
    const found = roots.map(nameOf).join(", ") || "nothing";
    const wanted = names.map((name) => `<${name}>`).join(" or ");
    return { issues: [{ path: "body", message: `must have the root element ${wanted}, found ${found}` }] };
  }
  const issues: ValidationIssue[] = [];
  if (expected.namespace && root[":@"]?.["@_xmlns"] !== expected.namespace) {
    issues.push({ path: "body", message: `<${expected.name}> must be in namespace ${expected.namespace}` });
  }
  const body = readElement(root, model, types, "body", issues, {});
  return issues.length > 0 ? { issues } : { body, issues };
}
