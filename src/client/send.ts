import type { Client, HeadersOptions } from "openapi-fetch";
import type { paths } from "../../generated/openapi.ts";
import { CaliberNetworkError, CaliberValidationError, type ValidationIssue } from "../errors.ts";
import { contentTypeOf } from "../formats/content-type-of.ts";
import { createBodySerializer, loadBodyFormat } from "../formats/serialize-body.ts";
import { Deadline } from "../transport/deadline.ts";
import { withNetworkErrors } from "../transport/network-errors.ts";
import { PassThroughRequest } from "../transport/pass-through-request.ts";
import { InitCheckedRequest } from "../transport/refused-init.ts";
import { loadDateValues } from "../validation/load-date-values.ts";
import { knownOperation, loadedValidation, loadOperation, loadValidation } from "../validation/load-operation.ts";
import type { OperationFacts } from "../validation/operation-facts.ts";
import { checkCallHeaders, withProvidedHeaders } from "./headers.ts";
import type { ResolvedOptions } from "./options.ts";
import { OverLimits, type RequestLimits } from "./request-size.ts";
import { loadUrlValues } from "./load-url-values.ts";
import { xmlResponseData } from "./xml-response-data.ts";
import { callResult, namedError, type CallResult } from "./response.ts";

/** The parts of a call's `init` that send reads; the rest goes to openapi-fetch untouched. */
export interface SendInit {
  params?: { header?: unknown };
  middleware?: unknown[];
  body?: unknown;
  headers?: HeadersOptions;
  signal?: AbortSignal | null;
  parseAs?: string;
  bodySerializer?: unknown;
  pathSerializer?: unknown;
  querySerializer?: unknown;
  fetch?: unknown;
  Request?: unknown;
  [requestInit: string]: unknown;
}

const operationLoadFailure = "the operation's details could not be loaded, so nothing was sent";
const validatorsLoadFailure = "the operation's validators could not be loaded, so nothing was sent";
const datesLoadFailure = "the Date conversion could not be loaded, so nothing was sent";
const urlChecksLoadFailure = "the URL checks could not be loaded, so nothing was sent";

/** The Date conversion, loaded on the first body of an operation that has date-time fields. */
let dateValues: typeof import("../validation/date-values.ts") | undefined;
let urlValues: typeof import("./url-values.ts") | undefined;

interface BodyFormat {
  xml: boolean;
  serialize: ReturnType<typeof createBodySerializer>;
}

/**
 * Per operation of the spec, made on its first call (nothing is made when the module loads): its body serializer
 * knows whether the operation has an XML shape. `undefined` for an operation the spec does not have.
 */
const bodyFormats: Record<string, BodyFormat | undefined> = { __proto__: null } as never;
function bodyFormatFor(operation: string, facts: OperationFacts | null): BodyFormat | undefined {
  if (facts === null) return undefined;
  const xml = facts.xmlBody === true;
  return (bodyFormats[operation] ??= { xml, serialize: createBodySerializer(operation, xml) });
}

/** The serializer for a path the spec does not have (`validate: false`): JSON or form by the Content-Type. */
const anyBody = /* @__PURE__ */ createBodySerializer();

/**
 * One call, stage by stage: check the call's headers, load what it needs of its operation (on its first call), turn
 * Dates into date-time strings, validate, add the provided headers, load the body format, start the deadline; then
 * openapi-fetch's `request` serializes the body and fetches; then the response is read, and failures become named
 * errors. `middleware` is the client's list, as use() and eject() keep it.
 */
