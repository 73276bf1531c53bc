import { problemReply } from "./problem.ts";
import type { MockReply } from "./reply.ts";

/** Pages that may call the API routes by default: any port of this machine, over http. */
export const localPageOrigins = ["http://localhost:*", "http://127.0.0.1:*", "http://[::1]:*"];

/** Which page origins may read the API routes' answers. */
export interface CorsPolicy {
  allows(origin: string): boolean;
}

const token = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;

/**
 * The local pages, and `extra` origins: each `scheme://host[:port]`, or `scheme://host:*` for any port. `"*"` (any
 * site) is refused: it is the default Vite's dev server had to withdraw (CVE-2025-24010). Throws a TypeError naming
 * the bad entry.
 */
export function corsPolicy(extra: unknown, field = "corsOrigins"): CorsPolicy {
  if (extra !== undefined && !Array.isArray(extra)) {
    throw new TypeError(`${field} must be an array of origins such as ["https://app.test:8443"]`);
  }
  const exact = new Set<string>();
  const anyPort = new Set<string>();
  for (const entry of [...localPageOrigins, ...((extra as unknown[] | undefined) ?? [])]) {
    if (entry === "*") {
      throw new TypeError(`${field}: "*" would let every site read the mock's answers; list the origins of your pages`);
    }
    const wildcard = typeof entry === "string" && entry.endsWith(":*");
    const url = typeof entry === "string" ? originUrl(wildcard ? entry.slice(0, -2) : entry) : undefined;
    if (!url || (wildcard && url.port !== "")) {
      throw new TypeError(
        `${field}: ${JSON.stringify(entry)} is not an origin such as "https://app.test:8443" or "http://app.test:*"`,
      );
    }
    if (wildcard) anyPort.add(`${url.protocol}//${url.hostname}`);
    else exact.add(url.origin);
  }
  return {
    allows(origin) {
      const url = originUrl(origin);
      return url !== undefined && (exact.has(url.origin) || anyPort.has(`${url.protocol}//${url.hostname}`));
    },
  };
}

/** The URL of an http(s) origin, with nothing after the port; undefined for anything else. */
function originUrl(text: string): URL | undefined {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return undefined;
  }
  const bare = url.pathname === "/" && !url.search && !url.hash && !url.username && !url.password;
  return (url.protocol === "http:" || url.protocol === "https:") && bare && !/[/?#]$/.test(text) ? url : undefined;
}

/**
 * The answer to a CORS preflight from an allowed page: the method and headers it asks for, whatever they are, so
 * that the real request reaches the mock and the page sees the mock's own answer (a 405 or a 400 problem
 * among them) rather than a failed fetch.
 */
export function preflightReply(origin: string, method: string, requestHeaders: string | undefined): MockReply {
  const names = (requestHeaders ?? "").split(",").map((name) => name.trim());
  const headerList = names.filter((name) => name !== "");
  if (!token.test(method) || !headerList.every((name) => token.test(name))) {
    return problemReply(400, "The preflight's Access-Control-Request-Method or -Headers is not a list of HTTP tokens.");
  }
  return {
    status: 204,
    headers: {
      "access-control-allow-origin": origin,
      "access-control-allow-methods": method,
      ...(headerList.length > 0 ? { "access-control-allow-headers": headerList.join(", ") } : {}),
      "access-control-max-age": "600",
      vary: "Origin, Access-Control-Request-Method, Access-Control-Request-Headers",
    },
    body: "",
    delayMs: 0,
  };
}

/** A page of another origin refused at its preflight, with a problem that says how to allow it. */
export function preflightRefusal(origin: string): MockReply {
  return problemReply(
    403,
    `The mock answers pages on this machine (${localPageOrigins.join(", ")}); ${JSON.stringify(origin)} is not ` +
      `among them. Allow it with corsOrigins (--cors-origin ${origin}).`,
  );
}

/** An API answer made readable by the page that asked: its origin allowed, and every header the answer sets. */
export function withCors(reply: MockReply, origin: string): MockReply {
  if (reply.drop) return reply;
  const exposed = Object.keys(reply.headers).filter((name) => !["content-type", "connection"].includes(name));
  const vary = reply.headers["vary"];
  return {
    ...reply,
    headers: {
      ...reply.headers,
      "access-control-allow-origin": origin,
      ...(exposed.length > 0 ? { "access-control-expose-headers": exposed.join(", ") } : {}),
      vary: vary ? `${vary}, Origin` : "Origin",
    },
  };
}
