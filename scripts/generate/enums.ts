import { assignIdentifiers, isIdentifier } from "./identifiers.ts";
import type { OpenApiDocument } from "./spec.ts";

export interface EnumMember {
  name: string;
  value: number | string;
}

/** Every component schema with `enum` and `x-enum-varnames`, as name → members. */
export function findNamedEnums(spec: OpenApiDocument): Map<string, EnumMember[]> {
  const enums = new Map<string, EnumMember[]>();
  for (const [schemaName, schema] of Object.entries(spec.components?.schemas ?? {})) {
    const values = schema.enum as (number | string)[] | undefined;
    const names = schema["x-enum-varnames"] as string[] | undefined;
    if (!values || !names) continue;
    if (names.length !== values.length) {
      throw new Error(
        `spec: components.schemas.${schemaName} has ${values.length} enum values but ${names.length} x-enum-varnames`,
      );
    }
    enums.set(
      schemaName,
      values.map((value, index) => ({ name: names[index]!, value })),
    );
  }
  return enums;
}

/** Every component schema's name in the spec → the identifier generated code uses for it (shared by all outputs). */
export function componentIdentifiers(spec: OpenApiDocument): { identifiers: Map<string, string>; skipped: string[] } {
  const { named, skipped } = assignIdentifiers(Object.entries(spec.components?.schemas ?? {}));
  return { identifiers: new Map(named.map((item) => [item.specName, item.identifier])), skipped };
}

/** A runtime const and a type of the same name per enum, so `ObjectTypes.Division` works in JS and TS. */
export function generateEnums(spec: OpenApiDocument): string {
  const { identifiers } = componentIdentifiers(spec);
  const skipped: string[] = [];
  const blocks: string[] = [];
  for (const [schemaName, members] of findNamedEnums(spec)) {
    const enumName = identifiers.get(schemaName);
    if (enumName === undefined) {
      skipped.push(schemaName);
      continue;
    }
    const entries = members
      .map((m) => `  ${isIdentifier(m.name) ? m.name : JSON.stringify(m.name)}: ${JSON.stringify(m.value)},`)
      .join("\n");
    const renamed = enumName === schemaName ? "" : `/** components.schemas[${JSON.stringify(schemaName)}] */\n`;
    blocks.push(
      [
        `${renamed}export const ${enumName} = {\n${entries}\n} as const;`,
        `export type ${enumName} = (typeof ${enumName})[keyof typeof ${enumName}];`,
      ].join("\n"),
    );
  }
  const note =
    skipped.length > 0 ? `// Enums without a usable TypeScript name, left out: ${skipped.join(", ")}\n\n` : "";
  return note + (blocks.length > 0 ? blocks.join("\n\n") : "export {};") + "\n";
}
