import { CaliberValidationError, type ValidationIssue } from "./errors.ts";
import { mediaTypeOf } from "./formats/media-types.ts";
import { contentTypeOf } from "./headers.ts";
import type { CompiledValidator, OperationValidators, ValidatorError } from "./validation-types.ts";
import type { HeadersOptions } from "openapi-fetch";

/** What findIssues looks at in a call's `init`. */
export interface ValidatedInit {
  params?: { header?: unknown; [location: string]: unknown };
  body?: unknown;
  headers?: HeadersOptions;
}

/**
 * One reason a request is refused, before it is put in words: the field (`body.PhoneID`, `params.path.id`,
 * `body`) and the rule it breaks as Ajv names it (`keyword`, `params`). Besides Ajv's keywords, `operation` says
 * the call is not an operation of the spec, and `required` at `body` that the body is missing.
 */
export interface FoundIssue {
  path: string;
  keyword: string;
  params: Record<string, unknown>;
}

/**
 * Checks a call's params and body against its operation's generated validators (`requestValidators[path][method]`,
 * undefined when the spec has no such operation), before anything is serialized or sent. Returns every issue,
 * or undefined when there is none. The Content-Type (from the client's static headers and the call's) is looked
 * at only when the operation validates bodies differently per media type (see callerBodySchema in
 * scripts/generate/validator-schemas.ts).
 */
export function findIssues(
  validators: OperationValidators | undefined,
  init: ValidatedInit | undefined,
  clientHeaders: HeadersOptions | undefined,
): FoundIssue[] | undefined {
  if (validators === undefined) return [{ path: "url", keyword: "operation", params: {} }];
  const issues: FoundIssue[] = [];
  collect(validators.params, init?.params ?? {}, "params", issues);
  const body = init?.body;
  if (body === undefined) {
    if (validators.bodyRequired) issues.push({ path: "body", keyword: "required", params: {} });
  } else {
    const byType = validators.bodyByMediaType;
    const contentType = byType && contentTypeOf(clientHeaders, init?.headers, init?.params?.header as HeadersOptions);
    const validator = (contentType ? byType[mediaTypeOf(contentType)] : undefined) ?? validators.body;
    if (validator) collect(validator, body, "body", issues);
  }
  return issues.length > 0 ? issues : undefined;
}

function collect(validate: CompiledValidator, value: unknown, root: string, issues: FoundIssue[]): void {
  if (validate(value)) return;
  for (const error of validate.errors ?? []) issues.push(found(error, root));
}

/** Ajv's error (run with `messages: false`) at the path of the offending field, the property itself included. */
function found({ instancePath, keyword, params }: ValidatorError, root: string): FoundIssue {
  const path = root + instancePath.split("/").map(unescapePointer).join(".");
  const property = keyword === "additionalProperties" ? params.additionalProperty : params.missingProperty;
  const named = keyword === "additionalProperties" || keyword === "required";
  return { path: named ? `${path}.${String(property)}` : path, keyword, params };
}

const unescapePointer = (segment: string): string => segment.replace(/~1/g, "/").replace(/~0/g, "~");

type Messages = typeof import("./validation-messages.ts");

/** The words for issues, loaded on the first refusal (valid calls never need them); forgotten if the load fails. */
let loadingMessages: Promise<Messages | undefined> | undefined;

/**
 * The CaliberValidationError for the issues findIssues found, worded by validation-messages.ts. Should that
 * module fail to load (a browser that cannot fetch the chunk), each issue still names its field, with the rule
 * in general words; the next refusal tries the load again.
 */
export async function validationError(operation: string, issues: FoundIssue[]): Promise<CaliberValidationError> {
  loadingMessages ??= import("./validation-messages.ts").catch(() => {
    loadingMessages = undefined; // the next refusal tries again
    return undefined;
  });
  const messages = await loadingMessages;
  return new CaliberValidationError(
    operation,
    issues.map((issue) => ({ path: issue.path, message: messages?.describe(issue) ?? generally(issue) })),
  );
}

/** `fails the schema's "multipleOf" rule {"multipleOf":2}`: for a rule that has no sentence of its own. */
export const generally = ({ keyword, params }: FoundIssue): ValidationIssue["message"] =>
  `fails the schema's "${keyword}" rule ${JSON.stringify(params)}`;
