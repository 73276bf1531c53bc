import { XMLParser } from "fast-xml-parser";
import type { ValidationIssue } from "../../errors.ts";
import type { BodyField, OperationInfo } from "../../operation-info.ts";
import type { ParsedBody } from "../parse-body.ts";
import { valueFromText } from "../text-values.ts";

// Reading DataContract XML is the mock server's job; it lives apart from the writer, so the client's lazily
// loaded XML chunk carries no parser.
const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "@_",
  parseTagValue: false,
  // DataContract keeps whitespace inside strings; whitespace between elements is dropped below.
  trimValues: false,
  ignoreDeclaration: true,
});

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
 * a wrong namespace or malformed XML is an issue.
 */
export function parseDataContractXml(xml: string, operation: OperationInfo): ParsedBody {
  const shape = operation.xmlBody;
  if (!shape) return { issues: [{ path: "body", message: "has no XML shape in the spec" }] };
  const fields = operation.bodyFields ?? {};
  let document: Record<string, unknown>;
  try {
    document = parser.parse(xml, true) as Record<string, unknown>;
  } catch (error) {
    return { issues: [{ path: "body", message: `is not well-formed XML: ${(error as Error).message}` }] };
  }
  const root = document[shape.root];
  if (root === undefined || typeof root !== "object" || root === null) {
    const found = Object.keys(document).join(", ") || "nothing";
    return { issues: [{ path: "body", message: `must have the root element <${shape.root}>, found ${found}` }] };
  }
  const { "@_xmlns": namespace, ...members } = root as Record<string, unknown>;
  const issues: ValidationIssue[] = [];
  if (shape.namespace && namespace !== shape.namespace) {
    issues.push({ path: "body", message: `<${shape.root}> must be in namespace ${shape.namespace}` });
  }
  const body: Record<string, unknown> = {};
  let lastPosition = -1;
  for (const [name, value] of Object.entries(members)) {
    if (name.startsWith("@_") || (name === "#text" && String(value).trim() === "")) continue;
    const path = `body.${name}`;
    // DataContractSerializer silently skips a member that comes out of order: refuse it instead.
    const position = shape.order.indexOf(name);
    if (position !== -1 && position < lastPosition) {
      issues.push({ path, message: `is out of order: members must come in the order ${shape.order.join(", ")}` });
    }
    lastPosition = Math.max(lastPosition, position);
    if (typeof value !== "string") {
      issues.push({ path, message: Array.isArray(value) ? "appears more than once" : "must be a simple value" });
      continue;
    }
    body[name] = fromXmlText(value, fields[name], path, issues);
  }
  return issues.length > 0 ? { issues } : { body, issues };
}
