import { looksLikeAnnotation, parseAnnotation, type Annotation } from "./annotations.ts";
import { PageError, pageLines, type PageLine } from "./page-lines.ts";
import { isUndocumentedResponse, parseTypeWord, type TypeRef } from "./type-words.ts";

/** One row of a Name / Description / Type / Additional information table. */
export interface Field {
  name: string;
  description?: string;
  type: TypeRef;
  typeText: string;
  annotations: { annotation: Annotation; text: string; line: number }[];
  line: number;
}

/** A "Body Parameters" or "Resource Description" block: the type, its documentation and, for an object, its table. */
export interface TypeSection {
  typeText: string;
  type: TypeRef;
  line: number;
  documentation?: string;
  fields?: Field[];
}

/** One media-type group of "Request Formats" or "Response Formats", with its sample as printed. */
export interface Sample {
  mediaTypes: string[];
  line: number;
  /** The sample's text, verbatim; undefined when the page could not generate one. */
  text?: string;
  textLine: number;
  unavailable?: string;
}

/** An endpoint's page (`Help/Api/…`). */
export interface ApiPage {
  kind: "api";
  file: string;
  method: string;
  /** The path template without its query part, as the page writes it (no leading slash). */
  path: string;
  line: number;
  documentation?: string;
  uriParameters: Field[];
  /** Undefined for "Body Parameters: None.". */
  body?: TypeSection;
  requestSamples: Sample[];
  /** Undefined for "Resource Description: None." (the action returns nothing). */
  response?: TypeSection;
  responseSamples: Sample[];
}

export interface EnumMember {
  name: string;
  value: number;
  description?: string;
  line: number;
}

/** A type's model page (`Help/ResourceModel?modelName=…`): a complex type's table, or an enum's values. */
export interface ModelPage {
  kind: "model";
  file: string;
  name: string;
  line: number;
  documentation?: string;
  fields?: Field[];
  members?: EnumMember[];
}

export type HelpPage = ApiPage | ModelPage;

const fieldHeader = "NameDescriptionTypeAdditional information";
const enumHeader = "NameValueDescription";
const title = /^(GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS) (\S+)$/;
const mediaTypes = /^[\w.+-]+\/[\w.+*-]+(?:, [\w.+-]+\/[\w.+*-]+)*$/;
const unavailableSample = /^(Sample not available\.|Failed to generate the sample|An exception has occurred)/;

/** Reads a saved help page (text or HTML); throws a PageError naming the line when it is no page HelpPage writes. */
export function parsePage(file: string, content: string): HelpPage {
  const reader = new LineReader(file, pageLines(file, content));
  if (reader.peek()?.text === "Help Page Home") reader.next();
  const first = reader.peek();
  if (first === undefined) throw new PageError(file, 1, "not a help page: the file is empty");
  const heading = title.exec(first.text);
  if (heading) return parseApiPage(reader, heading[1]!, heading[2]!);
  if (/^[A-Za-z_]\w*$/.test(first.text) && parseTypeWord(first.text)?.kind === "model") return parseModelPage(reader);
  throw new PageError(
    file,
    first.line,
    `not a help page: it should open with "METHOD path" (an endpoint's page) or a type's name (a model page), not "${first.text}"`,
  );
}

function parseApiPage(reader: LineReader, method: string, template: string): ApiPage {
  const titleLine = reader.next()!;
  const [path, query] = template.split("?", 2) as [string, string | undefined];
  const documentation = reader.tokensUntil(["Request Information"]);
  reader.expect("Request Information");
  reader.expect("URI Parameters");
  const uriTokens = reader.tokensUntil(["Body Parameters"]);
  const uriParameters = uriTokens.length === 1 && uriTokens[0]!.text === "None." ? [] : readTable(reader, uriTokens);
  reader.expect("Body Parameters");
  const body = readTypeSection(reader, reader.tokensUntil(["Request Formats", "Response Information"]));
  const requestSamples = reader.peek()?.text === "Request Formats" ? readSamples(reader, ["Response Information"]) : [];
  reader.expect("Response Information");
  reader.expect("Resource Description");
  const response = readTypeSection(reader, reader.tokensUntil(["Response Formats"]));
  const responseSamples = reader.peek()?.text === "Response Formats" ? readSamples(reader, []) : [];
  const page: ApiPage = {
    kind: "api",
    file: reader.file,
    method,
    path,
    line: titleLine.line,
    ...text(documentation),
    uriParameters,
    requestSamples,
    responseSamples,
    ...(body ? { body } : {}),
    ...(response ? { response } : {}),
  };
  for (const name of (query ?? "").matchAll(/\{(\w+)\}/g)) {
    if (!uriParameters.some((p) => p.name === name[1]))
      throw new PageError(reader.file, titleLine.line, `the path names query parameter ${name[1]}, the table does not`);
  }
  return page;
}

