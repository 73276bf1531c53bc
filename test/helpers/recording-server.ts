import { afterAll, beforeEach } from "vitest";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

export interface RecordedRequest {
  method: string;
  url: string;
  headers: IncomingMessage["headers"];
  body: string;
  /** The body exactly as the bytes arrived. */
  bytes: Buffer;
}

export type Responder = (request: RecordedRequest, response: ServerResponse) => void;

export interface RecordingServer {
  /** `http://127.0.0.1:<port>` */
  origin: string;
  requests: RecordedRequest[];
  /** Replaces how the server answers; the default is an empty 200. */
  respondWith(responder: Responder): void;
  /** Forgets the recorded requests and answers with an empty 200 again. */
  reset(): void;
  close(): Promise<void>;
}

const emptyOk: Responder = (_request, response) => response.writeHead(200).end();

/** A real `node:http` server on 127.0.0.1 that records every request it gets, body included. */
export async function startRecordingServer(): Promise<RecordingServer> {
  const requests: RecordedRequest[] = [];
  let responder = emptyOk;
  const server = createServer((incoming, response) => {
    const chunks: Buffer[] = [];
    incoming.on("data", (chunk: Buffer) => chunks.push(chunk));
    incoming.on("end", () => {
      const bytes = Buffer.concat(chunks);
      const recorded: RecordedRequest = {
        method: incoming.method ?? "",
        url: incoming.url ?? "",
        headers: incoming.headers,
        body: bytes.toString("utf8"),
        bytes,
      };
      requests.push(recorded);
      responder(recorded, response);
    });
  });
  // Idle connections stay open until close(): with Node's 5 s default, a test slowed down (a loaded machine,
  // mutation testing) could reuse a socket at the moment the server drops it, and see ECONNRESET.
  server.keepAliveTimeout = 10 * 60_000;
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    requests,
    reset: () => {
      requests.length = 0;
      responder = emptyOk;
    },
    respondWith: (next) => {
      responder = next;
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}

/** A recording server for one test file: started now, reset before each test, closed after all of them. */
export async function useRecordingServer(): Promise<RecordingServer> {
  const server = await startRecordingServer();
  beforeEach(() => server.reset());
  afterAll(() => server.close());
  return server;
}
