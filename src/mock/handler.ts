import type { IncomingMessage, ServerResponse } from "node:http";
import { operations } from "../../generated/operations.ts";
import type { ValidationIssue } from "../errors.ts";
import { requestValidators } from "../../generated/validators.ts";
import { bodyFormatOf } from "../formats/media-types.ts";
import { parseBody, type ParsedBody } from "../formats/parse-body.ts";
import { valueFromText } from "../formats/text-values.ts";
import type { OperationInfo } from "../operation-info.ts";
import { requestIssues } from "../validation/validate-request.ts";
import { BodyTooLargeError, readBody } from "./read-body.ts";
import { sendProblem } from "./problem.ts";
import { compileRoutes, findRoute } from "./routes.ts";

/** What the mock server saw of one request, and how it answered. */
export interface MockRequest {
  method: string;
  /** The request target as received, base path included. */
  url: string;
  operationId?: string;
  /** Path parameters, typed by the spec where they parsed (`42`, not `"42"`). */
  pathParams: Record<string, unknown>;
  contentType?: string;
  /** The body as it arrived. */
  rawBody: string;
  /** The body decoded from its format (JSON, XML or form) into the object the spec describes. */
  body?: unknown;
  status: number;
}

export interface MockHandlerOptions {
  /** A base path the API is served under, such as `/CAPI2_Vision`. */
  basePath?: string;
  /** Largest accepted body, in bytes (default 1 MB). */
  maxBodyBytes?: number;
}

const routes = compileRoutes(operations);

/** Path parameters from the URL, typed by the spec so that `"42"` validates as the integer 42. */
function typePathParams(operation: OperationInfo, raw: Record<string, string>): Record<string, unknown> {
  return Object.fromEntries(
    operation.pathParameters.map(({ name, type }) => [name, valueFromText(raw[name] ?? "", type)]),
  );
}

/**
 * The mock's request handler: routes from the spec, the client's own validators and body formats, and
 * answers 200/400/404/405/413/415. Records every request in `requests`. Never throws: any bad request
 * gets an answer, and the server keeps serving.
 */
export function createMockHandler(requests: MockRequest[], options: MockHandlerOptions = {}) {
  const basePath = (options.basePath ?? "").replace(/\/+$/, "");
  const maxBodyBytes = options.maxBodyBytes ?? 1024 * 1024;
  const store = new Map<string, Record<string, unknown>>();

  return async function handleMockRequest(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const method = request.method ?? "GET";
    const url = request.url ?? "/";
    const contentType = request.headers["content-type"];
    const record: MockRequest = {
      method,
      url,
      pathParams: {},
      rawBody: "",
      status: 0,
      ...(contentType ? { contentType } : {}),
    };
    requests.push(record);
    const answer = (status: number, detail: string, extra?: Parameters<typeof sendProblem>[3]) => {
      record.status = status;
      sendProblem(response, status, detail, extra);
    };

    try {
      record.rawBody = await readBody(request, maxBodyBytes);
    } catch (error) {
      if (error instanceof BodyTooLargeError) {
        answer(413, `The request body is larger than ${maxBodyBytes} bytes.`, { headers: { connection: "close" } });
        return;
      }
      throw error;
    }

    const pathname = new URL(url, "http://mock").pathname;
    const relative =
      basePath && pathname.toLowerCase().startsWith(basePath.toLowerCase())
        ? pathname.slice(basePath.length)
        : pathname;
    const route =
      basePath && relative === pathname ? ({ kind: "not-found" } as const) : findRoute(routes, method, relative);
    if (route.kind === "not-found") return answer(404, `No operation of the spec has the path ${pathname}.`);
    if (route.kind === "method-not-allowed") {
      return answer(405, `${method} is not documented for ${pathname}; allowed: ${route.allow.join(", ")}.`, {
        headers: { allow: route.allow.join(", ") },
      });
    }

    const { operation, pathParams } = route.match;
    if (operation.operationId) record.operationId = operation.operationId;
    record.pathParams = typePathParams(operation, pathParams);
    const format = contentType === undefined ? undefined : bodyFormatOf(contentType);
    const accepted = operation.requestMediaTypes;
    if (accepted.length > 0 && !accepted.some((type) => contentTypeMatches(type, contentType))) {
      return answer(
        415,
        `Content-Type ${contentType ?? "(none)"} is not supported; use one of ${accepted.join(", ")}.`,
      );
    }

    const parsed: ParsedBody = format ? parseBody(record.rawBody, format, operation) : { issues: [] };
    const issues: ValidationIssue[] = parsed.issues;
    const body = parsed.body;
    if (body !== undefined) record.body = body;
    if (issues.length === 0) issues.push(...validationIssues(operation, record.pathParams, body, contentType));
    if (issues.length > 0) {
      return answer(
        400,
        `The request does not match the spec: ${issues.map((i) => `${i.path} ${i.message}`).join("; ")}.`,
        {
          issues,
        },
      );
    }

    const key = `${operation.method} ${relative.toLowerCase()}`;
    const stored = { ...store.get(key), ...(body as Record<string, unknown>) };
    store.set(key, stored);
    record.status = 200;
    response.writeHead(200, { "content-type": "application/json; charset=utf-8" });
    response.end(JSON.stringify(stored));
  };
}

/** `text/xml; charset=utf-8` matches `text/xml`: only the essence counts. */
function contentTypeMatches(specType: string, contentType: string | undefined): boolean {
  return (contentType ?? "").split(";", 1)[0]!.trim().toLowerCase() === specType.toLowerCase();
}

/** The client's own generated validators, run on what arrived; their issues, or none. */
function validationIssues(
  operation: OperationInfo,
  pathParams: Record<string, unknown>,
  body: unknown,
  contentType: string | undefined,
): ValidationIssue[] {
  const validators = requestValidators[operation.path]?.[operation.method];
  const headers = contentType === undefined ? undefined : { "content-type": contentType };
  return requestIssues(validators, { params: { path: pathParams }, body, headers }, undefined);
}