function parseModelPage(reader: LineReader): ModelPage {
  const name = reader.next()!;
  const before = reader.tokensUntil([fieldHeader, enumHeader, "Possible enumeration values:"]);
  const page: ModelPage = { kind: "model", file: reader.file, name: name.text, line: name.line };
  const next = reader.peek();
  if (next?.text === "Possible enumeration values:") {
    reader.next();
    reader.expect(enumHeader);
    return { ...page, ...text(before), members: readEnumRows(reader, reader.tokensUntil([])) };
  }
  if (next?.text === fieldHeader)
    return { ...page, ...text(before), fields: readTable(reader, reader.tokensUntil([])) };
  // A complex type with no public members: its table is "None.".
  if (before.at(-1)?.text === "None.") return { ...page, ...text(before.slice(0, -1)), fields: [] };
  throw new PageError(
    reader.file,
    name.line,
    `model page of ${name.text}: neither a table of members nor "Possible enumeration values:" follows; only complex types' and enums' model pages are read`,
  );
}

/** "Body Parameters" / "Resource Description": [documentation] type [table] or [documentation] "None.". */
function readTypeSection(reader: LineReader, tokens: PageLine[]): TypeSection | undefined {
  const header = tokens.findIndex((t) => t.text === fieldHeader);
  const last = tokens.at(-1);
  if (last === undefined) throw new PageError(reader.file, reader.lineNow(), "a type or None. was expected here");
  if (header === -1 && last.text === "None.") {
    // A type with no members prints "None." for its table: IHttpActionResult, or an empty class.
    const before = tokens.at(-2);
    const type = before && parseTypeWord(before.text);
    if (type?.kind !== "model") return undefined;
    return { typeText: before!.text, type, line: before!.line, ...text(tokens.slice(0, -2)), fields: [] };
  }
  const typeToken = header === -1 ? last : tokens[header - 1];
  if (typeToken === undefined) throw new PageError(reader.file, tokens[header]!.line, "the table has no type above it");
  const type = parseTypeWord(typeToken.text);
  if (!type && !isUndocumentedResponse(typeToken.text))
    throw new PageError(reader.file, typeToken.line, `unknown type word "${typeToken.text}"`);
  const documentation = tokens.slice(0, header === -1 ? -1 : header - 1);
  return {
    typeText: typeToken.text,
    type: type ?? { kind: "model", name: typeToken.text },
    line: typeToken.line,
    ...text(documentation),
    ...(header === -1 ? {} : { fields: readTable(reader, tokens.slice(header)) }),
  };
}

/**
 * A Name / Description / Type / Additional information table. The saved text drops empty cells, so a row is
 * found by its annotations: the line before the first annotation is the type, anything between it and the name
 * is the description.
 */
function readTable(reader: LineReader, tokens: PageLine[]): Field[] {
  if (tokens[0]?.text !== fieldHeader) {
    throw new PageError(
      reader.file,
      tokens[0]?.line ?? reader.lineNow(),
      `a table ("${fieldHeader}") or None. was expected`,
    );
  }
  const fields: Field[] = [];
  let i = 1;
  while (i < tokens.length) {
    const name = tokens[i]!;
    let k = i + 1;
    while (k < tokens.length && !looksLikeAnnotation(tokens[k]!.text)) k++;
    if (k >= tokens.length || k - 1 <= i) {
      throw new PageError(reader.file, name.line, `the row of ${name.text} has no type and "Additional information"`);
    }
    const typeIndex = k - 1;
    const typeToken = tokens[typeIndex]!;
    const type = parseTypeWord(typeToken.text);
    if (!type) throw new PageError(reader.file, typeToken.line, `${name.text}: unknown type word "${typeToken.text}"`);
    if (!/^[\w.$@-]+$/.test(name.text)) throw new PageError(reader.file, name.line, `"${name.text}" is no member name`);
    const annotations: Field["annotations"] = [];
    if (tokens[k]!.text === "None.") k++;
    else {
      while (k < tokens.length && looksLikeAnnotation(tokens[k]!.text) && tokens[k]!.text !== "None.") {
        // "Required" heads its own row when a name, a type and an annotation follow (a member named Required).
        if (tokens[k]!.text === "Required" && annotations.length > 0 && startsRow(tokens, k)) break;
        const annotation = parseAnnotation(tokens[k]!.text);
        if (!annotation)
          throw new PageError(reader.file, tokens[k]!.line, `unreadable annotation "${tokens[k]!.text}"`);
        annotations.push({ annotation, text: tokens[k]!.text, line: tokens[k]!.line });
        k++;
      }
    }
    fields.push({
      name: name.text,
      ...described(tokens.slice(i + 1, typeIndex)),
      type,
      typeText: typeToken.text,
      annotations,
      line: name.line,
    });
    i = k;
  }
  return fields;
}

function startsRow(tokens: PageLine[], k: number): boolean {
  const type = tokens[k + 1];
  const annotation = tokens[k + 2];
  return (
    type !== undefined && annotation !== undefined && !!parseTypeWord(type.text) && looksLikeAnnotation(annotation.text)
  );
}

