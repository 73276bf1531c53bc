/** Names that a generated `export type X` / `export const X` may not take. */
const reserved = new Set(
  [
    // ECMAScript and TypeScript reserved words that cannot name a type or a const
    "break case catch class const continue debugger default delete do else enum export extends false finally for",
    "function if import in instanceof new null return super switch this throw true try typeof var void while with",
    "implements interface let package private protected public static yield any boolean never number object",
    "string symbol undefined unknown bigint await",
    // names generated files already import or export from openapi.ts
    "components paths operations webhooks $defs",
  ]
    .join(" ")
    .split(" "),
);

export function isIdentifier(name: string): boolean {
  return /^[A-Za-z_$][\w$]*$/.test(name) && !reserved.has(name);
}

/**
 * A TypeScript identifier for a component name: itself when it is one, else PascalCase of its word parts
 * (`simple-user` → `SimpleUser`, `2fa` → `_2fa`). Undefined when nothing usable is left.
 */
export function toIdentifier(name: string): string | undefined {
  if (isIdentifier(name)) return name;
  const words = name.split(/[^A-Za-z0-9_$]+/).filter(Boolean);
  let candidate = words.map((word) => word[0]!.toUpperCase() + word.slice(1)).join("");
  if (/^[0-9]/.test(candidate)) candidate = "_" + candidate;
  return isIdentifier(candidate) ? candidate : undefined;
}

export interface NamedItem<T> {
  /** The name in the spec. */
  specName: string;
  /** The identifier used in generated code. */
  identifier: string;
  value: T;
}

/**
 * Gives each spec name an identifier. A name already an identifier keeps it; others are converted.
 * Names that cannot be converted, or whose conversion collides with another name, are skipped
 * (listed in `skipped` so the generated file can say so).
 */
export function assignIdentifiers<T>(entries: [string, T][]): { named: NamedItem<T>[]; skipped: string[] } {
  const taken = new Set(entries.map(([name]) => name).filter(isIdentifier));
  const named: NamedItem<T>[] = [];
  const skipped: string[] = [];
  for (const [specName, value] of entries) {
    if (isIdentifier(specName)) {
      named.push({ specName, identifier: specName, value });
      continue;
    }
    const identifier = toIdentifier(specName);
    if (identifier === undefined || taken.has(identifier)) {
      skipped.push(specName);
      continue;
    }
    taken.add(identifier);
    named.push({ specName, identifier, value });
  }
  return { named, skipped };
}
