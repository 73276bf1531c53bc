import { XMLParser } from "fast-xml-parser";
import { CaliberValidationError, type ValidationIssue } from "../../errors.ts";
import { operationLabel, type BodyField, type OperationInfo } from "../../operation-info.ts";
import { xmlShapeOf } from "./data-contract-xml.ts";

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

/** Converts one element's text back to the JSON value the body object holds. */
function fromXmlText(text: string, field: BodyField | undefined, path: string, issues: ValidationIssue[]): unknown {
  if (field?.enumNames) {
    const entry = Object.entries(field.enumNames).find(([, memberName]) => memberName === text);
    if (entry) return field.type === "integer" || field.type === "number" ? Number(entry[0]) : entry[0];
    issues.push({ path, message: `is not a known enum member name: ${JSON.stringify(text)}` });
    return text;
  }
  switch (field?.type) {
    case "integer":
    case "number":
      return text.trim() !== "" && Number.isFinite(Number(text)) ? Number(text) : text;
    case "boolean":
      return text === "true" ? true : text === "false" ? false : text;
    default:
      return text;
  }
}

/**
 * Reads a DataContract XML body back into the body object (enums to numbers, booleans and numbers typed by
 * the spec). Values it cannot convert are kept as text so that validation names them; a wrong root,
 * a wrong namespace or malformed XML is a validation error.
 */
export function parseDataContractXml(xml: string, operation: OperationInfo): Record<string, unknown> {
  const { shape, fields } = xmlShapeOf(operation);
  const refuse = (issues: ValidationIssue[]) => new CaliberValidationError(operationLabel(operation), issues);
  let document: Record<string, unknown>;
  try {
    document = parser.parse(xml, true) as Record<string, unknown>;
  } catch (error) {
    throw refuse([{ path: "body", message: `is not well-formed XML: ${(error as Error).message}` }]);
  }
  const root = document[shape.root];
  if (root === undefined || typeof root !== "object" || root === null) {
    const found = Object.keys(document).join(", ") || "nothing";
    throw refuse([{ path: "body", message: `must have the root element <${shape.root}>, found ${found}` }]);
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
    // DataContractSerializer silently skips a member that comes out of order: refuse it instead.
    const position = shape.order.indexOf(name);
    if (position !== -1 && position < lastPosition) {
      issues.push({
        path: `body.${name}`,
        message: `is out of order: members must come in the order ${shape.order.join(", ")}`,
      });
    }
    lastPosition = Math.max(lastPosition, position);
    const path = `body.${name}`;
    if (typeof value !== "string") {
      issues.push({ path, message: Array.isArray(value) ? "appears more than once" : "must be a simple value" });
      continue;
    }
    body[name] = fromXmlText(value, fields[name], path, issues);
  }
  if (issues.length > 0) throw refuse(issues);
  return body;
}