/** "Possible enumeration values:" rows: name, value, and an optional description. */
function readEnumRows(reader: LineReader, tokens: PageLine[]): EnumMember[] {
  const members: EnumMember[] = [];
  let i = 0;
  const isValue = (t: PageLine | undefined) => t !== undefined && /^-?\d+$/.test(t.text);
  while (i < tokens.length) {
    const name = tokens[i]!;
    const value = tokens[i + 1];
    if (!/^[A-Za-z_]\w*$/.test(name.text) || !isValue(value)) {
      throw new PageError(
        reader.file,
        name.line,
        `an enum member's name and its number were expected, not "${name.text}"`,
      );
    }
    let k = i + 2;
    // Whatever comes before the next name-and-number pair is this member's description.
    while (k < tokens.length && !isValue(tokens[k + 1])) k++;
    members.push({
      name: name.text,
      value: Number(value!.text),
      ...described(tokens.slice(i + 2, k)),
      line: name.line,
    });
    i = k;
  }
  return members;
}

/** A formats section: "media/type, media/type", "Sample:", then the sample as printed. */
function readSamples(reader: LineReader, stops: string[]): Sample[] {
  reader.next();
  const samples: Sample[] = [];
  let current: Sample | undefined;
  let body: PageLine[] = [];
  const finish = () => {
    if (!current) return;
    while (body.length > 0 && body[0]!.text.trim() === "") body.shift();
    while (body.length > 0 && body.at(-1)!.text.trim() === "") body.pop();
    const sampleText = body.map((l) => l.text).join("\n");
    const first = body[0];
    if (!first) throw new PageError(reader.file, current.line, "a sample was expected after Sample:");
    current.textLine = first.line;
    if (unavailableSample.test(sampleText.trim())) current.unavailable = sampleText.trim();
    else current.text = sampleText;
    samples.push(current);
  };
  for (;;) {
    const line = reader.peekRaw();
    if (line === undefined || stops.includes(line.text.trim())) break;
    reader.nextRaw();
    const trimmed = line.text.trim();
    if (mediaTypes.test(trimmed) && reader.peekToken()?.text === "Sample:") {
      finish();
      current = { mediaTypes: trimmed.split(", "), line: line.line, textLine: line.line };
      body = [];
      reader.next();
      continue;
    }
    if (!current) {
      if (trimmed === "") continue;
      throw new PageError(reader.file, line.line, `a media type and "Sample:" were expected, not "${trimmed}"`);
    }
    body.push(line);
  }
  finish();
  return samples;
}

/** A page's or type's documentation paragraph(s), when there are any. */
function text(lines: PageLine[]): { documentation?: string } {
  const joined = joinLines(lines);
  return joined === "" ? {} : { documentation: joined };
}

/** A row's Description cell, when it is not empty. */
function described(lines: PageLine[]): { description?: string } {
  const joined = joinLines(lines);
  return joined === "" ? {} : { description: joined };
}

function joinLines(lines: PageLine[]): string {
  return lines.map((l) => l.text.trim()).join(" ");
}

/** Walks the page's lines: tokens skip blank lines, samples read raw ones. */
class LineReader {
  private index = 0;
  constructor(
    readonly file: string,
    private readonly lines: PageLine[],
  ) {}

  peekRaw(): PageLine | undefined {
    return this.lines[this.index];
  }
  nextRaw(): PageLine | undefined {
    return this.lines[this.index++];
  }
  peekToken(): PageLine | undefined {
    let i = this.index;
    while (i < this.lines.length && this.lines[i]!.text.trim() === "") i++;
    const line = this.lines[i];
    return line && { text: line.text.trim(), line: line.line };
  }
  peek(): PageLine | undefined {
    return this.peekToken();
  }
  next(): PageLine | undefined {
    const token = this.peekToken();
    while (this.index < this.lines.length && this.lines[this.index]!.text.trim() === "") this.index++;
    if (token) this.index++;
    return token;
  }
  /** The line being read; at the end, the last line with something on it. */
  lineNow(): number {
    let i = Math.min(this.index, this.lines.length - 1);
    while (i > 0 && this.index >= this.lines.length && this.lines[i]!.text.trim() === "") i--;
    return this.lines[i]?.line ?? 1;
  }
  /** Tokens up to (not including) the first of `stops`, or to the end. */
  tokensUntil(stops: string[]): PageLine[] {
    const tokens: PageLine[] = [];
    for (let token = this.peek(); token && !stops.includes(token.text); token = this.peek()) tokens.push(this.next()!);
    return tokens;
  }
  expect(heading: string): PageLine {
    const token = this.next();
    if (token?.text !== heading) {
      throw new PageError(
        this.file,
        token?.line ?? this.lineNow(),
        `not a help page as HelpPage writes it: "${heading}" was expected${token ? `, not "${token.text}"` : " before the end"}`,
      );
    }
    return token;
  }
}
