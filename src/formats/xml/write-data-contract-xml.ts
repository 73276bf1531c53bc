/**
 * DataContract XML writing alone: the builder (fast-xml-parser's own, published on its own; the client never loads
 * the parser) and no imports of code the client's entry chunk has, so that the lazily loaded XML chunk
 * (xml-body.ts) shares no chunk with it. Nothing here runs when the module loads, so loading it cannot fail
 * half-way (a module whose first evaluation threw stays broken for the life of the page or process).
 */
import XMLBuilder from "fast-xml-builder";
import type { ValidationIssue } from "../../errors.ts";
import type { BodyField, XmlBodyShape } from "../../operation-info.ts";

/** Every DataContract document declares the XML Schema instance namespace (`i:nil` and friends live there). */
const xmlSchemaInstance = "http://www.w3.org/2001/XMLSchema-instance";

let builder: InstanceType<typeof XMLBuilder> | undefined;

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

/**
 * Writes a body object the way .NET's DataContractSerializer reads it: the root element and namespace from the
 * spec, members in the spec's (alphabetical) order, only the fields given, booleans as `true`/`false`, enums by
 * member name, text escaped by escapeXmlText. An enum number with no known name cannot be written: the issues are
 * returned instead.
 */
export function writeDataContractXml(
  body: Record<string, unknown>,
  shape: XmlBodyShape,
  fields: Readonly<Record<string, BodyField>>,
): string | ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const element: Record<string, unknown> = { "@_xmlns:i": xmlSchemaInstance };
  if (shape.namespace) element["@_xmlns"] = shape.namespace;
  for (const name of shape.order) {
    const value = body[name];
    if (value === undefined) continue;
    const enumNames = fields[name]?.enumNames;
    if (enumNames) {
      const memberName = enumNames[String(value)];
      if (memberName === undefined) {
        issues.push({
          path: `body.${name}`,
          message: `has no known enum member name for ${JSON.stringify(value)} (XML writes enums by name)`,
        });
        continue;
      }
      element[name] = memberName;
    } else {
      element[name] = escapeXmlText(String(value));
    }
  }
  if (issues.length > 0) return issues;
  // Text is escaped above; the builder's own entity replacement would escape the `&` of our references again.
  builder ??= new XMLBuilder({
    ignoreAttributes: false,
    attributeNamePrefix: "@_",
    format: false,
    processEntities: false,
  });
  return builder.build({ [shape.root]: element }) as string;
}
