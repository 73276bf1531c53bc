import { isIP } from "node:net";
import { mediaTypeOf } from "../formats/media-types.ts";

/**
 * The checks that keep the mock process to its own machine. A web page the developer visits can send requests to
 * 127.0.0.1, and through DNS rebinding (its own name pointed at 127.0.0.1) read the answers; the page's `Host`
 * then names the attacker's site. So every request must name this machine in `Host`, as Vite's dev server requires
 * since CVE-2025-24010, and the control API also refuses a page of another site (`Origin`) and any body but JSON
 * (a form or text/plain post needs no CORS preflight).
 */
export interface LocalOnlyOptions {
  /** The interface the server listens on, as given (`127.0.0.1`, `::1`, `localhost`, `0.0.0.0`). */
  host: string;
  /** More names `Host` may give, with any port: a mock reached through a proxy or a container's name. */
  allowedHosts: readonly string[];
}

/** The names of this machine that `Host` may give, with the mock's port. */
export const localHostNames = ["localhost", "127.0.0.1", "[::1]"];

/** The `allowedHosts` option, checked: host names, no port, scheme or path (any port is taken). */
export function checkAllowedHosts(hosts: unknown, field = "allowedHosts"): string[] {
  if (hosts === undefined) return [];
  if (!Array.isArray(hosts)) throw new TypeError(`${field} must be an array of host names such as ["mock"]`);
  for (const name of hosts) {
    if (typeof name !== "string" || !/^(?:[\w.-]+|\[[\da-fA-F:.]+\])$/.test(name)) {
      throw new TypeError(`${field}: ${JSON.stringify(name)} is not a host name such as "mock" (no port or scheme)`);
    }
  }
  return hosts as string[];
}

/** Why `Host` does not name this mock, or undefined when it does. `localPort` is the port the request came in on. */
export function hostRefusal(
  host: string | undefined,
  localPort: number,
  options: LocalOnlyOptions,
): string | undefined {
  const advice = `it answers only Host ${localHostNames.map((name) => `${name}:${localPort}`).join(", ")} or an IP address with that port; add other names with allowedHosts (--allowed-host)`;
  if (host === undefined) return `The request has no Host header: ${advice}.`;
  const parsed = parseHost(host);
  if (parsed && options.allowedHosts.some((name) => hostnameOf(name) === parsed.hostname)) return undefined;
  if (parsed && parsed.port === localPort && isThisMachine(parsed.hostname, options.host)) return undefined;
  return `Host ${JSON.stringify(host)} is not this mock: ${advice}.`;
}

/** Why a control request is refused for its `Origin` or its Content-Type, or undefined when it is taken. */
export function controlRefusal(
  headers: Record<string, string | undefined>,
  method: string,
  options: LocalOnlyOptions,
): string | undefined {
  const origin = headers["origin"];
  if (origin !== undefined && !isLocalOrigin(origin, headers["host"], options)) {
    return `The control API answers no web page of another site (Origin ${JSON.stringify(origin)}); call it from your tests, not from a page.`;
  }
  const contentType = headers["content-type"];
  if (method.toUpperCase() === "POST" && mediaTypeOf(contentType ?? "") !== "application/json") {
    return `The control API takes only Content-Type: application/json, got ${contentType === undefined ? "none" : JSON.stringify(contentType)}: a page of another site can post a form or text/plain without asking first.`;
  }
  return undefined;
}

/** A page on this machine, or on the host the request was sent to (the mock's own pages), or an allowed host. */
function isLocalOrigin(origin: string, host: string | undefined, options: LocalOnlyOptions): boolean {
  let url: URL;
  try {
    url = new URL(origin);
  } catch {
    return false; // "null" (a sandboxed or file:// page) among them
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") return false;
  const own = host === undefined ? undefined : parseHost(host)?.hostname;
  return (
    localHostNames.includes(url.hostname) ||
    url.hostname === own ||
    options.allowedHosts.some((name) => hostnameOf(name) === url.hostname)
  );
}

/** `localhost`, `127.0.0.1`, `[::1]`, any IP address (no one can point a name of theirs at it), or the listen host. */
function isThisMachine(hostname: string, listenHost: string): boolean {
  return (
    localHostNames.includes(hostname) ||
    isIP(hostname.replace(/^\[(.*)\]$/, "$1")) !== 0 ||
    hostname === hostnameOf(listenHost.includes(":") ? `[${listenHost}]` : listenHost)
  );
}

/** A Host header's name (lower case, IPv6 in brackets) and port (80 when it names none); undefined if malformed. */
function parseHost(host: string): { hostname: string; port: number } | undefined {
  // Only what a host and port are made of: no user info, path or query for the URL parser to split off.
  if (!/^[\w.~%!$&'()*+,;=-]+(?::\d*)?$|^\[[\da-fA-F:.]+\](?::\d*)?$/.test(host)) return undefined;
  try {
    const url = new URL(`http://${host}`);
    return { hostname: url.hostname, port: url.port === "" ? 80 : Number(url.port) };
  } catch {
    return undefined;
  }
}

/** A host name as the URL parser writes it: lower case, IPv4 normalized; the name itself if it is not one. */
function hostnameOf(name: string): string {
  try {
    return new URL(`http://${name}`).hostname;
  } catch {
    return name.toLowerCase();
  }
}
