// Memory, measured where it cannot be shared: a child process makes the calls, a hostile server in this process
// streams 1 GiB answers (plain, gzip, on a 500), and the child reports its peak resident memory. It is asserted
// only as a bound far from normal use (256 MiB; before the limit, such an answer took 2.1 GiB), never as a time.
// A control child with the limit turned off shows that the measurement sees an answer held in memory.
import { execFile } from "node:child_process";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { createGzip } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const mib = 1024 * 1024;
const entry = fileURLToPath(new URL("../../src/index.ts", import.meta.url));

/** By the contact id: 1, 1 GiB of JSON on a 200; 2, the same gzip-compressed; 3, on a 500; 4, 320 MiB on a 200. */
const answers: Record<string, { status: number; bytes: number; gzip: boolean }> = {
  "1": { status: 200, bytes: 1024 * mib, gzip: false },
  "2": { status: 200, bytes: 1024 * mib, gzip: true },
  "3": { status: 500, bytes: 1024 * mib, gzip: false },
  "4": { status: 200, bytes: 320 * mib, gzip: false },
};

let server: Server;
let baseUrl: string;

beforeAll(async () => {
  server = createServer((request, response) => {
    request.resume();
    const answer = answers[/\/clientcontact\/(\d+)\//.exec(request.url ?? "")?.[1] ?? ""];
    if (!answer) return void response.writeHead(404).end();
    response.writeHead(answer.status, {
      "Content-Type": "application/json",
      ...(answer.gzip ? { "Content-Encoding": "gzip" } : {}),
    });
    const out = answer.gzip ? createGzip({ level: 1 }) : response;
    if (answer.gzip) out.pipe(response);
    const chunk = Buffer.alloc(64 * 1024, "a");
    let sent = 0;
    let open = true;
    response.on("close", () => (open = false));
    // As fast as the client reads, and no faster: when it stops reading and hangs up, this stops writing.
    const write = (): void => {
      while (open && sent < answer.bytes) {
        sent += chunk.length;
        if (!out.write(sent === chunk.length ? Buffer.concat([Buffer.from('"'), chunk]) : chunk)) {
          return void out.once("drain", write);
        }
      }
      if (open) out.end('"');
    };
    write();
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

const child = `
const { createCaliberClient } = await import(process.argv[1]);
const baseUrl = process.argv[2];
const options = JSON.parse(process.argv[3], (_key, value) => (value === "Infinity" ? Infinity : value));
const path = "/api/v2/clientcontact/{clientContactId}/phone";
const client = createCaliberClient({ baseUrl, timeoutMs: 60000, ...options });
const settled = (call) => call.then((r) => (r.data ?? r.error)?.length, (e) => e.name);
const results = {};
for (const id of JSON.parse(process.argv[4])) {
  results[id] = await settled(client.PATCH(path, { params: { path: { clientContactId: id } }, body: {}, parseAs: "text" }));
}
const peakMiB = process.resourceUsage().maxRSS / 1024;
// The XML body that used to abort the process (exit 133) inside the XML escaping.
const xml = await settled(client.PATCH(path, {
  params: { path: { clientContactId: 1 } },
  body: { Number: "&".repeat(70000000) },
  headers: { "Content-Type": "application/xml" },
}));
console.log(JSON.stringify({ results, peakMiB, xml }));
`;

async function runChild(options: object, ids: number[]): Promise<{ results: object; peakMiB: number; xml: string }> {
  const { stdout } = await promisify(execFile)(
    process.execPath,
    [
      "--import",
      "tsx",
      "--input-type=module",
      "-e",
      child,
      entry,
      baseUrl,
      JSON.stringify(options, (_key, value: unknown) => (value === Infinity ? "Infinity" : value)),
      JSON.stringify(ids),
    ],
    { timeout: 120_000, maxBuffer: 1024 * 1024 },
  );
  const report = JSON.parse(stdout) as { results: object; peakMiB: number; xml: string };
  console.log(`peak resident memory: ${Math.round(report.peakMiB)} MiB (${Object.entries(options).join(", ")})`);
  return report;
}

describe("memory stays near maxResponseBytes", () => {
  it(
    "1 GiB answers (plain, gzip, on a 500 with throwOnError) stay under 256 MiB; nothing aborts",
    { timeout: 120_000 },
    async () => {
      const { results, peakMiB, xml } = await runChild({ throwOnError: true }, [1, 2, 3]);
      expect(results).toEqual({
        1: "CaliberResponseTooLargeError",
        2: "CaliberResponseTooLargeError",
        3: "CaliberResponseTooLargeError",
      });
      expect(peakMiB).toBeLessThan(256);
      expect(xml).toBe("CaliberValidationError");
    },
  );

  it(
    "control: with the limit off, a 320 MiB answer is held in memory, and the measurement shows it",
    { timeout: 120_000 },
    async () => {
      const { results, peakMiB } = await runChild({ maxResponseBytes: Infinity }, [4]);
      expect(results).toEqual({ 4: 320 * mib + 2 }); // the JSON string's text, quotes included
      expect(peakMiB).toBeGreaterThan(256);
    },
  );
});
