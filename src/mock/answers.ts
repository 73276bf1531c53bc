import type { HttpMethod } from "openapi-typescript-helpers";
import type { operations as operationTypes, paths } from "../../generated/openapi.ts";
import { operationLabel, type OperationInfo } from "../operation-info.ts";

/**
 * An answer a test scripts for the next matching request. Any mix of:
 * - `status`, `headers`, `body`: answer with these instead of the mock's own answer;
 * - `delayMs`: wait this long before answering;
 * - `drop: true`: close the connection without any answer.
 *
 * With only `headers` and `delayMs` (or nothing), the mock's own answer is sent, delayed, with those headers.
 */
export interface MockAnswer {
  /** 200–599. Default 200 when `body` or `headers` is given without it. */
  status?: number;
  headers?: Record<string, string | number>;
  /** A string is sent as is (`text/plain` unless `headers` says otherwise); anything else as JSON. */
  body?: unknown;
  /** Milliseconds to wait before answering (or dropping). */
  delayMs?: number;
  /** Close the connection before any answer: the client sees a network error. */
  drop?: boolean;
  /** `false` serves this answer even to a request that breaks the spec (by default such a request gets its 400). */
  validate?: boolean;
}

/** An operation of the spec, by its operationId or as `"PATCH /api/v2/clientcontact/{clientContactId}/phone"`. */
export type OperationName = keyof operationTypes | MethodAndPath;

type MethodAndPath = {
  [P in keyof paths]: {
    [M in HttpMethod]: [NonNullable<paths[P][M]>] extends [never] ? never : `${Uppercase<M>} ${P & string}`;
  }[HttpMethod];
}[keyof paths];

export interface AnswerOptions {
  /** How many matching requests get this answer (default 1). */
  times?: number;
  /** Only requests to this operation get it (default: a request to any operation). */
  operation?: OperationName;
}

/** A checked answer, ready to serve: the body already serialized. */
export interface ScriptedAnswer {
  /** Undefined: the mock's own answer (with `headers` added). */
  status: number | undefined;
  headers: Record<string, string>;
  body: string;
  delayMs: number;
  drop: boolean;
  validate: boolean;
}

const answerFields = ["status", "headers", "body", "delayMs", "drop", "validate"];
const optionFields = ["times", "operation"];
// node:http's rules (stricter than fetch's Headers, which also takes control characters): a header either would
// refuse is refused here, naming it, so that no queued answer fails when it is sent.
const headerName = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;
const forbiddenInValue = /[^\t\x20-\x7e\x80-\xff]/u;
/** Set by the mock from the body it sends. */
const headersOfTheBody = ["content-length", "transfer-encoding"];
/** Statuses that cannot carry a body (a Response with one throws). */
const statusesWithoutBody = [204, 205, 304];
/** setTimeout's limit, 2 ** 31 - 1 (written out: bundlers keep an unused `**`); a longer delay would fire at once. */
const maxDelayMs = 2_147_483_647;

/** A bad answer or option; `message` names the field. The control API answers it with a 400. */
export class MockAnswerError extends TypeError {
  override name = "MockAnswerError";
}

const fail = (message: string): never => {
  throw new MockAnswerError(message);
};

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/** `subject` with its verb: "an answer has", "the options have". */
function checkFields(value: Record<string, unknown>, known: string[], subject: string): void {
  for (const key of Object.keys(value)) {
    if (!known.includes(key)) fail(`${subject} no field "${key}"; the fields are ${known.join(", ")}`);
  }
}

/** Checks an answer as a test wrote it; throws MockAnswerError naming the first bad field. */
export function checkAnswer(answer: unknown): ScriptedAnswer {
  if (!isPlainObject(answer)) fail(`the answer must be an object such as { status: 503 }, got ${describe(answer)}`);
  const value = answer as MockAnswer & Record<string, unknown>;
  checkFields(value, answerFields, "an answer has");
  const { status, headers = {}, body, delayMs = 0, drop = false, validate = true } = value;

  if (status !== undefined && !(Number.isInteger(status) && status >= 200 && status <= 599)) {
    fail(`answer.status must be an integer from 200 to 599, got ${describe(status)}`);
  }
  if (!isPlainObject(headers)) fail(`answer.headers must be an object of header names to values`);
  const checkedHeaders: Record<string, string> = {};
  for (const [name, headerValue] of Object.entries(headers)) {
    if (!headerName.test(name)) fail(`answer.headers: "${name}" is not a valid header name`);
    if (headersOfTheBody.includes(name.toLowerCase())) fail(`answer.headers.${name} is set by the mock from the body`);
    if (!(typeof headerValue === "string" || (typeof headerValue === "number" && Number.isFinite(headerValue)))) {
      fail(`answer.headers.${name} must be a string or a number, got ${describe(headerValue)}`);
    }
    const forbidden = forbiddenInValue.exec(String(headerValue));
    if (forbidden) {
      fail(`answer.headers.${name} holds ${codePoint(forbidden[0])}, which a header value cannot carry`);
    }
    checkedHeaders[name.toLowerCase()] = String(headerValue);
  }
  if (typeof delayMs !== "number" || !(delayMs >= 0 && delayMs <= maxDelayMs)) {
    fail(`answer.delayMs must be a number of milliseconds from 0 to ${maxDelayMs}, got ${describe(delayMs)}`);
  }
  if (typeof drop !== "boolean") fail(`answer.drop must be true or false, got ${describe(drop)}`);
  if (typeof validate !== "boolean") fail(`answer.validate must be true or false, got ${describe(validate)}`);

  const replaces = status !== undefined || body !== undefined;
  if (drop && (replaces || Object.keys(headers).length > 0)) {
    fail("answer.drop cannot go with status, headers or body: a dropped connection sends no answer");
  }
  if (!validate && !replaces && !drop) {
    fail("answer.validate: false needs a status, a body or drop: the mock's own answer always validates");
  }
  const answerStatus = replaces ? (status ?? 200) : undefined;
  const text = serializeBody(body, checkedHeaders);
  if (text !== "" && answerStatus !== undefined && statusesWithoutBody.includes(answerStatus)) {
    fail(`answer.body: a ${answerStatus} answer has no body`);
  }
  return { status: answerStatus, headers: checkedHeaders, body: text, delayMs, drop, validate };
}

