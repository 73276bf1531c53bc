/**
 * The same call made through bare openapi-fetch (the version underneath the client) and through
 * createCaliberClient, against one recording server on 127.0.0.1: what arrived (method, URL, headers, body
 * bytes), what the caller got (data, error, status) or what was thrown, and what the call's middleware saw.
 */
import createClient, { type ClientOptions } from "openapi-fetch";
import { createCaliberClient, type CaliberClientOptions } from "../../src/index.ts";
import type { RecordingServer } from "../helpers/recording-server.ts";

type Result = { data?: unknown; error?: unknown; response: Response };
type Method = (path: string, init?: any) => Promise<Result>;

/** openapi-fetch's surface, untyped: the tests call paths the spec does not have. */
export interface LooseClient {
  GET: Method;
  PUT: Method;
  POST: Method;
  DELETE: Method;
  OPTIONS: Method;
  HEAD: Method;
  PATCH: Method;
  TRACE: Method;
  request(method: string, path: string, init?: any): Promise<Result>;
  use(...middleware: any[]): void;
  eject(...middleware: any[]): void;
}

export interface Arrival {
  method: string;
  url: string;
  headers: Record<string, string | string[] | undefined>;
  /** The body's bytes, one character per byte; a multipart boundary is written `BOUNDARY`. */
  body: string;
}

export interface Side {
  arrived: Arrival[];
  /** What the call returned (`data` read out of a Blob, ArrayBuffer or stream), or `{ threw }`. */
  outcome: Record<string, unknown>;
  /** What the test's middleware and fetch pushed. */
  seen: unknown[];
}

export interface Clients {
  bare?: ClientOptions;
  /** Beyond `baseUrl` (the server) and `validate: false` (the paths are not the spec's). */
  caliber?: Partial<CaliberClientOptions>;
}

export type Call = (client: LooseClient, seen: unknown[]) => Promise<Result>;

/** Runs `call` on a bare openapi-fetch client, then on a caliber client, each against `server`. */
export async function sideBySide(
  server: RecordingServer,
  call: Call,
  clients: Clients = {},
): Promise<{ bare: Side; caliber: Side }> {
  const { bare, caliber } = bothClients(server, clients);
  return { bare: await run(server, bare, call), caliber: await run(server, caliber, call) };
}

/** A bare openapi-fetch client and a caliber client, both sending to `server`. */
export function bothClients(
  server: RecordingServer,
  clients: Clients = {},
): { bare: LooseClient; caliber: LooseClient } {
  return {
    bare: createClient({ baseUrl: server.origin, ...clients.bare }) as unknown as LooseClient,
    caliber: createCaliberClient({
      baseUrl: server.origin,
      validate: false,
      ...clients.caliber,
    }) as unknown as LooseClient,
  };
}

/** One side: the call, what it gave or threw, and what reached the server meanwhile. */
export async function run(server: RecordingServer, client: LooseClient, call: Call): Promise<Side> {
  server.requests.length = 0;
  const seen: unknown[] = [];
  let outcome: Record<string, unknown>;
  try {
    outcome = await describeResult(await call(client, seen));
  } catch (error) {
    outcome = { threw: describeError(error) };
  }
  return { arrived: server.requests.map(arrival), outcome, seen };
}

export async function describeResult({ data, error, response }: Result): Promise<Record<string, unknown>> {
  return {
    data: await readable(data),
    error: await readable(error),
    status: response.status,
    contentType: response.headers.get("content-type"),
    bodyUsed: response.bodyUsed,
  };
}

/** What a Blob, ArrayBuffer or ReadableStream holds, so that two of them compare by content. */
async function readable(value: unknown): Promise<unknown> {
  if (value instanceof Blob) return { blob: await value.text(), type: value.type };
  if (value instanceof ArrayBuffer) return { arrayBuffer: Buffer.from(value).toString("latin1") };
  if (value instanceof ReadableStream) return { stream: await new Response(value).text() };
  return value;
}

export function describeError(error: unknown): unknown {
  if (!(error instanceof Error)) return error;
  return { class: error.constructor.name, name: error.name, message: error.message };
}

function arrival(request: RecordingServer["requests"][number]): Arrival {
  const boundary = /boundary=(.+)$/.exec(String(request.headers["content-type"] ?? ""))?.[1];
  const unbounded = (text: string) => (boundary ? text.split(boundary).join("BOUNDARY") : text);
  const headers = Object.fromEntries(
    Object.entries(request.headers).map(([name, value]) => [
      name,
      typeof value === "string" ? unbounded(value) : value,
    ]),
  );
  // The boundary's length is the same on both sides, but spelled out in content-length all the same.
  return { method: request.method, url: request.url, headers, body: unbounded(request.bytes.toString("latin1")) };
}

/** What a middleware or fetch can see of a Request, body included (read from a clone). */
export async function describeRequest(request: Request): Promise<Record<string, unknown>> {
  const body = await request.clone().text();
  const boundary = /boundary=(.+)$/.exec(request.headers.get("content-type") ?? "")?.[1];
  const unbounded = (text: string) => (boundary ? text.split(boundary).join("BOUNDARY") : text);
  return {
    isRequest: request instanceof Request,
    method: request.method,
    url: request.url,
    headers: Object.fromEntries(Object.entries(headersObject(request.headers)).map(([n, v]) => [n, unbounded(v)])),
    body: unbounded(body),
    credentials: request.credentials,
    cache: request.cache,
    keepalive: request.keepalive,
    redirect: request.redirect,
    mode: request.mode,
    referrerPolicy: request.referrerPolicy,
    signalAborted: request.signal.aborted,
  };
}

/** A Headers' entries as an object (the project's lib has no DOM.Iterable, so `Object.fromEntries(headers)` does not type). */
export function headersObject(headers: Headers): Record<string, string> {
  const object: Record<string, string> = {};
  headers.forEach((value, name) => (object[name] = value));
  return object;
}
