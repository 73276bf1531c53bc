import { MockAnswerError } from "./answers.ts";
import type { MockCore } from "./mock-core.ts";
import { problemReply } from "./problem.ts";
import type { MockReply, PlainRequest } from "./reply.ts";

/** Where the control API lives: at the server's root, whatever the base path. */
export const controlPrefix = "/__mock";

const controlRoutes: Record<string, { method: string; describe: string }> = {
  "/__mock/answers": { method: "POST", describe: "POST /__mock/answers (an answer as JSON, with times and operation)" },
  "/__mock/reset": { method: "POST", describe: "POST /__mock/reset" },
  "/__mock/requests": { method: "GET", describe: "GET /__mock/requests" },
};

export const isControlRequest = (url: string): boolean => {
  const pathname = new URL(url, "http://mock").pathname;
  return pathname === controlPrefix || pathname.startsWith(`${controlPrefix}/`);
};

const noContent: MockReply = { status: 204, headers: {}, body: "", delayMs: 0 };

/**
 * The control API, for tests in another process: `POST /__mock/answers` queues an answer (the same shape as
 * answerNext's, with `times` and `operation` beside the answer's fields), `POST /__mock/reset` resets the mock,
 * `GET /__mock/requests` lists what it saw. Control requests are not recorded in `requests`. Who may call it
 * (this machine, JSON bodies only) is checked before, in local-only.ts.
 */
export function controlReply(core: MockCore, request: PlainRequest): MockReply {
  const pathname = new URL(request.url, "http://mock").pathname.replace(/\/+$/, "");
  const route = controlRoutes[pathname];
  if (!route) {
    const known = Object.values(controlRoutes).map((r) => r.describe);
    return problemReply(404, `${pathname} is not part of the mock's control API; it has ${known.join(", ")}.`);
  }
  if (request.method.toUpperCase() !== route.method) {
    return problemReply(405, `${request.method} is not allowed on ${pathname}; use ${route.method}.`, {
      headers: { allow: route.method },
    });
  }
  switch (pathname) {
    case "/__mock/answers":
      return queueAnswer(core, request.body);
    case "/__mock/reset":
      core.reset();
      return noContent;
    default:
      return {
        status: 200,
        headers: {
          "content-type": "application/json; charset=utf-8",
          // What the bounded record left out (MockServer.dropped).
          "mock-requests-dropped": String(core.dropped.requests),
          "mock-bodies-dropped": String(core.dropped.bodies),
        },
        body: JSON.stringify(core.requests),
        delayMs: 0,
      };
  }
}

function queueAnswer(core: MockCore, text: string): MockReply {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    const example = '{"status":503,"headers":{"Retry-After":"0"},"times":2}';
    return problemReply(400, `The body must be an answer as JSON, such as ${example}: ${(error as Error).message}`);
  }
  try {
    if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed)) {
      core.queueAnswer(parsed, undefined); // refused, naming what it got
    } else {
      const { times, operation, ...answer } = parsed as Record<string, unknown>;
      core.queueAnswer(answer, times === undefined && operation === undefined ? undefined : { times, operation });
    }
  } catch (error) {
    if (error instanceof MockAnswerError) return problemReply(400, `${error.message}.`);
    throw error;
  }
  return noContent;
}
