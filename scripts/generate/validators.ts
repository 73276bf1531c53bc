import { _ } from "ajv";
import Ajv2020 from "ajv/dist/2020.js";
import standaloneCode from "ajv/dist/standalone/index.js";
import { validationFormats } from "../../src/validation/string-formats.ts";
import { generateOperationGroups } from "./operation-groups.ts";
import type { JsonSchema, OpenApiDocument } from "./spec.ts";
import { componentId, componentSchemas, operationSchemas, type OperationSchemas } from "./validator-schemas.ts";

/**
 * The validators for every operation's parameters and request body, one module per operation, so that an app
 * loads only the validators of the operations it calls (the entry's weight does not grow with the spec):
 * - `validators/<operation>.ts`: that operation's Ajv standalone validators and `validators`, its
 *   `OperationValidators`. What the client needs of it even with `validate: false` (XML flags, date-time
 *   locations) is in its group's module instead, which is loaded first.
 * - `operation-groups.ts` and `operation-groups/group-<i>.ts`: the client's ESM build finds an operation's module through
 *   a fixed number of group chunks (operation-groups.ts in this folder), never through a table in its entry.
 * - `validators.ts`: `requestValidators[path][method]`, every module imported, for the mock and the CJS build.
 * Nothing is compiled at run time.
 *
 * Ajv's standalone output is CommonJS-flavoured even with `esm: true`: it `require`s its format functions and
 * runtime helpers. So formats are referenced through an imported name (`validationFormats`, a small hand-kept
 * module instead of all of ajv-formats), `unicode: false` keeps string lengths as `.length` (the UTF-16 count
 * .NET checks too) so no `ucs2length` helper is needed, and any other `require` fails generation loudly.
 */
export function generateValidators(spec: OpenApiDocument): Map<string, string> {
  const ajv = new Ajv2020({
    // Unknown keywords stay errors (they would be silently ignored). The other strict checks refuse valid JSON
    // Schema that real descriptions use (a `required` name defined in a sibling `oneOf` branch, union types).
    strict: true,
    strictRequired: false,
    strictTypes: false,
    strictTuples: false,
    allowUnionTypes: true,
    allErrors: true, // list every issue, not only the first
    messages: false, // src/validation/validate-request.ts words the messages: smaller code, clearer text
    unicode: false,
    logger: { log: console.log, warn: warnUnlessUnicodeNotice, error: console.error },
    formats: validationFormats,
    code: { source: true, esm: true, lines: false, optimize: true, formats: _`validationFormats` },
  });
  const components = componentSchemas(spec);
  for (const schema of components.values()) ajv.addSchema(schema);

  const shared = new Map<string, [string, string]>(); // schema as JSON → [export name, $id]: shared validators
  const files = new Map<string, string>();
  const moduleNames = new Set<string>();
  const eager: string[] = [];
  const modules = new Map<string, string>(); // operation label → its module, for the group chunks
  const table: [path: string, entry: string][] = [];
  for (const operation of operationSchemas(spec)) {
    const exports = new Map<string, string>(); // export name → schema $id, for this operation's module
    const entry = tableEntry(ajv, operation, components, exports, shared);
    const moduleName = uniqueName(identifier(operation.name), moduleNames);
    const file = `validators/${moduleName}.ts`;
    files.set(file, operationModule(ajv, exports, entry));
    const local = `v${eager.length}`;
    eager.push(`import { validators as ${local} } from "./${file}";`);
    table.push([operation.path, `${operation.method}: ${local}`]);
    modules.set(`${operation.method.toUpperCase()} ${operation.path}`, file);
  }
  const byPath = (entries: [string, string][]) =>
    groupByPath(entries).map(([path, methods]) => `  ${JSON.stringify(path)}: { ${methods.join(", ")} },`);
  files.set(
    "validators.ts",
    [
      'import type { RequestValidatorTable } from "../src/validation/validator-types.ts";',
      ...eager,
      "",
      "/** Validators per path template and method, as `requestValidators[path][method]`: every operation's, loaded. */",
      "export const requestValidators = {",
      "  __proto__: null,", // no inherited keys: a path like "constructor" finds nothing
      ...byPath(table),
      "} as unknown as RequestValidatorTable;", // `__proto__: null` is no property TypeScript knows
      "",
    ].join("\n"),
  );
  for (const [file, text] of generateOperationGroups(spec, modules)) files.set(file, text);
  return files;
}

/** One operation's module: its validators' standalone code, and `validators`, its table entry. */
function operationModule(ajv: Ajv2020, exports: Map<string, string>, entry: string): string {
  const code = standaloneCode(ajv, Object.fromEntries(exports));
  const leftover = /require\(\s*"([^"]+)"\s*\)/.exec(code);
  if (leftover) {
    throw new Error(
      `validators: Ajv's code requires "${leftover[1]}", which neither the ESM nor the CJS build can load; ` +
        "avoid the keyword that needs it or map it to an import in scripts/generate/validators.ts",
    );
  }
  return [
    "// @ts-nocheck -- Ajv's standalone code is plain JavaScript; the exported `validators` carries the types.",
    'import { validationFormats } from "../../src/validation/string-formats.ts";',
    'import type { OperationValidators } from "../../src/validation/validator-types.ts";',
    "",
    // Errors are read by instancePath, keyword and params only; each schemaPath string is dead weight in the bundle.
    code.replace(/^"use strict";/, "").replace(/schemaPath:\s*"(?:[^"\\]|\\.)*",/g, ""),
    "",
    `export const validators: OperationValidators = ${entry};`,
    "",
  ].join("\n");
}

