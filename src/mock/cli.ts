import { existsSync, readFileSync } from "node:fs";
import type { IncomingMessage, ServerResponse } from "node:http";
import { parseArgs } from "node:util";
import { operations } from "../../generated/operations.ts";
import { operationLabel } from "../operation-info.ts";
import { controlPrefix } from "./control-api.ts";
import { corsPolicy } from "./cors.ts";
import { checkAllowedHosts } from "./local-only.ts";
import type { AnsweredRequest } from "./node-handler.ts";
import { listenMock, type MockServer } from "./server.ts";

/** Taken when the module loads, before anything is printed: by the time a caller sees the URL, it may be gone. */
const parentAtStart = process.ppid;

export const usage = `Usage: caliber-api-mock [--port 4010] [--host 127.0.0.1] [--base-path /CAPI2_Vision]
                        [--cors-origin <origin>]... [--allowed-host <name>]...

Serves every operation of the CaliberAPI spec as caliber-api/mock does (validated as the client validates),
the docs page at /docs, and a control API for tests in other processes.

Options:
  --port <n>          port to listen on (default 4010; 0 picks a free one)
  --host <address>    interface to listen on (default 127.0.0.1)
  --base-path <path>  serve the API under this path, such as /CAPI2_Vision (default: none)
  --cors-origin <origin>
                      let pages of this origin call the API, such as https://app.test:8443 or
                      http://app.test:* (any port); pages on this machine (http://localhost:*,
                      http://127.0.0.1:*, http://[::1]:*) always may. Repeat for more.
  --allowed-host <name>
                      answer requests whose Host is this name, with any port (default: only
                      localhost, 127.0.0.1, [::1] or an IP address, with the mock's port). Repeat for more.
  -h, --help          print this help

Control API, on the same port (from this machine, with Content-Type: application/json):
  POST ${controlPrefix}/answers   queue an answer, as JSON:
                          {"status":503,"headers":{"Retry-After":"0"},"times":2,"operation":"patchClientContactPhone"}
  POST ${controlPrefix}/reset     forget queued answers, stored state and recorded requests
  GET  ${controlPrefix}/requests  the requests the mock saw, as JSON

Ctrl-C (SIGINT) or SIGTERM stops it.`;

export interface MockCliOptions {
  port: number;
  host: string;
  basePath: string;
  corsOrigins: string[];
  allowedHosts: string[];
}

/** A bad command line; the message says what is wrong. */
export class CliUsageError extends Error {
  override name = "CliUsageError";
}

/** The command line, checked: `{ help: true }` for --help, or the options; throws CliUsageError. */
export function parseMockCliArgs(args: string[]): { help: true } | MockCliOptions {
  let values: {
    port?: string;
    host?: string;
    "base-path"?: string;
    "cors-origin"?: string[];
    "allowed-host"?: string[];
    help?: boolean;
  };
  try {
    ({ values } = parseArgs({
      args,
      options: {
        port: { type: "string" },
        host: { type: "string" },
        "base-path": { type: "string" },
        "cors-origin": { type: "string", multiple: true },
        "allowed-host": { type: "string", multiple: true },
        help: { type: "boolean", short: "h" },
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    throw new CliUsageError(plainParseError(error as Error));
  }
  if (values.help) return { help: true };
  const port = values.port ?? "4010";
  if (!/^\d{1,5}$/.test(port) || Number(port) > 65535) {
    throw new CliUsageError(`--port must be a whole number from 0 to 65535, got "${port}"`);
  }
  const host = values.host ?? "127.0.0.1";
  if (!host.trim()) throw new CliUsageError("--host must not be empty");
  const basePath = values["base-path"] ?? "";
  if (basePath !== "" && !/^\/[^\s?#]*$/.test(basePath)) {
    throw new CliUsageError(`--base-path must be a path starting with /, such as /CAPI2_Vision, got "${basePath}"`);
  }
  const corsOrigins = values["cors-origin"] ?? [];
  const allowedHosts = values["allowed-host"] ?? [];
  // The server's own checks, worded for the command line.
  try {
    corsPolicy(corsOrigins, "--cors-origin");
    checkAllowedHosts(allowedHosts, "--allowed-host");
  } catch (error) {
    throw new CliUsageError((error as Error).message);
  }
  return { port: Number(port), host, basePath: basePath.replace(/\/+$/, ""), corsOrigins, allowedHosts };
}

/** node:util's messages, without the advice on positionals, which does not apply here. */
function plainParseError(error: Error): string {
  const unknown = /Unknown option '([^']+)'/.exec(error.message);
  if (unknown) return `unknown option ${unknown[1]}`;
  const positional = /Unexpected argument '([^']+)'/.exec(error.message);
  if (positional) return `unexpected argument "${positional[1]}"`;
  const ambiguous = /Option '([^']+)' argument is ambiguous/.exec(error.message);
  if (ambiguous) return `${ambiguous[1]} needs a value (one that starts with "-" is written ${ambiguous[1]}=-…)`;
  return error.message.replace(/^Option '(.+?)' argument missing$/, "$1 needs a value");
}

