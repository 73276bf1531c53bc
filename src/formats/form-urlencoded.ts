import type { ValidationIssue } from "../errors.ts";
import type { BodyModel, DataContracts } from "../model/body-model.ts";
import type { ParsedBody } from "./parse-body.ts";
import { plainNumber, valueFromText } from "./text-values.ts";

/**
 * `key=value` pairs as ASP.NET's form model binder reads them, at any depth, in MVC notation: `HomeAddress.City`,
 * `Phones[0].Number`, `Emails[0]`. Enums as their numbers, booleans as `true`/`false`, decimals as plain digits;
 * every byte outside `A-Za-z0-9*-._` percent-encoded (`+` too) except a space, which is `+`. A `null` is left out,
 * which the binder reads as null. Refused, with the issues, is what a form cannot carry: empty or whitespace-only
 * text (binds as null), lone surrogates, an empty collection or an object with no field (both bind as null), a null
 * item of a collection (the items after it would be lost), and a body with no field (binds no object at all).
 * `textIssues` finds the text a form cannot carry (formTextIssues in unsendable-text.ts): passed in, as
 * RedirectRules is, so that this chunk shares no module with the entry chunk (a shared one is a chunk of its own
 * that every page fetches).
 */
export function serializeFormUrlEncoded(
  body: Record<string, unknown>,
  textIssues: (body: unknown) => ValidationIssue[],
): string | ValidationIssue[] {
  const issues = textIssues(body);
  const form = new URLSearchParams();
  const fieldCount = appendFields(form, body, "", "body", issues);
  if (fieldCount === 0) {
    issues.push({
      path: "body",
      message: "has no fields, and ASP.NET binds an empty form body as no object at all: send one, or use JSON",
    });
  }
  return issues.length > 0 ? issues : form.toString();
}

/** Appends an object's fields under `prefix`; returns how many it wrote. */
function appendFields(
  form: URLSearchParams,
  object: object,
  prefix: string,
  path: string,
  issues: ValidationIssue[],
): number {
  let count = 0;
  for (const [name, value] of Object.entries(object)) {
    count += appendValue(form, value, prefix ? `${prefix}.${name}` : name, `${path}.${name}`, issues);
  }
  return count;
}

function appendValue(
  form: URLSearchParams,
  value: unknown,
  key: string,
  path: string,
  issues: ValidationIssue[],
): number {
  if (value === undefined || value === null) return 0;
  if (Array.isArray(value)) {
    if (value.length === 0) {
      issues.push({ path, message: "is an empty collection, which ASP.NET's form binder would read as null" });
      return 0;
    }
    let count = 0;
    value.forEach((item, index) => {
      if (item === null || item === undefined) {
        issues.push({
          path: `${path}.${index}`,
          message: "is null, which a form cannot carry inside a collection (the binder stops at the gap)",
        });
        return;
      }
      count += appendValue(form, item, `${key}[${index}]`, `${path}.${index}`, issues);
    });
    return count;
  }
  if (typeof value === "object") {
    const count = appendFields(form, value, key, path, issues);
    // Null members are left out: an object of nothing else would arrive as null, not as the object.
    if (count === 0) {
      issues.push({ path, message: "has no fields a form can carry, which ASP.NET's form binder would read as null" });
    }
    return count;
  }
  form.append(key, typeof value === "number" ? plainNumber(value) : String(value));
  return 1;
}

/** One segment of a form key: a member name or a collection index (`[]` appends). */
type KeySegment = string | number;

/** `Phones[0].Number`, `Phones[0][Number]` (jQuery), `Emails[]` → its segments; undefined for a malformed key. */
function keySegments(key: string): KeySegment[] | undefined {
  const segments: KeySegment[] = [];
  const pattern = /\[([^\]]*)\]|\.?([^.[\]]+)/gy;
  let match: RegExpExecArray | null;
  while ((match = pattern.exec(key)) !== null) {
    if (match[2] !== undefined) segments.push(match[2]);
    else if (match[1] === "") segments.push(-1);
    else segments.push(/^\d+$/.test(match[1]!) ? Number(match[1]) : match[1]!);
    if (pattern.lastIndex === key.length) return segments;
  }
  return undefined;
}

/** A tree of what the form's keys name, before it is typed by the model. */
type FormNode = Map<KeySegment, FormNode | string>;

/**
 * Reads a form body back into the body object: nested keys in MVC (`a.b`, `a[0]`) or jQuery (`a[b]`, `a[]`)
 * notation, collections from contiguous indexes, values typed by the body model. Keys the model does not name are
 * kept as text, for validation to name them.
 */
export function parseFormUrlEncoded(text: string, model: BodyModel | undefined, types: DataContracts): ParsedBody {
  const root: FormNode = new Map();
  const issues: ValidationIssue[] = [];
  for (const [key, value] of new URLSearchParams(text)) {
    const segments = keySegments(key);
    if (!segments) {
      issues.push({ path: `body.${key}`, message: "is not a form key the model binder reads" });
      continue;
    }
    insert(root, segments, value, `body`, issues);
  }
  if (issues.length > 0) return { issues };
  const body = fromNode(root, model, types, "body", issues);
  return issues.length > 0 ? { issues } : { body, issues };
}

function insert(node: FormNode, segments: KeySegment[], value: string, path: string, issues: ValidationIssue[]): void {
  let current = node;
  for (const [index, raw] of segments.entries()) {
    const segment = raw === -1 ? current.size : raw; // `a[]`: the next index
    const where = `${path}.${segments
      .slice(0, index + 1)
      .map((s) => (s === -1 ? "[]" : s))
      .join(".")}`;
    const last = index === segments.length - 1;
    const existing = current.get(segment);
    if (last) {
      if (existing !== undefined) issues.push({ path: where, message: "appears more than once" });
      else current.set(segment, value);
      return;
    }
    if (typeof existing === "string") {
      issues.push({ path: where, message: "is given both as a value and as an object" });
      return;
    }
    const child: FormNode = existing ?? new Map();
    current.set(segment, child);
    current = child;
  }
}

function fromNode(
  node: FormNode | string,
  model: BodyModel | undefined,
  types: DataContracts,
  path: string,
  issues: ValidationIssue[],
): unknown {
  if (typeof node === "string") {
    return model && model.kind !== "object" && model.kind !== "collection" ? valueFromText(node, model.kind) : node;
  }
  if (model?.kind === "collection") {
    const items: unknown[] = [];
    for (let index = 0; node.has(index); index++) {
      items.push(fromNode(node.get(index)!, model.items, types, `${path}.${index}`, issues));
    }
    if (items.length !== node.size) {
      issues.push({ path, message: "must have items numbered from 0 with no gaps, as the model binder reads them" });
    }
    return items;
  }
  const contract = model?.kind === "object" ? types[model.type] : undefined;
  const members = new Map(contract?.members);
  const object: Record<string, unknown> = {};
  for (const [key, child] of node) {
    const name = String(key);
    object[name] = fromNode(child, members.get(name), types, `${path}.${name}`, issues);
  }
  return object;
}
