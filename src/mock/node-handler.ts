import type { IncomingHttpHeaders, IncomingMessage, ServerResponse } from "node:http";
import { controlReply, isControlRequest } from "./control-api.ts";
import { preflightRefusal, preflightReply, withCors, type CorsPolicy } from "./cors.ts";
import { controlRefusal, hostRefusal, type LocalOnlyOptions } from "./local-only.ts";
import type { MockCore } from "./mock-core.ts";
import { problemReply } from "./problem.ts";
import { BodyTooLargeError, readBody } from "./read-body.ts";
import type { MockReply, PlainRequest } from "./reply.ts";

export interface NodeHandlerOptions {
  /** Largest accepted body, in bytes (default 1 MB). */
  maxBodyBytes?: number;
  /** Serve the control API (`/__mock/…`) on the same port. */
  controlApi?: boolean;
  /** Which `Host` names the mock answers (and the control API's pages); see local-only.ts. */
  local: LocalOnlyOptions;
  /** Which pages of other origins may read the API routes' answers. */
  cors: CorsPolicy;
  /** Called once a request is answered, dropped, or left by its client. */
  onAnswered?: (outcome: AnsweredRequest) => void;
}

export interface AnsweredRequest {
  method: string;
  url: string;
  /** 0 when no answer was sent. */
  status: number;
  /** Why no answer was sent: a scripted drop, or the client left (or the server closed) during a delay. */
  noAnswer?: "dropped" | "given up";
  scripted: boolean;
  /** A request to the control API. */
  control: boolean;
  /** Not a request to the API: a CORS preflight, or one refused for its Host, Origin or Content-Type. */
  aside?: "preflight" | "refused";
}

export interface NodeMockHandler {
  handle(request: IncomingMessage, response: ServerResponse): Promise<void>;
  /** Gives up every delayed answer still waiting (the server is closing). */
  cancelDelays(): void;
}

/**
 * The mock core behind node:http: reads the body (refusing one over the size limit with a 413), lets the core
 * decide, then waits, answers or drops the connection. A delayed answer whose client leaves is given up at once,
 * so no timer or socket outlives it.
 */
export function createNodeMockHandler(core: MockCore, options: NodeHandlerOptions): NodeMockHandler {
  const maxBodyBytes = options.maxBodyBytes ?? 1024 * 1024;
  const delays = new Set<() => void>();

  /** Resolves true after `ms`, or false as soon as the client leaves or the server closes. */
  function wait(ms: number, response: ServerResponse): Promise<boolean> {
    if (ms === 0) return Promise.resolve(true);
    return new Promise((resolve) => {
      const finish = (waited: boolean) => {
        clearTimeout(timer);
        delays.delete(giveUp);
        response.off("close", giveUp);
        resolve(waited);
      };
      const giveUp = () => finish(false);
      const timer = setTimeout(() => finish(true), ms);
      delays.add(giveUp);
      response.once("close", giveUp);
    });
  }

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const head = { method: request.method ?? "GET", url: request.url ?? "/", headers: plainHeaders(request.headers) };
    const control = options.controlApi === true && isControlRequest(head.url);
    const origin = head.headers["origin"];
    let reply: MockReply;
    let scripted = false;
    let aside: AnsweredRequest["aside"];
    const refusal =
      hostRefusal(head.headers["host"], request.socket.localPort ?? 0, options.local) ??
      (control ? controlRefusal(head.headers, head.method, options.local) : undefined);
    if (refusal !== undefined) {
      // Neither recorded nor read: it is not a test's request.
      reply = problemReply(403, refusal, { headers: { connection: "close" } });
      aside = "refused";
    } else if (!control && origin !== undefined && isPreflight(head)) {
      reply = options.cors.allows(origin)
        ? preflightReply(
            origin,
            head.headers["access-control-request-method"]!,
            head.headers["access-control-request-headers"],
          )
        : preflightRefusal(origin);
      aside = "preflight";
    } else {
      try {
        const plain: PlainRequest = { ...head, body: await readBody(request, maxBodyBytes) };
        if (control) {
          reply = controlReply(core, plain);
        } else {
          const handled = core.handle(plain);
          reply = handled.reply;
          scripted = handled.record.scripted === true;
        }
      } catch (error) {
        if (!(error instanceof BodyTooLargeError)) throw error;
        const detail = `The request body is larger than ${maxBodyBytes} bytes.`;
        const headers = { connection: "close" };
        // Control requests are not the API's: they are not recorded.
        reply = control ? problemReply(413, detail, { headers }) : core.refuse(head, 413, detail, headers);
      }
      // CORS on the API routes only: a page may never read the control API.
      if (!control && origin !== undefined && options.cors.allows(origin)) reply = withCors(reply, origin);
    }
    const answered = (status: number, noAnswer?: AnsweredRequest["noAnswer"]) =>
      options.onAnswered?.({
        ...head,
        status,
        scripted,
        control,
        ...(noAnswer ? { noAnswer } : {}),
        ...(aside ? { aside } : {}),
      });

    if (!(await wait(reply.delayMs, response))) return answered(0, "given up");
    if (reply.drop) {
      request.socket.destroy();
      return answered(0, "dropped");
    }
    response.writeHead(reply.status, reply.headers).end(reply.body);
    answered(reply.status);
  }

  return {
    handle,
    cancelDelays: () => [...delays].forEach((giveUp) => giveUp()),
  };
}

/** A CORS preflight: an OPTIONS request that asks which method it may use. */
const isPreflight = (head: Omit<PlainRequest, "body">) =>
  head.method.toUpperCase() === "OPTIONS" && head.headers["access-control-request-method"] !== undefined;

/** node:http's headers as one string each (a repeated header joined, as fetch's Headers would). */
function plainHeaders(headers: IncomingHttpHeaders): Record<string, string | undefined> {
  return Object.fromEntries(
    Object.entries(headers).map(([name, value]) => [name, Array.isArray(value) ? value.join(", ") : value]),
  );
}