/** `name`, or `name2`, `name3`… when two operations' names make the same identifier. */
function uniqueName(name: string, taken: Set<string>): string {
  let unique = name;
  for (let n = 2; taken.has(unique.toLowerCase()); n++) unique = `${name}${n}`;
  taken.add(unique.toLowerCase());
  return unique;
}

/** `unicode: false` is deprecated but still honoured, and it is what keeps `ucs2length` out: skip that notice. */
function warnUnlessUnicodeNotice(...args: unknown[]): void {
  if (!String(args[0]).includes("option unicode")) console.warn(...args);
}

/**
 * One operation's `{ params, body, ... }` entry; registers the schemas it needs under their export names, in
 * `exports` (the operation's module). A schema identical to one already registered, by this or an earlier
 * operation, reuses its validator: GET, PATCH and DELETE of one path item usually take the same parameters (at
 * 500 operations, half the validators and of Ajv's compile time; each module still carries its own copy of the code).
 */
function tableEntry(
  ajv: Ajv2020,
  operation: OperationSchemas,
  components: Map<string, JsonSchema>,
  exports: Map<string, string>,
  shared: Map<string, [exportName: string, id: string]>,
): string {
  const base = identifier(operation.name);
  const validatorFor = (schema: JsonSchema, name: string): string => {
    const key = JSON.stringify(schema);
    const known = shared.get(key);
    if (known) {
      exports.set(...known);
      return known[0];
    }
    const exportName = componentValidator(schema, components, exports) ?? register(ajv, exports, name, schema);
    shared.set(key, [exportName, exports.get(exportName)!]);
    return exportName;
  };
  const params = validatorFor(operation.params, `${base}Params`);
  const bodyByMediaType = new Map<string, string>();
  for (const [mediaType, schema] of operation.body) {
    const distinctSoFar = new Set(bodyByMediaType.values()).size;
    bodyByMediaType.set(mediaType, validatorFor(schema, `${base}Body${distinctSoFar === 0 ? "" : distinctSoFar + 1}`));
  }
  const fields = [`params: ${params}`, `bodyRequired: ${operation.bodyRequired}`];
  if (operation.mediaTypes.length > 0) fields.push(`mediaTypes: ${JSON.stringify(operation.mediaTypes)}`);
  const distinct = new Set(bodyByMediaType.values());
  if (distinct.size > 0) {
    fields.push(`body: ${bodyByMediaType.get("application/json") ?? [...distinct][0]}`);
  }
  if (distinct.size > 1) {
    const entries = [...bodyByMediaType].map(([type, name]) => `${JSON.stringify(type)}: ${name}`);
    fields.push(`bodyByMediaType: { ${entries.join(", ")} }`);
  }
  return `{ ${fields.join(", ")} }`;
}

/** A body that is just `$ref` to a component uses the component's own validator (`validatePhone`). */
function componentValidator(
  schema: JsonSchema,
  components: Map<string, JsonSchema>,
  exports: Map<string, string>,
): string | undefined {
  if (Object.keys(schema).length !== 1 || typeof schema.$ref !== "string") return undefined;
  const name = [...components.keys()].find((component) => componentId(component) === schema.$ref);
  if (name === undefined) return undefined;
  const exportName = `validate${identifier(name, true)}`;
  exports.set(exportName, componentId(name));
  return exportName;
}

function register(ajv: Ajv2020, exports: Map<string, string>, name: string, schema: JsonSchema): string {
  const exportName = `validate${identifier(name, true)}`;
  const $id = `urn:caliber:request:${exportName}`;
  ajv.addSchema({ $id, ...schema });
  exports.set(exportName, $id);
  return exportName;
}

/** `patch /a/{b}` → `patchAB`; with `capital`, the first letter upper-cased too. */
function identifier(text: string, capital = false): string {
  const words = text.split(/[^A-Za-z0-9]+/).filter(Boolean);
  const joined = words.map((word, index) => (index === 0 ? word : word[0]!.toUpperCase() + word.slice(1))).join("");
  const safe = /^[0-9]/.test(joined) ? `_${joined}` : joined;
  return capital ? safe[0]!.toUpperCase() + safe.slice(1) : safe;
}

function groupByPath(entries: [string, string][]): [string, string[]][] {
  const byPath = new Map<string, string[]>();
  for (const [path, entry] of entries) byPath.set(path, [...(byPath.get(path) ?? []), entry]);
  return [...byPath];
}
