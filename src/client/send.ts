import type { Client, HeadersOptions } from "openapi-fetch";
import { hasXmlBody, requestBodyDates, requestParameterDates } from "../../generated/body-formats.ts";
import type { paths } from "../../generated/openapi.ts";
import { CaliberNetworkError, CaliberValidationError, type ValidationIssue } from "../errors.ts";
import { contentTypeOf } from "../formats/media-types.ts";
import { createBodySerializer, loadBodyFormat } from "../formats/serialize-body.ts";
import { Deadline } from "../transport/deadline.ts";
import { withNetworkErrors } from "../transport/network-errors.ts";
import { PassThroughRequest } from "../transport/pass-through-request.ts";
import { InitCheckedRequest } from "../transport/refused-init.ts";
import { withDateStrings, type DateLocations } from "../validation/date-values.ts";
import { loadedValidators, loadValidators } from "../validation/load-validators.ts";
import { contentTypeIssues, validateRequest } from "../validation/validate-request.ts";
import { checkCallHeaders, withProvidedHeaders } from "./headers.ts";
import type { ResolvedOptions } from "./options.ts";
import type { RequestLimits } from "./request-size.ts";
import { urlValueIssues } from "./url-values.ts";
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

const xmlLoadFailure = "the XML format could not be loaded, so nothing was sent";
const validatorsLoadFailure = "the operation's validators could not be loaded, so nothing was sent";

interface BodyFormat {
  xml: boolean;
  serialize: ReturnType<typeof createBodySerializer>;
}

/**
 * Per operation of the spec, made on its first call (nothing is made when the module loads): its body serializer
 * knows whether the operation has an XML shape. `undefined` for an operation the spec does not have.
 */
const bodyFormats: Record<string, BodyFormat | undefined> = { __proto__: null } as never;
function bodyFormatFor(operation: string): BodyFormat | undefined {
  const known = bodyFormats[operation];
  if (known !== undefined || !Object.hasOwn(hasXmlBody, operation)) return known;
  const xml = hasXmlBody[operation]!;
  return (bodyFormats[operation] = { xml, serialize: createBodySerializer(operation, xml) });
}

/** The serializer for a path the spec does not have (`validate: false`): JSON or form by the Content-Type. */
const anyBody = createBodySerializer();

const bodyDates: Readonly<Record<string, DateLocations | undefined>> = requestBodyDates;
const parameterDates: Readonly<Record<string, DateLocations | undefined>> = requestParameterDates;

/**
 * One call, stage by stage: check the call's headers, turn Dates into date-time strings, validate, add the provided
 * headers, load the body format, start the deadline; then openapi-fetch's `request` serializes the body and
 * fetches; then the response is read, and failures become named errors. `middleware` is the client's list, as
 * use() and eject() keep it.
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
    const snapshot = given?.body === undefined ? undefined : limits.request.check(given.body, operation);
    // Dates become strings before validation, so the validators and every body format see the same value.
    const dates = snapshot === undefined ? undefined : bodyDates[operation];
    const dateIssues: ValidationIssue[] = [];
    const body = dates === undefined ? snapshot : withDateStrings(snapshot, dates, "body", dateIssues);
    // The same for path and query Dates; what the URL would not carry as sent is refused after validation.
    const paramDates = given?.params === undefined ? undefined : parameterDates[operation];
    const params = paramDates
      ? (withDateStrings(given!.params, paramDates, "params", dateIssues) as SendInit["params"])
      : given?.params;
    const urlIssues = params === undefined ? [] : urlValueIssues(params, given!);
    const init = body === given?.body && params === given?.params ? given : { ...given, body, params };
    let validators = validate ? loadedValidators(path, method.toLowerCase()) : undefined;
    if (validate && validators === undefined) {
      // The operation's first call loads its validators (a chunk in a browser): a failed load sends nothing.
      validators = await loadValidators(path, method.toLowerCase()).catch((error: unknown) => {
        throw new CaliberNetworkError(operation, error, validatorsLoadFailure);
      });
    }
    if (validate) {
      validateRequest(validators ?? undefined, operation, init, clientHeaders, dateIssues);
    } else if (dateIssues.length > 0) {
      throw new CaliberValidationError(operation, dateIssues);
    }
    // Only once the spec allows the values: a value it refuses is named for that.
    if (urlIssues.length > 0) throw new CaliberValidationError(operation, urlIssues);
    let headers = init?.headers;
    if (headersProvider) {
      headers = await withProvidedHeaders(headersProvider, init?.headers, operation);
      // A Content-Type may come from the headers function: checked once it is known.
      const issues =
        validators && init?.body !== undefined
          ? contentTypeIssues(validators, contentTypeOf(headers, paramHeaders))
          : [];
      if (issues.length > 0) throw new CaliberValidationError(operation, issues);
    }
    const bodyFormat = bodyFormatFor(operation);
    if (init?.body !== undefined) {
      const loading = loadBodyFormat(bodyFormat?.xml, () => contentTypeOf(clientHeaders, headers, paramHeaders));
      // A chunk that cannot be fetched (a browser offline) is a network failure, before anything was sent.
      if (loading) {
        await loading.catch((error: unknown) => {
          throw new CaliberNetworkError(operation, error, xmlLoadFailure);
        });
      }
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
      const xml = parseJson ? await xmlResponseData(result as CallResult, operation) : undefined;
      return xml ?? callResult(result as CallResult, operation, parseJson, throwOnError);
    } catch (error) {
      throw namedError(error, operation, deadline, init?.signal);
    } finally {
      deadline?.clear();
    }
  };
}
