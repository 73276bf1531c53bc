/**
 * DataContract XML writing alone: the builder (fast-xml-parser's own, published on its own; the client never loads
 * the parser) and no imports of code the client's entry chunk has, so that the lazily loaded XML chunk
 * (xml-body.ts) shares no chunk with it.
 */
import XMLBuilder from "fast-xml-builder";
import type { ValidationIssue } from "../../errors.ts";
import type { BodyField, XmlBodyShape } from "../../operation-info.ts";

/** Every DataContract document declares the XML Schema instance namespace (`i:nil` and friends live there). */
const xmlSchemaInstance = "http://www.w3.org/2001/XMLSchema-instance";

const builder = new XMLBuilder({ ignoreAttributes: false, attributeNamePrefix: "@_", format: false });

/**
 * Writes a body object the way .NET's DataContractSerializer reads it: the root element and namespace from the
 * spec, members in the spec's (alphabetical) order, only the fields given, booleans as `true`/`false`, enums by
 * member name. An enum number with no known name cannot be written: the issues are returned instead.
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
      element[name] = String(value);
    }
  }
  if (issues.length > 0) return issues;
  return builder.build({ [shape.root]: element }) as string;
}
