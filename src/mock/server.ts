import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { createMockHandler, type MockHandlerOptions, type MockRequest } from "./handler.ts";

export interface MockServerOptions extends MockHandlerOptions {
  /** Port to listen on; 0 (the default) picks a free one. */
  port?: number;
  /** Interface to listen on (default 127.0.0.1: the mock is for local tests, not the network). */
  host?: string;
}

export interface MockServer {
  /** Base URL to give `createCaliberClient`, base path included: `http://127.0.0.1:53211`. */
  url: string;
  /** Every request that arrived, in order, with what the mock decoded and answered. */
  requests: MockRequest[];
  /** Stops listening and closes open connections. */
  close(): Promise<void>;
}

/**
 * A `node:http` server that serves the spec's operations with the client's own validators and body formats.
 * Point a client at `url` in your tests; inspect `requests` to see what arrived.
 */
export async function startMockServer(options: MockServerOptions = {}): Promise<MockServer> {
  const requests: MockRequest[] = [];
  const handle = createMockHandler(requests, options);
  const server = createServer((request, response) => {
    handle(request, response).catch((error: unknown) => {
      // A bug in the mock must show up as a 500, never as a hung request or a crashed test run.
      if (!response.headersSent) response.writeHead(500, { "content-type": "text/plain; charset=utf-8" });
      response.end(`mock server error: ${error instanceof Error ? error.message : String(error)}`);
    });
  });
  const host = options.host ?? "127.0.0.1";
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    // A deep accept queue, so that thousands of concurrent test requests are queued rather than refused.
    server.listen({ port: options.port ?? 0, host, backlog: 4096 }, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const basePath = (options.basePath ?? "").replace(/\/+$/, "");
  return {
    url: `http://${host.includes(":") ? `[${host}]` : host}:${port}${basePath}`,
    requests,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}
