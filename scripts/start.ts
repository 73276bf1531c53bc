/**
 * `npm start`: the mock server and the rendered docs together on http://127.0.0.1:4010.
 * Options: `--port <n>` (or PORT), `--host <addr>` (or HOST). Builds the docs first when dist/docs is missing.
 */
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { createMockHandler, type MockRequest } from "../src/mock/handler.ts";
import { readSpec } from "./generate/spec.ts";

const { values } = parseArgs({
  options: { port: { type: "string" }, host: { type: "string" } },
});
const port = Number(values.port ?? process.env.PORT ?? 4010);
const host = values.host ?? process.env.HOST ?? "127.0.0.1";
const docsPath = fileURLToPath(new URL("../dist/docs/index.html", import.meta.url));

if (!existsSync(docsPath)) {
  console.log("dist/docs/index.html is missing: building the docs (npm run docs) …");
  execFileSync("npm", ["run", "-s", "docs"], { stdio: "inherit" });
}
const docsHtml = readFileSync(docsPath);

const requests: MockRequest[] = [];
const handleMock = createMockHandler(requests);
const server = createServer((request, response) => {
  const pathname = (request.url ?? "/").split("?", 1)[0];
  if (request.method === "GET" && (pathname === "/" || pathname === "/docs" || pathname === "/docs/")) {
    response.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(docsHtml);
    return;
  }
  const started = performance.now();
  handleMock(request, response)
    .catch((error: unknown) => {
      if (!response.headersSent) response.writeHead(500);
      response.end(String(error));
    })
    .finally(() => {
      const last = requests.at(-1);
      console.log(
        `${request.method} ${request.url} → ${last?.status ?? response.statusCode} (${Math.round(performance.now() - started)} ms)`,
      );
    });
});

server.on("error", (error: NodeJS.ErrnoException) => {
  console.error(
    error.code === "EADDRINUSE" ? `port ${port} on ${host} is in use: try \`npm start -- --port 4011\`` : error.message,
  );
  process.exit(1);
});

type Example = { value?: unknown; $ref?: string };
type Operation = { requestBody?: { content?: Record<string, { examples?: Record<string, Example> }> } };

/** A ready-to-paste curl line for the spec's first operation with a body, with its first JSON example. */
async function curlExample(origin: string): Promise<string> {
  const spec = await readSpec();
  const examples = (spec as { components?: { examples?: Record<string, Example> } }).components?.examples ?? {};
  for (const [path, pathItem] of Object.entries(spec.paths)) {
    for (const [method, operation] of Object.entries(pathItem as Record<string, Operation>)) {
      const content = operation?.requestBody?.content?.["application/json"];
      if (!content) continue;
      const example = Object.values(content.examples ?? {})[0];
      const value = example?.$ref ? examples[example.$ref.split("/").pop()!]?.value : example?.value;
      const url = origin + path.replace(/\{[^}]+\}/g, "42");
      return `curl -i -X ${method.toUpperCase()} ${url} -H 'Content-Type: application/json' -d '${JSON.stringify(value ?? {})}'`;
    }
  }
  return `curl -i ${origin}/docs/`;
}

server.listen(port, host, async () => {
  const origin = `http://${host}:${(server.address() as AddressInfo).port}`;
  console.log(`caliber-api mock server and docs
  docs:  ${origin}/docs/
  mock:  ${origin}  (every operation of spec/openapi.yaml)

try it:
  ${await curlExample(origin)}

Ctrl-C stops it.`);
});

process.once("SIGINT", () => {
  console.log(`\nstopping: served ${requests.length} API request(s)`);
  server.close(() => process.exit(0));
  server.closeAllConnections();
});
