import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import type { AnswerOptions, MockAnswer } from "./answers.ts";
import { corsPolicy } from "./cors.ts";
import { checkAllowedHosts } from "./local-only.ts";
import { createMockCore, type MockRequest } from "./mock-core.ts";
import { createNodeMockHandler, type AnsweredRequest } from "./node-handler.ts";
import type { RecordingDropped } from "./mock-types.ts";
import { checkStoredBodiesOptions } from "./stored-bodies.ts";
import { checkRequestLogOptions } from "./request-log.ts";

export interface MockServerOptions {
  /** Port to listen on; 0 (the default) picks a free one. */
  port?: number;
  /** Interface to listen on (default 127.0.0.1: the mock is for local tests, not the network). */
  host?: string;
  /** A base path the API is served under, such as `/CAPI2_Vision`. */
  basePath?: string;
  /** Largest accepted body, in bytes (default 1 MB). */
  maxBodyBytes?: number;
  /** Also serve the control API (`POST /__mock/answers`, `POST /__mock/reset`, `GET /__mock/requests`). */
  controlApi?: boolean;
  /** Most requests kept in `requests`; the oldest is forgotten first (default 1,000). */
  maxRecordedRequests?: number;
  /** Largest body a recorded request keeps, in bytes (default 64 KiB); a larger one is cut (see `bodyNotKept`). */
  maxRecordedBodyBytes?: number;
  /** Most URLs whose sent bodies the mock keeps merged, to answer with (default 1,000); the oldest is forgotten first. */
  maxStoredBodies?: number;
  /**
   * More names the `Host` header may give, with any port (default: only `localhost`, `127.0.0.1`, `[::1]` or an IP
   * address, with the mock's port): a mock reached through a proxy, or by a container's name.
   */
  allowedHosts?: string[];
  /**
   * Origins of pages, beyond this machine's (`http://localhost:*`, `http://127.0.0.1:*`, `http://[::1]:*`), that may
   * call the API routes from a browser: `"https://app.test:8443"`, or `"http://app.test:*"` for any port. Never `"*"`.
   */
  corsOrigins?: string[];
}

export interface MockServer {
  /** Base URL to give `createCaliberClient`, base path included: `http://127.0.0.1:53211`. */
  url: string;
  /** Every request that arrived, in order, with what the mock decoded and answered. */
  requests: MockRequest[];
  /** How many requests `requests` forgot, and how many bodies it did not keep, within its limits (reset() zeroes). */
  dropped: Readonly<RecordingDropped>;
  /**
   * Queues an answer for the next request that matches (any operation, or `options.operation`), `options.times`
   * times (default 1). Queued answers are served in order. A request that breaks the spec still gets its 400,
   * unless the answer says `validate: false`. A bad answer throws a TypeError naming the field.
   */
  answerNext(answer: MockAnswer, options?: AnswerOptions): void;
  /** Forgets queued answers, stored state and `requests` (emptied in place). */
  reset(): void;
  /** Stops listening, gives up delayed answers and closes open connections. */
  close(): Promise<void>;
}

/** What the bin adds: its own pages on the same port, and a log line per request. */
export interface ServerHooks {
  /** Serves a request itself and returns true, or returns false to leave it to the mock. */
  serve?: (request: IncomingMessage, response: ServerResponse) => boolean;
  onAnswered?: (outcome: AnsweredRequest) => void;
}

/**
 * A `node:http` server that serves the spec's operations with the client's own validators and body formats.
 * Point a client at `url` in your tests; inspect `requests` to see what arrived; script faults with answerNext.
 */
export function startMockServer(options: MockServerOptions = {}): Promise<MockServer> {
  return listenMock(options, {});
}

export async function listenMock(options: MockServerOptions, hooks: ServerHooks): Promise<MockServer> {
  const cors = corsPolicy(options.corsOrigins, "startMockServer: corsOrigins");
  const allowedHosts = checkAllowedHosts(options.allowedHosts, "startMockServer: allowedHosts");
  checkRequestLogOptions(options, "startMockServer");
  checkStoredBodiesOptions(options, "startMockServer");
  const core = createMockCore({
    ...(options.basePath === undefined ? {} : { basePath: options.basePath }),
    ...(options.maxRecordedRequests === undefined ? {} : { maxRecordedRequests: options.maxRecordedRequests }),
    ...(options.maxRecordedBodyBytes === undefined ? {} : { maxRecordedBodyBytes: options.maxRecordedBodyBytes }),
    ...(options.maxStoredBodies === undefined ? {} : { maxStoredBodies: options.maxStoredBodies }),
  });
  const host = options.host ?? "127.0.0.1";
  const handler = createNodeMockHandler(core, {
    ...(options.maxBodyBytes === undefined ? {} : { maxBodyBytes: options.maxBodyBytes }),
    ...(options.controlApi ? { controlApi: true } : {}),
    ...(hooks.onAnswered ? { onAnswered: hooks.onAnswered } : {}),
    local: { host, allowedHosts },
    cors,
  });
  const server = createServer((request, response) => {
    if (hooks.serve?.(request, response)) return;
    handler.handle(request, response).catch((error: unknown) => {
      // A bug in the mock must show up as a 500, never as a hung request or a crashed test run.
      if (!response.headersSent) response.writeHead(500, { "content-type": "text/plain; charset=utf-8" });
      response.end(`mock server error: ${error instanceof Error ? error.message : String(error)}`);
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    // A deep accept queue, so that thousands of concurrent test requests are queued rather than refused.
    server.listen({ port: options.port ?? 0, host, backlog: 4096 }, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const basePath = (options.basePath ?? "").replace(/\/+$/, "");
  return {
    url: `http://${host.includes(":") ? `[${host}]` : host}:${port}${basePath}`,
    requests: core.requests,
    dropped: core.dropped,
    answerNext: core.answerNext,
    reset: core.reset,
    close: () =>
      new Promise<void>((resolve, reject) => {
        handler.cancelDelays();
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}
