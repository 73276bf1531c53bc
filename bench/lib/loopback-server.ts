/**
 * The one `node:http` server on 127.0.0.1 that every round-trip series calls. It runs in a worker thread, so
 * its work runs on its own event loop (and, on a multi-core machine, its own core) instead of sharing the
 * client's thread and hiding the client's cost inside the server's.
 */
import { Worker } from "node:worker_threads";

export interface LoopbackServer {
  /** `http://127.0.0.1:<port>` */
  origin: string;
  close(): Promise<void>;
}

// Plain JavaScript evaluated in the worker: it needs no TypeScript loader there.
const serverSource = `
const { createServer } = require("node:http");
const { parentPort } = require("node:worker_threads");
// Reads the whole body (as a real API would), then answers an empty 200, as the CaliberAPI documents no body.
const server = createServer((request, response) => {
  request.on("data", () => {});
  request.on("end", () => response.writeHead(200, { "Content-Length": "0" }).end());
});
server.listen(0, "127.0.0.1", () => parentPort.postMessage(server.address().port));
parentPort.on("message", () => {
  server.closeAllConnections();
  server.close(() => process.exit(0));
});
`;

export async function startLoopbackServer(): Promise<LoopbackServer> {
  const worker = new Worker(serverSource, { eval: true });
  const port = await new Promise<number>((resolve, reject) => {
    worker.once("message", resolve);
    worker.once("error", reject);
  });
  return {
    origin: `http://127.0.0.1:${port}`,
    close: async () => {
      const exited = new Promise((resolve) => worker.once("exit", resolve));
      worker.postMessage("close");
      await exited;
    },
  };
}
