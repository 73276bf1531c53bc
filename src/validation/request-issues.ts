/**
 * The request checks, which word the generated validators' errors: the client loads them with an operation's
 * validators (src/validation/load-operation.ts), so at run time they import nothing of the client's entry (no
 * errors, no openapi-fetch, not even media-types.ts: esbuild would move those into a chunk of their own,
 * compressed apart from the entry). validate-request.ts merges the headers and throws, for the mock and for tests.
 */
import type { HeadersOptions } from "openapi-fetch";
import type { ValidationIssue } from "../errors.ts";
import { charsetOf, isAcceptedMediaType, mediaTypeOf } from "../formats/media-type-ranges.ts";
import type { CompiledValidator, OperationValidators, ValidatorError } from "./validator-types.ts";
import { aspNetDateTimeRule, uuidRule } from "./format-rules.ts";

/** What validateRequest looks at in a call's `init`. */
export interface ValidatedInit {
  params?: { header?: unknown; [location: string]: unknown };
  body?: unknown;
  headers?: HeadersOptions;
}

/**
 * The issues of a call: `found` first (issues found before validation, such as an invalid Date), then the
 * validators' at other paths. `contentType` is asked for only when there is a body.
 */
export function callIssues(
  validators: OperationValidators | undefined,
  init: ValidatedInit | undefined,
  contentType: () => string | undefined,
  found: readonly ValidationIssue[],
): ValidationIssue[] {
  const issues = requestIssues(validators, init, contentType);
  if (found.length === 0) return issues;
  return [...found, ...issues.filter((i) => !found.some((f) => f.path === i.path))];
}

/**
 * Every issue of a request (the client's call, or what the mock server received), none when it is valid.
 * `contentTypeOfCall` gives the Content-Type it will be sent with (the client's static headers and the call's).
 */
export function requestIssues(
  validators: OperationValidators | undefined,
  init: ValidatedInit | undefined,
  contentTypeOfCall: () => string | undefined,
): ValidationIssue[] {
  if (validators === undefined) return [{ path: "url", message: "is not an operation of the spec" }];
  const issues: ValidationIssue[] = [];
  collect(validators.params, init?.params ?? {}, "params", issues);
  const body = init?.body;
  if (body === undefined) {
    if (validators.bodyRequired) issues.push({ path: "body", message: "is required" });
  } else if (body instanceof FormData || body instanceof URLSearchParams) {
    // Sent as they are (serialize-body.ts), so nothing of theirs would be checked against the schema.
    issues.push({ path: "body", message: `is a ${body.constructor.name}, ${unchecked}` });
  } else {
    const byType = validators.bodyByMediaType;
    const contentType = contentTypeOfCall();
    issues.push(...contentTypeIssues(validators, contentType));
    const validator = (contentType && byType ? byType[mediaTypeOf(contentType)] : undefined) ?? validators.body;
    if (validator) collect(validator, body, "body", issues);
  }
  return issues;
}

const unchecked =
  "which the spec's schema cannot check: pass the body object (its Content-Type picks the format), or validate: false";

/**
 * The request's Content-Type (`undefined`: none, so openapi-fetch sends `application/json`) must be one the spec
 * documents for the operation's body, with any parameters and letter case; and since the body is always written as
 * UTF-8, a `charset` must say so. The server has no formatter for any other type, and would misread other bytes.
 */
export function contentTypeIssues(validators: OperationValidators, contentType: string | undefined): ValidationIssue[] {
  const documented = validators.mediaTypes;
  if (documented === undefined) return [];
  const type = contentType ?? "application/json";
  const path = "headers.Content-Type";
  if (!isAcceptedMediaType(type, documented)) {
    return [
      {
        path,
        message: `${JSON.stringify(type)} is not a request format of this operation; use one of ${documented.join(", ")}`,
      },
    ];
  }
  const charset = charsetOf(type);
  if (charset !== undefined && charset !== "utf-8" && charset !== "utf8") {
    return [
      {
        path,
        message: `declares charset ${JSON.stringify(charset)}, but the body is sent as UTF-8; leave it out or say utf-8`,
      },
    ];
  }
  return [];
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
      return Math.abs(params.limit as number) === Number.MAX_SAFE_INTEGER
        ? "must be an integer from -(2^53 - 1) to 2^53 - 1: a JavaScript number is not exact beyond that"
        : `must be ${String(params.comparison)} ${String(params.limit)}`;
    case "format":
      if (params.format === "uuid") return `must be ${uuidRule}`;
      return params.format === "date-time"
        ? `must be ${aspNetDateTimeRule}`
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
