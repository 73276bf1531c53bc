/**
 * What the mock remembers between requests to an operation with no response schema: per method and URL, the
 * bodies sent there merged in order (what its answer shows). Bounded like the request log: past `maxStoredBodies`
 * URLs, the one stored longest ago is forgotten (a test run may send to thousands of URLs, as the request log
 * forgets its oldest record).
 */

export interface StoredBodiesOptions {
  /** Most URLs whose merged bodies are kept (default 1,000); past it, the URL stored longest ago is forgotten. */
  maxStoredBodies?: number;
}

export const defaultMaxStoredBodies = 1000;

/** Throws a TypeError naming `maxStoredBodies` when it is not a whole number from 0; `who` prefixes the message. */
export function checkStoredBodiesOptions(options: StoredBodiesOptions, who: string): void {
  const value: unknown = options.maxStoredBodies;
  if (value !== undefined && !(Number.isSafeInteger(value) && (value as number) >= 0)) {
    throw new TypeError(`${who}: maxStoredBodies must be a whole number from 0, got ${String(value)}`);
  }
}

export interface StoredBodies {
  /** The body stored at `key` with `body`'s fields merged in. A request without a body stores nothing new. */
  merge(key: string, body: Record<string, unknown> | undefined): Record<string, unknown>;
  clear(): void;
}

export function createStoredBodies(options: StoredBodiesOptions = {}): StoredBodies {
  const max = options.maxStoredBodies ?? defaultMaxStoredBodies;
  // A Map keeps insertion order: its first key is the URL stored longest ago.
  const store = new Map<string, Record<string, unknown>>();
  return {
    merge(key, body) {
      const known = store.get(key);
      if (body === undefined) return { ...known };
      const merged = { ...known, ...body };
      store.set(key, merged);
      while (store.size > max) store.delete(store.keys().next().value!);
      return merged;
    },
    clear: () => store.clear(),
  };
}