export interface RunOptions {
  /** The rendered docs page served at /docs. */
  docsPath: string;
  /** How the command is called, for messages: `caliber-api-mock` or `npm start --`. */
  command: string;
}

/**
 * Runs the mock as a process: listens, prints where, logs each request, and stops on SIGINT or SIGTERM with a
 * count of the requests served. Resolves with the running server, or undefined after --help or a usage error
 * (process.exitCode says which).
 */
export async function runMockCli(args: string[], run: RunOptions): Promise<MockServer | undefined> {
  let options: ReturnType<typeof parseMockCliArgs>;
  try {
    options = parseMockCliArgs(args);
  } catch (error) {
    if (!(error instanceof CliUsageError)) throw error;
    console.error(`caliber-api-mock: ${error.message}. Run \`${run.command} --help\` for the options.`);
    process.exitCode = 2;
    return undefined;
  }
  if ("help" in options) {
    console.log(usage);
    return undefined;
  }

  const docs = existsSync(run.docsPath) ? readFileSync(run.docsPath) : undefined;
  let served = 0;
  let mock: MockServer;
  try {
    mock = await listenMock(
      { ...options, controlApi: true },
      { serve: (request, response) => serveDocs(request, response, docs), onAnswered: logRequest },
    );
  } catch (error) {
    const { code, message } = error as NodeJS.ErrnoException;
    console.error(
      code === "EADDRINUSE"
        ? `caliber-api-mock: port ${options.port} on ${options.host} is in use; choose another with --port`
        : `caliber-api-mock: cannot listen on ${options.host}:${options.port}: ${message}`,
    );
    process.exitCode = 1;
    return undefined;
  }
  function logRequest(outcome: AnsweredRequest): void {
    if (!outcome.control && !outcome.aside) served += 1;
    const answer = outcome.noAnswer ? `no answer (${outcome.noAnswer})` : String(outcome.status);
    const notes = [outcome.scripted && "scripted", outcome.control && "control API", outcome.aside]
      .filter(Boolean)
      .join(", ");
    console.log(`${outcome.method} ${outcome.url} → ${answer}${notes ? ` (${notes})` : ""}`);
  }

  const origin = new URL(mock.url).origin;
  console.log(`caliber-api mock server
  mock:     ${mock.url}
            ${operations.map(operationLabel).join("\n            ")}
  docs:     ${docs ? `${origin}/docs/` : `(no docs page at ${run.docsPath})`}
  control:  ${origin}${controlPrefix}/answers, ${controlPrefix}/reset, ${controlPrefix}/requests
Ctrl-C stops it.`);

  let stopping = false;
  const stop = (why: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`\nstopping (${why}): served ${served} API request(s)`);
    void mock.close().finally(() => process.exit(0));
  };
  process.once("SIGINT", () => stop("SIGINT"));
  process.once("SIGTERM", () => stop("SIGTERM"));
  // npm (npx, npm start) runs a bin through `sh -c`, which does not pass SIGTERM on: `kill <npm's pid>` ends
  // the shell and would leave this process serving. Started by npm, it therefore stops when its parent exits.
  if (process.env.npm_command !== undefined) {
    setInterval(() => process.ppid !== parentAtStart && stop("its npm parent exited"), 500).unref();
  }
  return mock;
}

function serveDocs(request: IncomingMessage, response: ServerResponse, docs: Buffer | undefined): boolean {
  const pathname = (request.url ?? "/").split("?", 1)[0];
  if (request.method !== "GET" || !(pathname === "/" || pathname === "/docs" || pathname === "/docs/")) return false;
  if (docs) response.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(docs);
  else response.writeHead(404, { "content-type": "text/plain; charset=utf-8" }).end("no docs page in this build");
  return true;
}
