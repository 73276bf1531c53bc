import { CaliberValidationError } from "../../errors.ts";
import { operationLabel, type BodyField, type OperationInfo, type XmlBodyShape } from "../../operation-info.ts";
import { writeDataContractXml } from "./write-data-contract-xml.ts";

/**
 * A body object as DataContract XML for an operation of the spec (see writeDataContractXml); an enum number
 * with no known name, or an operation without an XML shape, is a CaliberValidationError.
 */
export function serializeDataContractXml(body: Record<string, unknown>, operation: OperationInfo): string {
  const { shape, fields } = xmlShapeOf(operation);
  const written = writeDataContractXml(body, shape, fields);
  if (typeof written !== "string") throw new CaliberValidationError(operationLabel(operation), written);
  return written;
}

export function xmlShapeOf(operation: OperationInfo): {
  shape: XmlBodyShape;
  fields: Readonly<Record<string, BodyField>>;
} {
  if (!operation.xmlBody) {
    throw new CaliberValidationError(operationLabel(operation), [
      { path: "body", message: "has no XML shape in the spec" },
    ]);
  }
  return { shape: operation.xmlBody, fields: operation.bodyFields ?? {} };
}
