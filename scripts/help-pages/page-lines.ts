import { parse, type DefaultTreeAdapterMap } from "parse5";

/** One line of a help page as a reader sees it, with the line of the saved file it came from. */
export interface PageLine {
  text: string;
  line: number;
}

/** A help page that cannot be read: the file and line to look at, and what is wrong there. */
export class PageError extends Error {
  constructor(
    readonly file: string,
    readonly line: number,
    readonly problem: string,
  ) {
    super(`${file}:${line}: ${problem}`);
    this.name = "PageError";
  }
}

/**
 * The page's lines: a saved text page as it is, or the HTML the HelpPage area serves laid out as a browser's
 * "save as text" writes it (one line per paragraph, heading and table cell; a header row's cells run together;
 * samples verbatim), so one reader serves both.
 */
export function pageLines(fileName: string, content: string): PageLine[] {
  const isHtml = /\.html?$/i.test(fileName) || /^\s*<(!doctype|html)/i.test(content);
  return isHtml ? htmlLines(content) : content.split(/\r?\n/).map((text, index) => ({ text, line: index + 1 }));
}

type Node = DefaultTreeAdapterMap["node"];
type Element = DefaultTreeAdapterMap["element"];

const blocks = new Set(["p", "div", "section", "header", "h1", "h2", "h3", "h4", "h5", "h6", "table", "tr", "li"]);
const skipped = new Set(["head", "script", "style", "template", "noscript"]);

function htmlLines(html: string): PageLine[] {
  const lines: PageLine[] = [];
  let text = "";
  let line = 0;
  const flush = () => {
    const trimmed = text.replace(/\s+/g, " ").trim();
    if (trimmed !== "") lines.push({ text: trimmed, line });
    text = "";
  };
  const append = (value: string, at: number) => {
    if (text.trim() === "") line = at;
    text += value;
  };
  const walk = (node: Node, cell: "join" | "split") => {
    if (node.nodeName === "#text") {
      const textNode = node as DefaultTreeAdapterMap["textNode"];
      append(textNode.value, textNode.sourceCodeLocation?.startLine ?? 0);
      return;
    }
    if (!("childNodes" in node)) return;
    const element = node as Element;
    const name = element.tagName;
    if (name !== undefined && skipped.has(name)) return;
    if (name === "pre") {
      flush();
      const start = element.sourceCodeLocation?.startTag?.endLine ?? element.sourceCodeLocation?.startLine ?? 0;
      // The browser drops the one newline that opens a <pre>; parse5 does too. Each sample line keeps its own.
      const raw = element.childNodes.map((child) => ("value" in child ? child.value : "")).join("");
      const first = element.childNodes.find((child) => child.nodeName === "#text") as
        DefaultTreeAdapterMap["textNode"] | undefined;
      const firstLine = first?.sourceCodeLocation?.startLine ?? start;
      const skip = raw.startsWith("\n") ? 1 : 0;
      raw.split(/\r?\n/).forEach((value, index) => lines.push({ text: value, line: firstLine + index + skip }));
      return;
    }
    if (name === "br") {
      flush();
      return;
    }
    const isBlock = name !== undefined && blocks.has(name);
    const isCell = name === "td" || name === "th";
    // A header row's cells run together in a text copy ("NameDescriptionTypeAdditional information").
    const headerRow = name === "tr" && element.childNodes.some((child) => child.nodeName === "th");
    if (isBlock || (isCell && cell === "split")) flush();
    for (const child of element.childNodes) walk(child, headerRow ? "join" : name === "tr" ? "split" : cell);
    if (isBlock || (isCell && cell === "split")) flush();
  };
  walk(parse(html, { sourceCodeLocationInfo: true }), "split");
  flush();
  return lines;
}