/** A string as is, anything else as JSON; sets a Content-Type unless the answer has one. */
function serializeBody(body: unknown, headers: Record<string, string>): string {
  if (body === undefined) return "";
  if (typeof body === "string") {
    headers["content-type"] ??= "text/plain; charset=utf-8";
    return body;
  }
  let json: string | undefined;
  try {
    json = JSON.stringify(body);
  } catch (error) {
    fail(`answer.body cannot be sent as JSON: ${(error as Error).message}`);
  }
  if (json === undefined) fail(`answer.body must be a string or a JSON value, got ${describe(body)}`);
  headers["content-type"] ??= "application/json; charset=utf-8";
  return json!;
}

export interface CheckedOptions {
  times: number;
  operation: OperationInfo | undefined;
}

/** Checks answerNext's options against the spec's operations; throws MockAnswerError naming the bad one. */
export function checkAnswerOptions(options: unknown, operations: readonly OperationInfo[]): CheckedOptions {
  if (options === undefined) return { times: 1, operation: undefined };
  if (!isPlainObject(options)) fail(`the options must be an object such as { times: 2 }, got ${describe(options)}`);
  const { times = 1, operation } = options as AnswerOptions & Record<string, unknown>;
  checkFields(options as Record<string, unknown>, optionFields, "the options have");
  if (!(Number.isSafeInteger(times) && times >= 1)) fail(`times must be a whole number from 1, got ${describe(times)}`);
  if (operation === undefined) return { times, operation: undefined };
  if (typeof operation !== "string") fail(`operation must be a string, got ${describe(operation)}`);
  return { times, operation: findOperation(operation as string, operations) };
}

/** An operation by operationId, or by `"PATCH /path/{template}"` (the method in any case). */
function findOperation(name: string, operations: readonly OperationInfo[]): OperationInfo {
  const [method, path, ...rest] = name.trim().split(/\s+/);
  const found = operations.find((operation) =>
    rest.length === 0 && path !== undefined
      ? operation.method === method!.toLowerCase() && operation.path === path
      : operation.operationId === name,
  );
  if (found) return found;
  const known = operations.map((operation) =>
    operation.operationId ? `${operation.operationId} (${operationLabel(operation)})` : operationLabel(operation),
  );
  return fail(`operation "${name}" is not in the spec; its operations are ${known.join(", ")}`);
}

/** `U+0001`, as a message names a character that cannot be shown. */
const codePoint = (character: string) => `U+${character.codePointAt(0)!.toString(16).toUpperCase().padStart(4, "0")}`;

function describe(value: unknown): string {
  if (typeof value === "string") return JSON.stringify(value);
  if (Array.isArray(value)) return "an array";
  if (typeof value === "function") return "a function";
  return String(value);
}

/** Queued answers, served in the order they were queued to the requests they match. */
export class AnswerQueue {
  #entries: { answer: ScriptedAnswer; remaining: number; operation: OperationInfo | undefined }[] = [];

  add(answer: ScriptedAnswer, { times, operation }: CheckedOptions): void {
    this.#entries.push({ answer, remaining: times, operation });
  }

  /**
   * The answer for a request to `operation`: the first queued one that matches it. A request that breaks the
   * spec takes it only if it does not validate; otherwise the request gets its 400 and the answer stays queued.
   */
  take(operation: OperationInfo, requestIsValid: boolean): ScriptedAnswer | undefined {
    const index = this.#entries.findIndex((entry) => entry.operation === undefined || entry.operation === operation);
    const entry = this.#entries[index];
    if (!entry || (entry.answer.validate && !requestIsValid)) return undefined;
    entry.remaining -= 1;
    if (entry.remaining === 0) this.#entries.splice(index, 1);
    return entry.answer;
  }

  clear(): void {
    this.#entries = [];
  }
}
