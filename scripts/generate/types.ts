import { createRequire } from "node:module";
import type { GlobalContext, OpenAPI3 } from "openapi-typescript";
import { componentIdentifiers, findNamedEnums, isNumeric } from "./enums.ts";
import type { OpenApiDocument } from "./spec.ts";
import { httpMethods } from "../../src/http-methods.ts";

type OpenApiTypeScript = Pick<
  typeof import("openapi-typescript"),
  "astToString" | "resolveRef" | "scanDiscriminators" | "transformSchema"
>;

/**
 * Loaded on first use, through `require`: the CommonJS build, with TypeScript, loads in ~0.6 s under tsx, where
 * tsx's ESM loader hooks made `import` of the ESM build take ~2 s (they read and sniff TypeScript's 9 MB file).
 * Only the modules that hold the transform and the printer (the package exports its files): the main entry also
 * loads Redocly's core for openapiTS()'s lint and bundle, which are not used here (~0.3 s).
 */
let loaded: OpenApiTypeScript | undefined;
function openapiTypeScript(): OpenApiTypeScript {
  if (loaded) return loaded;
  const require = createRequire(import.meta.url);
  const { resolveRef, scanDiscriminators } = require("openapi-typescript/dist/lib/utils.cjs") as OpenApiTypeScript;
  const { astToString } = require("openapi-typescript/dist/lib/ts.cjs") as OpenApiTypeScript;
  const transformSchema =
    require("openapi-typescript/dist/transform/index.cjs") as OpenApiTypeScript["transformSchema"];
  return (loaded = { astToString, resolveRef, scanDiscriminators, transformSchema });
}

/**
 * `paths`, `components` and `operations`, as openapi-typescript derives them from the spec.
 *
 * The spec is the one readSpec parsed, handed straight to openapi-typescript's transform. `openapiTS()` would
 * parse the file again and run Redocly's lint (minimal ruleset) and bundle over it first: 0.9 s at 500
 * operations, for checks `redocly lint` makes anyway (`npm run check`, `npm run dev`) and a bundle that is the
 * identity on a one-file spec. What openapiTS()'s own checks would stop here is checked below.
 * test/generate-types.test.ts proves the output is byte for byte what `openapiTS()` prints.
 */
export function generateTypes(spec: OpenApiDocument): string {
  checkSpec(spec);
  const { astToString, resolveRef, scanDiscriminators, transformSchema } = openapiTypeScript();
  // openapi-typescript patches discriminator enums into the document it is given; the other generators read `spec`.
  const document = structuredClone(spec) as unknown as OpenAPI3;
  const options = { silent: true };
  const { transform, inject } = namedEnumTypes(spec);
  // openapiTS()'s defaults (openapi-typescript 7.13 dist/index.mjs), for the options this project leaves unset.
  const ctx: GlobalContext = {
    additionalProperties: false,
    alphabetize: false,
    arrayLength: false,
    defaultNonNullable: true,
    discriminators: scanDiscriminators(document, options),
    emptyObjectsUnknown: false,
    enum: false,
    enumValues: false,
    conditionalEnums: false,
    dedupeEnums: false,
    excludeDeprecated: false,
    exportType: false,
    immutable: false,
    rootTypes: false,
    rootTypesNoSchemaPrefix: false,
    rootTypesKeepCasing: false,
    injectFooter: [],
    pathParamsAsTypes: false,
    postTransform: undefined,
    propertiesRequiredByDefault: false,
    // Only openapiTS()'s Redocly step reads it; the transform does not.
    redoc: undefined as unknown as GlobalContext["redoc"],
    silent: true,
    inject,
    transform,
    transformProperty: undefined,
    makePathsEnum: false,
    generatePathParams: false,
    readWriteMarkers: false,
    resolve: ($ref) => resolveRef(document, $ref, options),
  };
  return astToString(transformSchema(document, ctx));
}

/**
 * openapiTS() options that type each number enum's component schema as its TypeScript enum in generated/enums.ts,
 * so a field of that enum shows as `ObjectTypes` in an editor's hover and in errors, not as `0`.
 * Matched by path: only the component itself is `#/components/schemas/<name>` with an `enum`.
 */
export function namedEnumTypes(spec: OpenApiDocument): Pick<GlobalContext, "transform" | "inject"> {
  const { identifiers } = componentIdentifiers(spec);
  const byPath = new Map(
    [...findNamedEnums(spec)]
      .filter(([name, members]) => identifiers.has(name) && isNumeric(members))
      .map(([name]) => name)
      .map((name) => [`#/components/schemas/${escapePointer(name)}`, identifiers.get(name)!]),
  );
  if (byPath.size === 0) return { transform: undefined, inject: undefined };
  const ts = createRequire(import.meta.url)("typescript") as typeof import("typescript");
  return {
    inject: 'import type * as enums from "./enums.ts";',
    transform: (schema, { path }) => {
      const name = path === undefined || !("enum" in schema) ? undefined : byPath.get(path);
      if (name === undefined) return undefined;
      const f = ts.factory;
      return f.createTypeReferenceNode(f.createQualifiedName(f.createIdentifier("enums"), name));
    },
  };
}

const escapePointer = (name: string) => name.replaceAll("~", "~0").replaceAll("/", "~1");

/** openapiTS()'s own refusals that skipping its Redocly step would lose: not OpenAPI 3.x, duplicate operationIds. */
function checkSpec(spec: OpenApiDocument): void {
  const { openapi, swagger } = spec as { openapi?: unknown; swagger?: unknown };
  if (swagger !== undefined) throw new Error("Unsupported Swagger version: 2.x. Use OpenAPI 3.x instead.");
  const version = Number.parseFloat(String(openapi));
  if (openapi === undefined) throw new Error("Unsupported schema format, expected `openapi: 3.x`");
  if (Number.isNaN(version) || version < 3 || version >= 4) throw new Error(`Unsupported OpenAPI version: ${openapi}`);
  const seen = new Map<string, string>();
  for (const [path, pathItem] of Object.entries(spec.paths ?? {})) {
    for (const method of httpMethods) {
      const id = (pathItem[method] as { operationId?: unknown } | undefined)?.operationId;
      if (typeof id !== "string") continue;
      const first = seen.get(id);
      if (first !== undefined) {
        throw new Error(`spec: operationId "${id}" is used twice: ${first} and ${method} ${path}`);
      }
      seen.set(id, `${method} ${path}`);
    }
  }
}
