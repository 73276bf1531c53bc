import { componentIdentifiers, findNamedEnums } from "./enums.ts";
import type { OpenApiDocument } from "./spec.ts";

/**
 * A friendly type name per component schema (`Phone` for `components["schemas"]["Phone"]`).
 * Named enums are left out: enums.ts already exports a type of the same name beside its const.
 * A schema name that is no TypeScript identifier is converted (`simple-user` → `SimpleUser`, noted in a
 * comment), or left out and listed at the top when it cannot be converted without a clash.
 */
export function generateSchemaAliases(spec: OpenApiDocument): string {
  const enums = findNamedEnums(spec);
  const { identifiers, skipped } = componentIdentifiers(spec);
  const lines = Object.entries(spec.components?.schemas ?? {})
    .filter(([name]) => !enums.has(name) && identifiers.has(name))
    .map(([name, schema]) => {
      const alias = identifiers.get(name)!;
      const notes = [
        typeof schema.description === "string" ? firstSentence(schema.description) : "",
        alias === name ? "" : `components.schemas[${JSON.stringify(name)}]`,
      ].filter(Boolean);
      const doc = notes.length > 0 ? `/** ${notes.join(" — ").replaceAll("*/", "*\\/")} */\n` : "";
      return `${doc}export type ${alias} = components["schemas"][${JSON.stringify(name)}];`;
    });
  const note =
    skipped.length > 0 ? `// Schemas without a usable TypeScript name, left out: ${skipped.join(", ")}\n` : "";
  return `import type { components } from "./openapi.ts";\n\n${note}${lines.join("\n")}\n`;
}

function firstSentence(text: string): string {
  const flat = text.replace(/\s+/g, " ").trim();
  const end = flat.search(/\.(\s|$)/);
  return end === -1 ? flat : flat.slice(0, end + 1);
}
