import type { ValidationIssue } from "../errors.ts";
import { aspNetDateTimeRule, uuidRule } from "../validation/format-rules.ts";
import { isAspNetDateTime, isUuid } from "../validation/string-formats.ts";
import type { BodyModel, DataContracts, ScalarKind } from "./body-model.ts";

/**
 * Every way `value` differs from what the body model allows, each at the path of the offending part
 * (`body.Phones.0.Number`, the dotted form the request validators use): a wrong type, a `null` where the member
 * is not nullable, a member the data contract does not have, an enum number it does not list. None when it fits.
 * Used where no generated validator exists, such as the bodies a test scripts for the mock's answers.
 */
export function valueIssues(value: unknown, model: BodyModel, types: DataContracts, path = "body"): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  walk(value, model, types, path, issues);
  return issues;
}

function walk(value: unknown, model: BodyModel, types: DataContracts, path: string, issues: ValidationIssue[]): void {
  if (value === null) {
    if (!model.nullable && model.kind !== "any") issues.push({ path, message: `must be ${expected(model)}, not null` });
    return;
  }
  if (model.kind === "collection") {
    if (!Array.isArray(value)) return void issues.push({ path, message: `must be ${expected(model)}` });
    value.forEach((item, index) => walk(item, model.items, types, `${path}.${index}`, issues));
    return;
  }
  if (model.kind === "object") {
    const contract = types[model.type];
    if (!contract) return void issues.push({ path, message: `has no data contract ${model.type} in the model` });
    if (typeof value !== "object" || Array.isArray(value)) {
      return void issues.push({ path, message: `must be ${expected(model)}` });
    }
    const members = new Map(contract.members);
    for (const [name, member] of Object.entries(value as Record<string, unknown>)) {
      const memberModel = members.get(name);
      if (memberModel === undefined)
        issues.push({ path: `${path}.${name}`, message: "is not a property of the schema" });
      else if (member !== undefined) walk(member, memberModel, types, `${path}.${name}`, issues);
    }
    return;
  }
  const problem = scalarProblem(value, model.kind, model.members);
  if (problem) issues.push({ path, message: problem });
}

function scalarProblem(
  value: unknown,
  kind: ScalarKind,
  members: Readonly<Record<string, string>> | undefined,
): string | undefined {
  switch (kind) {
    case "integer":
      return Number.isSafeInteger(value) ? undefined : "must be an integer from -(2^53 - 1) to 2^53 - 1";
    case "number":
      return typeof value === "number" && Number.isFinite(value) ? undefined : "must be a number";
    case "boolean":
      return typeof value === "boolean" ? undefined : "must be a boolean";
    case "string":
      return typeof value === "string" ? undefined : "must be a string";
    case "date-time":
      return typeof value === "string" && isAspNetDateTime(value) ? undefined : `must be ${aspNetDateTimeRule}`;
    case "uuid":
      return typeof value === "string" && isUuid(value) ? undefined : `must be ${uuidRule}`;
    case "enum": {
      const allowed = enumValues(members);
      return allowed.includes(value as number | string)
        ? undefined
        : `must be one of ${allowed.map((member) => JSON.stringify(member)).join(", ")}`;
    }
    case "any":
      return undefined;
  }
}

/** An enum's values as JSON carries them: numbers for a .NET enum, the texts for an enum of strings. */
export function enumValues(members: Readonly<Record<string, string>> | undefined): (number | string)[] {
  const keys = Object.keys(members ?? {});
  return keys.every((key) => /^-?\d+$/.test(key)) ? keys.map(Number) : keys;
}

function expected(model: BodyModel): string {
  switch (model.kind) {
    case "collection":
      return "an array";
    case "object":
      return "an object";
    case "integer":
      return "an integer";
    case "enum":
      return "an enum member";
    default:
      return `a ${model.kind === "uuid" ? "Guid" : model.kind}`;
  }
}
