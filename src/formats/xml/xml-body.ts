/**
 * The client's XML format, loaded on first use by serialize-body.ts: the operations' XML shapes
 * (generated/operations.ts) and the XML writer come with it, so the entry chunk carries neither. It imports
 * nothing the entry chunk has, so no code is split into a chunk both load.
 */
import { operations } from "../../../generated/operations.ts";
import type { ValidationIssue } from "../../errors.ts";
import { operationLabel } from "../../operation-info.ts";
import { writeDataContractXml } from "./write-data-contract-xml.ts";

const byLabel = new Map(operations.map((operation) => [operationLabel(operation), operation]));

/** The body as DataContract XML for `operation` (`PATCH /path`), or the issues that keep it from being written. */
export function serializeXmlBody(body: unknown, operation: string): string | ValidationIssue[] {
  const info = byLabel.get(operation);
  if (!info?.requestBody) return [{ path: "body", message: "has no XML shape in the spec" }];
  return writeDataContractXml(body, info.requestBody, info.types);
}
