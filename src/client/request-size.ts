import { CaliberNetworkError, CaliberValidationError } from "../errors.ts";
import { loadSizeIssue } from "./load-size-issue.ts";

const sizeIssueNotLoaded = "the body is over a request limit, and the code that names its field could not be loaded";

/** What RequestLimits.check gives for a body over a limit (never a body: the class is the client's own). */
export class OverLimits {
  constructor(readonly tooDeep: boolean) {}
}

type Serializer = (body: unknown, headers?: Headers) => unknown;

/**
 * The request body's limits, `maxRequestBytes` and `maxBodyDepth`, kept before any large string is built. `check`
 * walks the body's values once, before validation: nesting deeper than the limit (a cycle included) is refused, and
 * so is a body whose strings and keys alone come to more than `maxRequestBytes` (its written size can only be
 * larger: UTF-8 takes at least a byte per UTF-16 unit, and escaping only adds). What it lets through is at most a
 * few times the limit once written, far from what would exhaust the process; `serializer` then holds the written
 * text to the exact UTF-8 byte count.
 */
export class RequestLimits {
  readonly #serializers = new Map<string, Serializer>();

  constructor(
    readonly maxBytes: number,
    readonly maxDepth: number,
  ) {}

  /**
   * The body's snapshot: its plain objects and arrays copied, each own enumerable property read once (a getter runs
   * once; one that throws is the caller's error), so that what is validated is what every writer sends; or, for a
   * body over a limit, an OverLimits for `refuse`.
   */
  check(body: unknown): unknown {
    const walk = new SizeWalk(this.maxBytes, this.maxDepth);
    const snapshot = walk.visit(body, 1);
    return !walk.tooDeep && walk.total <= this.maxBytes ? snapshot : new OverLimits(walk.tooDeep);
  }

  /**
   * The CaliberValidationError for a body `check` found over a limit, naming the field: found by a second walk that
   * keeps paths (size-issue.ts, loaded now: a failed load is a CaliberNetworkError, and nothing was sent).
   */
  async refuse(body: unknown, operation: string, over: OverLimits): Promise<never> {
    const { issueOf } = await loadSizeIssue().catch((error: unknown) => {
      throw new CaliberNetworkError(operation, error, sizeIssueNotLoaded);
    });
    throw new CaliberValidationError(operation, [issueOf(body, this.maxBytes, this.maxDepth, over)]);
  }

  /** `serialize`, with what it writes (text) held to `maxBytes` UTF-8 bytes; one per operation, made once. */
  serializer(operation: string, serialize: Serializer): Serializer {
    if (this.maxBytes === Infinity) return serialize;
    let sized = this.#serializers.get(operation);
    if (sized === undefined) {
      sized = (body, headers) => {
        const written = serialize(body, headers);
        const bytes = typeof written === "string" ? utf8LengthOver(written, this.maxBytes) : undefined;
        if (bytes === undefined) return written;
        const message = `is ${bytes} bytes once written, over maxRequestBytes (${this.maxBytes} bytes)`;
        throw new CaliberValidationError(operation, [{ path: "body", message }]);
      };
      this.#serializers.set(operation, sized);
    }
    return sized;
  }
}

/** Objects that are data: copied by the snapshot. Anything else (a Date, a FormData, a Blob) is kept as it is. */
const isPlainObject = (value: object): boolean => {
  const prototype = Object.getPrototypeOf(value) as unknown;
  return prototype === Object.prototype || prototype === null;
};

/**
 * A lower bound of the body's written size, stopped as soon as it is over the limit, and the snapshot of what it
 * walked. A Date is copied (its time could be changed after validation); other objects that are not plain data
 * are kept as they are, for the writers and validation to take or refuse.
 */
class SizeWalk {
  total = 0;
  tooDeep = false;

  constructor(
    readonly maxBytes: number,
    readonly maxDepth: number,
  ) {}

  visit(value: unknown, depth: number): unknown {
    if (typeof value === "string") {
      this.total += value.length;
      return value;
    }
    // A number, boolean or null takes at least one character; a Date becomes a string later.
    this.total += 1;
    if (typeof value !== "object" || value === null) return value;
    if (ArrayBuffer.isView(value)) {
      this.total += value.byteLength; // Object.keys would list every byte
      return value;
    }
    if (value instanceof Date) return new Date(value.getTime());
    if (depth > this.maxDepth) {
      this.tooDeep = true;
      return value;
    }
    if (Array.isArray(value)) {
      // Each element also takes a separator (a comma, a tag, an ampersand).
      this.total += value.length;
      const items: unknown[] = [];
      for (let i = 0; i < value.length && this.#within(); i++) items.push(this.visit(value[i], depth + 1));
      return items;
    }
    const copy = isPlainObject(value) ? ({} as Record<string, unknown>) : undefined;
    for (const key of Object.keys(value)) {
      if (!this.#within()) break;
      this.total += key.length;
      const inner = this.visit((value as Record<string, unknown>)[key], depth + 1);
      if (copy === undefined) continue;
      // An own `__proto__` key (JSON.parse makes one) stays a field; assigned, it would set the copy's prototype.
      // Every other key is assigned: defining each one would leave the copy a slow dictionary object.
      if (key === "__proto__") {
        Object.defineProperty(copy, key, { value: inner, enumerable: true, writable: true, configurable: true });
      } else copy[key] = inner;
    }
    return copy ?? value;
  }

  #within(): boolean {
    return !this.tooDeep && this.total <= this.maxBytes;
  }
}

/**
 * The UTF-8 length of `text` when it is over `max`, else undefined. Each UTF-16 unit takes 1 to 3 bytes (a
 * surrogate pair 4), so most texts are decided by their length alone; the others are counted.
 */
function utf8LengthOver(text: string, max: number): number | undefined {
  if (text.length * 3 <= max) return undefined;
  let bytes = text.length;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit >= 0x80) bytes += unit < 0x800 || (unit >= 0xd800 && unit <= 0xdfff) ? 1 : 2;
  }
  return bytes > max ? bytes : undefined;
}
