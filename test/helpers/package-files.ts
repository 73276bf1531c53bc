/**
 * What `npm pack` would ship, and which of those files a consumer can reach. A packed file is expected only if
 * package.json `exports` points at it, a packed module imports it (a shared chunk, a declaration's import), or it
 * is one of the few files meant for people rather than for `import`.
 */
import { execFileSync } from "node:child_process";
import { posix } from "node:path";
import ts from "typescript";

/** Packed files no import reaches: package.json and README.md (npm always packs them), the changelog and the docs. */
export const filesForReaders = ["package.json", "README.md", "CHANGELOG.md", "dist/docs/index.html"];

/** `npm pack --dry-run`: the paths the tarball would hold, relative to the package root. */
export function listPackedFiles(cwd: string): string[] {
  const output = execFileSync("npm", ["pack", "--dry-run", "--json", "--ignore-scripts"], { cwd, encoding: "utf8" });
  const [pack] = JSON.parse(output) as [{ files: { path: string }[] }];
  return pack.files.map((file) => file.path).sort();
}

/** Every file an `exports` map points at, under any condition, without the leading `./`. */
export function exportTargets(exportsField: unknown): string[] {
  if (typeof exportsField === "string") return [posix.normalize(exportsField)];
  if (exportsField === null || typeof exportsField !== "object") return [];
  return [...new Set(Object.values(exportsField).flatMap(exportTargets))].sort();
}

/** In a declaration file, an import of `./x.js` / `./x.cjs` / `./x.mjs` means `./x.d.ts` / `./x.d.cts` / `./x.d.mts`. */
const declarationExtensionOf: Record<string, string> = { ".js": ".d.ts", ".cjs": ".d.cts", ".mjs": ".d.mts" };

function importedFile(fromFile: string, specifier: string): string {
  const target = posix.join(posix.dirname(fromFile), specifier);
  const extension = posix.extname(target);
  const declarationExtension = declarationExtensionOf[extension];
  if (!/\.d\.[cm]?ts$/.test(fromFile) || declarationExtension === undefined) return target;
  return target.slice(0, -extension.length) + declarationExtension;
}

const isRelative = (specifier: string) => specifier.startsWith("./") || specifier.startsWith("../");
const importsOf = (text: string) =>
  ts.preProcessFile(text, true, true).importedFiles.map((imported) => imported.fileName);

/** Relative imports and requires of a JS or declaration file, as package paths. */
function relativeImports(file: string, text: string): string[] {
  return importsOf(text)
    .filter(isRelative)
    .map((specifier) => importedFile(file, specifier));
}

/** The packages a JS or declaration file imports or requires (`msw`, `node:http`, `openapi-fetch`). */
export function packageImports(text: string): string[] {
  return importsOf(text).filter((specifier) => !isRelative(specifier));
}

export interface PackProblems {
  /** Packed, but neither exported, imported by a packed file, nor meant for readers. */
  unexpected: string[];
  /** Exported or imported by a packed file, but not packed. */
  missing: string[];
}

/** Walks from the export targets through relative imports; whatever is packed but not reached is unexpected. */
export function checkPackedFiles(
  packed: string[],
  exportsField: unknown,
  readPackedFile: (path: string) => string,
): PackProblems {
  const packedSet = new Set(packed);
  const reached = new Set<string>();
  const missing = new Set<string>();
  const queue = exportTargets(exportsField);
  while (queue.length > 0) {
    const file = queue.shift()!;
    if (reached.has(file)) continue;
    reached.add(file);
    if (!packedSet.has(file)) {
      missing.add(file);
      continue;
    }
    if (/\.(c|m)?js$|\.d\.[cm]?ts$/.test(file)) queue.push(...relativeImports(file, readPackedFile(file)));
  }
  const unexpected = packed.filter((file) => !reached.has(file) && !filesForReaders.includes(file));
  return { unexpected, missing: [...missing].sort() };
}
