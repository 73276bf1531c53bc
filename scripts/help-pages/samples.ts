import { XMLParser, XMLValidator } from "fast-xml-parser";
import { PageError } from "./page-lines.ts";
import type { Sample } from "./parse-page.ts";

/** A JSON sample's value, each object key with the page line it is written on. */
export interface JsonSample {
  value: unknown;
  /** "Phones[0].Number" → the line of that key. */
  lines: Map<string, number>;
  line: number;
}

/** One element of a DataContract XML sample, its namespace resolved. */
export interface XmlElement {
  name: string;
  namespace?: string;
  nil: boolean;
  text?: string;
  children: XmlElement[];
  line: number;
}

const instanceNamespace = "http://www.w3.org/2001/XMLSchema-instance";

export function isJsonMedia(mediaType: string): boolean {
  return /json/i.test(mediaType);
}
export function isXmlMedia(mediaType: string): boolean {
  return /xml/i.test(mediaType);
}

/** The sample's JSON; a PageError at the line where it stops parsing. */
export function readJsonSample(file: string, sample: Sample): JsonSample {
  const text = sample.text!;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    const position = /position (\d+)/.exec((error as Error).message);
    const offset = position ? lineOf(text, Number(position[1])) : 0;
    throw new PageError(file, sample.textLine + offset, `the JSON sample does not parse: ${(error as Error).message}`);
  }
  const lines = new Map<string, number>();
  let cursor = 0;
  // Keys are found in the text in document order, which is the order JSON.parse keeps them in.
  const walk = (node: unknown, path: string) => {
    if (Array.isArray(node)) node.forEach((item, index) => walk(item, `${path}[${index}]`));
    else if (node !== null && typeof node === "object") {
      for (const [key, child] of Object.entries(node)) {
        const at = text.indexOf(JSON.stringify(key), cursor);
        if (at >= 0) cursor = at + 1;
        const childPath = path === "" ? key : `${path}.${key}`;
        lines.set(childPath, sample.textLine + lineOf(text, Math.max(at, 0)));
        walk(child, childPath);
      }
    }
  };
  walk(value, "");
  return { value, lines, line: sample.textLine };
}

/** The sample's root element; a PageError at the line where it is not well-formed XML. */
export function readXmlSample(file: string, sample: Sample): XmlElement {
  const text = sample.text!;
  const valid = XMLValidator.validate(text);
  if (valid !== true) {
    throw new PageError(file, sample.textLine + valid.err.line - 1, `the XML sample does not parse: ${valid.err.msg}`);
  }
  const parser = new XMLParser({
    preserveOrder: true,
    ignoreAttributes: false,
    attributeNamePrefix: "",
    parseTagValue: false,
    parseAttributeValue: false,
    trimValues: true,
  });
  const nodes = parser.parse(text) as OrderedNode[];
  let cursor = 0;
  const build = (node: OrderedNode, scope: Map<string, string>): XmlElement | undefined => {
    const qname = Object.keys(node).find((key) => key !== ":@");
    if (qname === undefined || qname === "#text" || qname.startsWith("?")) return undefined;
    const attributes = (node[":@"] ?? {}) as Record<string, string>;
    const inner = new Map(scope);
    for (const [name, value] of Object.entries(attributes)) {
      if (name === "xmlns") inner.set("", value);
      else if (name.startsWith("xmlns:")) inner.set(name.slice(6), value);
    }
    // Elements are found in the text in document order, which is the order the parser keeps them in.
    const found = text.slice(cursor).search(new RegExp(`<${qname.replace(/[.]/g, "\\.")}[\\s/>]`));
    const offset = found >= 0 ? cursor + found : cursor;
    cursor = offset + 1;
    const [prefix, local] = qname.includes(":") ? qname.split(":", 2) : ["", qname];
    const nilAttribute = Object.entries(attributes).find(
      ([name]) => name.endsWith(":nil") && inner.get(name.split(":")[0]!) === instanceNamespace,
    );
    const children: XmlElement[] = [];
    let elementText: string | undefined;
    for (const child of (node[qname] ?? []) as OrderedNode[]) {
      if ("#text" in child) elementText = (elementText ?? "") + String(child["#text"]);
      else {
        const element = build(child, inner);
        if (element) children.push(element);
      }
    }
    const namespace = inner.get(prefix!);
    return {
      name: local!,
      ...(namespace ? { namespace } : {}),
      nil: nilAttribute?.[1] === "true",
      ...(elementText !== undefined ? { text: elementText } : {}),
      children,
      line: sample.textLine + lineOf(text, offset),
    };
  };
  const roots = nodes.map((node) => build(node, new Map())).filter((e) => e !== undefined);
  if (roots.length !== 1) throw new PageError(file, sample.textLine, "the XML sample has no single root element");
  return roots[0]!;
}

type OrderedNode = Record<string, unknown>;

/** How many line breaks come before `offset`. */
function lineOf(text: string, offset: number): number {
  let count = 0;
  for (let i = 0; i < offset && i < text.length; i++) if (text[i] === "\n") count++;
  return count;
}
