/**
 * What the mock remembers between requests to an operation with no response schema: per method and URL, the
 * bodies sent there merged in order (what its answer shows). Bounded like the request log, but a new URL past the
 * bound is refused (a 507 naming the option) rather than an old one forgotten, so that no answer silently changes.
 */

export interface StoredBodiesOptions {
  /** Most URLs whose merged bodies are kept (default 1,000); a request that would add one more is a 507. */
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
  /**
   * The body stored at `key` with `body`'s fields merged in (a copy), or `undefined` when `key` is new and
   * `maxStoredBodies` are kept already. A request without a body stores nothing new.
   */
  merge(key: string, body: Record<string, unknown> | undefined): Record<string, unknown> | undefined;
  readonly max: number;
  clear(): void;
}

export function createStoredBodies(options: StoredBodiesOptions = {}): StoredBodies {
  const max = options.maxStoredBodies ?? defaultMaxStoredBodies;
  const store = new Map<string, Record<string, unknown>>();
  return {
    max,
    merge(key, body) {
      const known = store.get(key);
      if (body === undefined) return { ...known };
      if (known === undefined && store.size >= max) return undefined;
      const merged = { ...known, ...body };
      store.set(key, merged);
      return merged;
    },
    clear: () => store.clear(),
  };
}
