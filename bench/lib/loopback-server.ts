/**
 * The one `node:http` server on 127.0.0.1 that every round-trip series calls. It runs in a child process: its
 * work stays off the client's event loop (the client's cost is not hidden inside the server's), and the
 * client process's own CPU time (`process.cpuUsage()`) counts the client alone.
 */
import { spawn } from "node:child_process";
import { createInterface } from "node:readline";

export interface LoopbackServer {
  /** `http://127.0.0.1:<port>` */
  origin: string;
  close(): Promise<void>;
}

// Plain JavaScript run by `node -e`: it needs no TypeScript loader.
const serverSource = `
const { createServer } = require("node:http");
// Reads the whole body (as a real API would), then answers an empty 200, as the CaliberAPI documents no body.
const server = createServer((request, response) => {
  request.on("data", () => {});
  request.on("end", () => response.writeHead(200, { "Content-Length": "0" }).end());
});
server.listen(0, "127.0.0.1", () => console.log(server.address().port));
// Ends with its parent.
process.stdin.on("end", () => process.exit(0)).resume();
`;

export async function startLoopbackServer(): Promise<LoopbackServer> {
  const child = spawn(process.execPath, ["-e", serverSource], { stdio: ["pipe", "pipe", "inherit"] });
  const port = await new Promise<string>((resolve, reject) => {
    createInterface({ input: child.stdout }).once("line", resolve);
    child.once("error", reject);
    child.once("exit", (code) => reject(new Error(`loopback server exited with ${code} before listening`)));
  });
  return {
    origin: `http://127.0.0.1:${port.trim()}`,
    close: async () => {
      const exited = new Promise((resolve) => child.once("exit", resolve));
      child.stdin.end();
      await exited;
    },
  };
}