export function createSend(
  core: Client<paths>,
  options: ResolvedOptions,
  middleware: readonly unknown[],
  limits: { request: RequestLimits; streamFetch: unknown },
) {
  const { headers: clientHeaders, headersProvider, timeoutMs, validate, throwOnError } = options;

  /**
   * True when only the global fetch sees the request, so it may get the pass-through stand-in. Anyone else (a fetch,
   * middleware, a serializer or Request class of the caller's) gets the Request openapi-fetch builds, with the
   * call's own keys on it.
   */
  function passThrough(init: SendInit | undefined): boolean {
    return (
      options.fetch === undefined &&
      middleware.length === 0 &&
      !init?.middleware?.length &&
      init?.bodySerializer === undefined &&
      init?.fetch === undefined &&
      init?.Request === undefined
    );
  }

  return async function send(method: string, path: string, given: SendInit | undefined): Promise<CallResult> {
    const operation = `${method} ${path}`;
    const paramHeaders = given?.params?.header as HeadersOptions | undefined;
    if (given?.headers || paramHeaders) checkCallHeaders(operation, given?.headers, paramHeaders);
    // One snapshot of the body, within its limits: what is validated is what is sent.
    const snapshot = given?.body === undefined ? undefined : limits.request.check(given.body);
    if (snapshot instanceof OverLimits) await limits.request.refuse(given!.body, operation, snapshot);
    // The operation's first call loads its facts (a group chunk in a browser): a failed load sends nothing.
    let facts = knownOperation(operation);
    if (facts === undefined) {
      facts = await loadOperation(operation).catch((error: unknown) => {
        throw new CaliberNetworkError(operation, error, operationLoadFailure);
      });
    }
    // Dates become strings before validation, so the validators and every body format see the same value; the
    // same for path and query Dates. The conversion loads on the first call that has date-time fields.
    const dates = snapshot === undefined ? undefined : facts?.dates;
    const paramDates = given?.params === undefined ? undefined : facts?.parameterDates;
    if ((dates !== undefined || paramDates !== undefined) && dateValues === undefined) {
      dateValues = await loadDateValues().catch((error: unknown) => {
        throw new CaliberNetworkError(operation, error, datesLoadFailure);
      });
    }
    const dateIssues: ValidationIssue[] = [];
    const body = dates === undefined ? snapshot : dateValues!.withDateStrings(snapshot, dates, "body", dateIssues);
    const params = paramDates
      ? (dateValues!.withDateStrings(given!.params, paramDates, "params", dateIssues) as SendInit["params"])
      : given?.params;
    // What the URL would not carry as sent is refused after validation, so that a value the spec refuses is named
    // for that.
    if (params !== undefined && urlValues === undefined) {
      urlValues = await loadUrlValues().catch((error: unknown) => {
        throw new CaliberNetworkError(operation, error, urlChecksLoadFailure);
      });
    }
    const urlIssues = params === undefined ? [] : urlValues!.urlValueIssues(params, given!);
    const init = body === given?.body && params === given?.params ? given : { ...given, body, params };
    let validation = validate ? loadedValidation(operation) : undefined;
    if (validate && validation === undefined) {
      // And, to validate, its validators and the request checks (chunks in a browser): a failed load sends nothing.
      validation = await loadValidation(operation, facts).catch((error: unknown) => {
        throw new CaliberNetworkError(operation, error, validatorsLoadFailure);
      });
    }
    const validators = validation?.validators;
    const contentType = () => contentTypeOf(clientHeaders, init?.headers, paramHeaders);
    const issues = validation ? validation.checks.callIssues(validators, init, contentType, dateIssues) : dateIssues;
    if (issues.length > 0) throw new CaliberValidationError(operation, issues);
    // Only once the spec allows the values: a value it refuses is named for that.
    if (urlIssues.length > 0) throw new CaliberValidationError(operation, urlIssues);
    let headers = init?.headers;
    if (headersProvider) {
      headers = await withProvidedHeaders(headersProvider, init?.headers, operation);
      // A Content-Type may come from the headers function: checked once it is known.
      const typeIssues =
        validators && init?.body !== undefined
          ? validation!.checks.contentTypeIssues(validators, contentTypeOf(headers, paramHeaders))
          : [];
      if (typeIssues.length > 0) throw new CaliberValidationError(operation, typeIssues);
    }
    const bodyFormat = bodyFormatFor(operation, facts);
    if (init?.body !== undefined) {
      // A chunk that cannot be fetched (a browser offline) is a network failure, before anything was sent.
      const loading = loadBodyFormat(
        bodyFormat?.xml,
        () => contentTypeOf(clientHeaders, headers, paramHeaders),
        operation,
      );
      if (loading) await loading;
    }
    // A 2xx JSON body is read as text and parsed by callResult, so malformed JSON becomes a named error.
    const parseJson = init?.parseAs === undefined || init.parseAs === "json";
    const deadline = timeoutMs > 0 ? new Deadline(timeoutMs, init?.signal) : undefined;
    try {
      const result = await core.request(
        method as "patch",
        path as never,
        {
          ...init,
          headers,
          signal: deadline ? deadline.signal : init?.signal,
          parseAs: parseJson ? "text" : init.parseAs,
          bodySerializer:
            init?.bodySerializer ?? limits.request.serializer(operation, bodyFormat?.serialize ?? anyBody),
          // A call's own fetch fails as the client's does (a CaliberNetworkError). A streamed 2xx body is the
          // caller's to read: only error bodies are held to maxResponseBytes.
          fetch:
            init?.fetch === undefined
              ? init?.parseAs === "stream"
                ? limits.streamFetch
                : undefined
              : withNetworkErrors(init.fetch as typeof globalThis.fetch),
          Request: passThrough(init) ? PassThroughRequest : (init?.Request ?? InitCheckedRequest),
        } as never,
      );
      // A 2xx DataContract XML answer is read by its response's body model, where the spec gives one.
      const xml = parseJson && facts?.xmlResponse ? await xmlResponseData(result as CallResult, operation) : undefined;
      return xml ?? callResult(result as CallResult, operation, parseJson, throwOnError);
    } catch (error) {
      throw namedError(error, operation, deadline, init?.signal);
    } finally {
      deadline?.clear();
    }
  };
}
