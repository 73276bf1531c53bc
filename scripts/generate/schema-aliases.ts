import { findNamedEnums } from "./enums.ts";
import type { OpenApiDocument } from "./spec.ts";

/**
 * A friendly type name per component schema (`Phone` for `components["schemas"]["Phone"]`).
 * Named enums are left out: enums.ts already exports a type of the same name beside its const.
 */
export function generateSchemaAliases(spec: OpenApiDocument): string {
  const enums = findNamedEnums(spec);
  const lines = Object.entries(spec.components?.schemas ?? {})
    .filter(([name]) => !enums.has(name))
    .map(([name, schema]) => {
      const doc = typeof schema.description === "string" ? `/** ${firstSentence(schema.description)} */\n` : "";
      return `${doc}export type ${name} = components["schemas"][${JSON.stringify(name)}];`;
    });
  return `import type { components } from "./openapi.ts";\n\n${lines.join("\n")}\n`;
}

function firstSentence(text: string): string {
  const flat = text.replace(/\s+/g, " ").trim();
  const end = flat.search(/\.(\s|$)/);
  return end === -1 ? flat : flat.slice(0, end + 1);
}
