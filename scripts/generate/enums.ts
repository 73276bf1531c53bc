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

/** A runtime const and a type of the same name per enum, so `ObjectTypes.Division` works in JS and TS. */
export function generateEnums(spec: OpenApiDocument): string {
  const blocks = [...findNamedEnums(spec)].map(([enumName, members]) => {
    const entries = members.map((m) => `  ${m.name}: ${JSON.stringify(m.value)},`).join("\n");
    return [
      `export const ${enumName} = {\n${entries}\n} as const;`,
      `export type ${enumName} = (typeof ${enumName})[keyof typeof ${enumName}];`,
    ].join("\n");
  });
  return blocks.join("\n\n") + "\n";
}
