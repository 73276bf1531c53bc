import { XMLParser } from "fast-xml-parser";
import type { ValidationIssue } from "../../errors.ts";
import type { BodyField, OperationInfo } from "../../operation-info.ts";
import type { ParsedBody } from "../parse-body.ts";
import { valueFromText } from "../text-values.ts";

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

const predefinedEntities: Readonly<Record<string, string>> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };
const reference = /&(?:#x([0-9a-fA-F]+)|#([0-9]+)|([A-Za-z][\w.-]*));/g;

/** Text with its references decoded; `undefined` for a reference XML does not define (`&nbsp;`) or beyond U+10FFFF. */
function decodeReferences(text: string): string | undefined {
  let undefinedReference = false;
  const decoded = text.replace(reference, (whole, hex?: string, decimal?: string, name?: string) => {
    const code = hex !== undefined ? parseInt(hex, 16) : Number(decimal);
    const character =
      name !== undefined ? predefinedEntities[name] : code <= 0x10ffff ? String.fromCodePoint(code) : undefined;
    if (character === undefined) undefinedReference = true;
    return character ?? whole;
  });
  return undefinedReference ? undefined : decoded;
}

const nameOf = (node: XmlNode): string => Object.keys(node).find((key) => key !== ":@")!;

/** A member's text: its text and CDATA children joined, or why it is no simple value. */
function memberText(node: XmlNode): { text: string } | { problem: string } {
  if (node[":@"]) return { problem: "must be a simple value" };
  let text = "";
  for (const child of node[nameOf(node)] as XmlNode[]) {
    const name = nameOf(child);
    if (name === "#cdata") text += (child["#cdata"] as XmlNode[]).map((part) => part["#text"]).join("");
    else if (name !== "#text") return { problem: "must be a simple value" };
    else {
      const decoded = decodeReferences(String(child["#text"]));
      if (decoded === undefined) return { problem: "holds an entity reference XML does not define" };
      text += decoded;
    }
  }
  return { text };
}

/** One element's text as the JSON value the body object holds: enums from member names, the rest by type. */
function fromXmlText(text: string, field: BodyField | undefined, path: string, issues: ValidationIssue[]): unknown {
  if (!field?.enumNames) return valueFromText(text, field?.type);
  const entry = Object.entries(field.enumNames).find(([, memberName]) => memberName === text);
  if (entry) return field.type === "integer" || field.type === "number" ? Number(entry[0]) : entry[0];
  issues.push({ path, message: `is not a known enum member name: ${JSON.stringify(text)}` });
  return text;
}

/**
 * Reads a DataContract XML body back into the body object (enums to numbers, booleans and numbers typed by
 * the spec). Values it cannot convert are kept as text so that validation names them; a wrong root,
 * a wrong namespace, malformed XML, and a member out of order or given twice (DataContractSerializer would
 * silently skip it) are issues.
 */
export function parseDataContractXml(xml: string, operation: OperationInfo): ParsedBody {
  const shape = operation.xmlBody;
  if (!shape) return { issues: [{ path: "body", message: "has no XML shape in the spec" }] };
  const fields = operation.bodyFields ?? {};
  let document: XmlNode[];
  try {
    document = (parser ??= newParser()).parse(xml, true) as XmlNode[];
  } catch (error) {
    return { issues: [{ path: "body", message: `is not well-formed XML: ${(error as Error).message}` }] };
  }
  const roots = document.filter((node) => nameOf(node) !== "#text");
  const root = roots.length === 1 && nameOf(roots[0]!) === shape.root ? roots[0]! : undefined;
  if (!root) {
    const found = roots.map(nameOf).join(", ") || "nothing";
    return { issues: [{ path: "body", message: `must have the root element <${shape.root}>, found ${found}` }] };
  }
  const issues: ValidationIssue[] = [];
  if (shape.namespace && root[":@"]?.["@_xmlns"] !== shape.namespace) {
    issues.push({ path: "body", message: `<${shape.root}> must be in namespace ${shape.namespace}` });
  }
  const body: Record<string, unknown> = {};
  let lastPosition = -1;
  for (const member of root[shape.root] as XmlNode[]) {
    const name = nameOf(member);
    if (name === "#text" && String(member["#text"]).trim() === "") continue;
    if (name.startsWith("#")) {
      issues.push({ path: "body", message: `<${shape.root}> must hold only member elements, found text` });
      continue;
    }
    const path = `body.${name}`;
    if (name in body) {
      issues.push({ path, message: "appears more than once" });
      continue;
    }
    // DataContractSerializer silently skips a member that comes out of order: refuse it instead.
    const position = shape.order.indexOf(name);
    if (position !== -1 && position < lastPosition) {
      issues.push({ path, message: `is out of order: members must come in the order ${shape.order.join(", ")}` });
    }
    lastPosition = Math.max(lastPosition, position);
    const read = memberText(member);
    if ("problem" in read) issues.push({ path, message: read.problem });
    else body[name] = fromXmlText(read.text, fields[name], path, issues);
  }
  return issues.length > 0 ? { issues } : { body, issues };
}
