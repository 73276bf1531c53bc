import type { MockRequest } from "./mock-core.ts";

export interface RequestLogOptions {
  /** Most requests kept; the oldest is forgotten first (default 1,000). */
  maxRecordedRequests?: number;
  /** Largest body kept with a request, in UTF-8 bytes (default 64 KiB). */
  maxRecordedBodyBytes?: number;
}

/** How much the log left out to stay bounded. Counts only grow, until reset. */
export interface RecordingDropped {
  /** Requests forgotten because more than `maxRecordedRequests` arrived. */
  requests: number;
  /** Bodies not kept: over `maxRecordedBodyBytes`, or nested deeper than the log keeps. */
  bodies: number;
}

export const defaultMaxRecordedRequests = 1000;
export const defaultMaxRecordedBodyBytes = 64 * 1024;
/**
 * The deepest decoded body kept. JSON.parse reads any depth, but JSON.stringify (GET /__mock/requests) overflows
 * the stack at a few thousand levels; the spec's bodies are a few levels deep.
 */
export const maxRecordedBodyDepth = 64;

/** Throws a TypeError naming a limit that is not a whole number from 0; `who` prefixes the message. */
export function checkRequestLogOptions(options: RequestLogOptions, who: string): void {
  for (const field of ["maxRecordedRequests", "maxRecordedBodyBytes"] as const) {
    const value: unknown = options[field];
    if (value !== undefined && !(Number.isSafeInteger(value) && (value as number) >= 0)) {
      throw new TypeError(`${who}: ${field} must be a whole number from 0, got ${String(value)}`);
    }
  }
}

export interface RequestLog {
  /** The records, oldest first; the same array for the log's whole life. */
  readonly requests: MockRequest[];
  readonly dropped: RecordingDropped;
  /** Adds a record, forgetting the oldest one past the limit. */
  add(record: MockRequest): void;
  /** Once a request is decided: cuts what the record may not keep of its body. */
  bound(record: MockRequest): void;
  clear(): void;
}

/**
 * The mock's memory of requests, bounded: the last `maxRecordedRequests` requests, each with at most
 * `maxRecordedBodyBytes` of its body. Whatever was left out is counted in `dropped` and said in the record's
 * `bodyNotKept`, so that a test sees what it is missing.
 */
export function createRequestLog(options: RequestLogOptions = {}): RequestLog {
  const maxRequests = options.maxRecordedRequests ?? defaultMaxRecordedRequests;
  const maxBodyBytes = options.maxRecordedBodyBytes ?? defaultMaxRecordedBodyBytes;
  const requests: MockRequest[] = [];
  const dropped: RecordingDropped = { requests: 0, bodies: 0 };

  return {
    requests,
    dropped,
    add(record) {
      requests.push(record);
      while (requests.length > maxRequests) {
        requests.shift();
        dropped.requests += 1;
      }
    },
    bound(record) {
      const kept = utf8Prefix(record.rawBody, maxBodyBytes);
      if (kept.length < record.rawBody.length) {
        const bytes = new TextEncoder().encode(record.rawBody).byteLength;
        record.rawBody = kept;
        delete record.body;
        record.bodyNotKept = `the body is ${bytes} bytes, over maxRecordedBodyBytes (${maxBodyBytes}): rawBody holds its first ${maxBodyBytes} bytes at most`;
        dropped.bodies += 1;
      } else if (record.body !== undefined && isDeeperThan(record.body, maxRecordedBodyDepth)) {
        delete record.body;
        record.bodyNotKept = `the decoded body is nested deeper than ${maxRecordedBodyDepth} levels: only rawBody is kept`;
        dropped.bodies += 1;
      }
    },
    clear() {
      requests.length = 0;
      dropped.requests = 0;
      dropped.bodies = 0;
    },
  };
}

/**
 * The longest start of `text` that is at most `maxBytes` in UTF-8, never splitting a character (a lone surrogate
 * in it becomes U+FFFD, as UTF-8 writes it).
 */
function utf8Prefix(text: string, maxBytes: number): string {
  // Each UTF-16 code unit is at most 3 bytes: short texts need no encoding at all.
  if (text.length * 3 <= maxBytes) return text;
  const bytes = new Uint8Array(maxBytes);
  const { written } = new TextEncoder().encodeInto(text, bytes);
  // Decoded afresh: text.slice() would be a view that keeps the whole body in memory.
  return new TextDecoder().decode(bytes.subarray(0, written));
}

/** True when objects or arrays nest deeper than `limit`; walks no further than that (no recursion). */
function isDeeperThan(value: unknown, limit: number): boolean {
  const stack: [unknown, number][] = [[value, 0]];
  while (stack.length > 0) {
    const [current, depth] = stack.pop()!;
    if (typeof current !== "object" || current === null) continue;
    if (depth >= limit) return true;
    for (const child of Object.values(current)) stack.push([child, depth + 1]);
  }
  return false;
}
