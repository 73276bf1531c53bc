import { CaliberValidationError, type ValidationIssue } from "../errors.ts";
import { contentTypeOf, mediaTypeOf } from "../formats/media-types.ts";
import type { CompiledValidator, OperationValidators, ValidatorError } from "./validator-types.ts";
import type { HeadersOptions } from "openapi-fetch";

/** What validateRequest looks at in a call's `init`. */
export interface ValidatedInit {
  params?: { header?: unknown; [location: string]: unknown };
  body?: unknown;
  headers?: HeadersOptions;
}

/**
 * Checks a call's params and body against its operation's generated validators (`requestValidators[path][method]`,
 * undefined when the spec has no such operation), before anything is serialized or sent.
 * Throws CaliberValidationError listing every issue: `found` first (issues found before validation, such as an
 * invalid Date), then the validators' at other paths.
 */
export function validateRequest(
  validators: OperationValidators | undefined,
  operation: string,
  init: ValidatedInit | undefined,
  clientHeaders: HeadersOptions | undefined,
  found: readonly ValidationIssue[] = [],
): void {
  const more = requestIssues(validators, init, clientHeaders).filter((i) => !found.some((f) => f.path === i.path));
  const issues = [...found, ...more];
  if (issues.length > 0) throw new CaliberValidationError(operation, issues);
}

/**
 * Every issue of a request (the client's call, or what the mock server received), none when it is valid. The
 * Content-Type (from the client's static headers and the call's) is looked at only when the operation validates
 * bodies differently per media type.
 */
export function requestIssues(
  validators: OperationValidators | undefined,
  init: ValidatedInit | undefined,
  clientHeaders: HeadersOptions | undefined,
): ValidationIssue[] {
  if (validators === undefined) return [{ path: "url", message: "is not an operation of the spec" }];
  const issues: ValidationIssue[] = [];
  collect(validators.params, init?.params ?? {}, "params", issues);
  const body = init?.body;
  if (body === undefined) {
    if (validators.bodyRequired) issues.push({ path: "body", message: "is required" });
  } else {
    const byType = validators.bodyByMediaType;
    const contentType = byType && contentTypeOf(clientHeaders, init?.headers, init?.params?.header as HeadersOptions);
    const validator = (contentType ? byType[mediaTypeOf(contentType)] : undefined) ?? validators.body;
    if (validator) collect(validator, body, "body", issues);
  }
  return issues;
}

function collect(validate: CompiledValidator, value: unknown, root: string, issues: ValidationIssue[]): void {
  if (validate(value)) return;
  for (const error of validate.errors ?? []) issues.push(toIssue(error, root));
}

/** Ajv's error (run with `messages: false`) in words, at the path of the offending field. */
function toIssue({ instancePath, keyword, params }: ValidatorError, root: string): ValidationIssue {
  const path = root + instancePath.split("/").map(unescapePointer).join(".");
  if (keyword === "additionalProperties") {
    return { path: `${path}.${String(params.additionalProperty)}`, message: "is not a property of the schema" };
  }
  if (keyword === "required") return { path: `${path}.${String(params.missingProperty)}`, message: "is required" };
  return { path, message: describe(keyword, params) };
}

const unescapePointer = (segment: string): string => segment.replace(/~1/g, "/").replace(/~0/g, "~");

const article = (type: unknown): string => (/^[aeiou]/.test(String(type)) ? `an ${type}` : `a ${type}`);

function describe(keyword: string, params: Record<string, unknown>): string {
  switch (keyword) {
    case "type":
      return `must be ${String(params.type)
        .split(",")
        .map((type) => (type === "null" ? "null" : article(type)))
        .join(" or ")}`;
    case "enum":
      return `must be one of ${(params.allowedValues as unknown[]).map((value) => JSON.stringify(value)).join(", ")}`;
    case "const":
      return `must be ${JSON.stringify(params.allowedValue)}`;
    case "minimum":
    case "maximum":
    case "exclusiveMinimum":
    case "exclusiveMaximum":
      return `must be ${String(params.comparison)} ${String(params.limit)}`;
    case "format":
      return params.format === "date-time"
        ? "must be an RFC 3339 date-time with an offset, like 2025-05-20T10:21:27.3260116-07:00"
        : `must be a valid ${String(params.format)}`;
    case "pattern":
      return `must match the pattern ${String(params.pattern)}`;
    case "minLength":
      return `must have at least ${String(params.limit)} characters`;
    case "maxLength":
      return `must have at most ${String(params.limit)} characters`;
    default:
      return `fails the schema's "${keyword}" rule ${JSON.stringify(params)}`;
  }
}
