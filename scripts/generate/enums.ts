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

/** True when every member is a number: such an enum becomes a TypeScript `enum`. */
export function isNumeric(members: EnumMember[]): boolean {
  return members.every((m) => typeof m.value === "number" && Number.isFinite(m.value));
}

/** Every component schema's name in the spec → the identifier generated code uses for it (shared by all outputs). */
export function componentIdentifiers(spec: OpenApiDocument): { identifiers: Map<string, string>; skipped: string[] } {
  const { named, skipped } = assignIdentifiers(Object.entries(spec.components?.schemas ?? {}));
  return { identifiers: new Map(named.map((item) => [item.specName, item.identifier])), skipped };
}

/**
 * A runtime value and a type of the same name per enum, so `ObjectTypes.Division` works in JS and TS.
 *
 * A number enum (a .NET enum) is a TypeScript `enum`: its type keeps its name wherever it is used, so an editor
 * shows a field of it as `ObjectTypes` (hover, errors), where a union of literals shows as `0`; a number that is
 * no member (`3`) or a member's name (`"Division"`) is a compile error. generated/openapi.ts refers to it
 * (types.ts, namedEnumTypes). Other enums (strings: TypeScript's string enums would refuse the plain strings) are
 * a const object and the union of its values.
 */
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
    const key = (m: EnumMember) => (isIdentifier(m.name) ? m.name : JSON.stringify(m.name));
    const renamed = enumName === schemaName ? "" : `/** components.schemas[${JSON.stringify(schemaName)}] */\n`;
    if (isNumeric(members)) {
      const entries = members.map((m) => `  ${key(m)} = ${String(m.value)},`).join("\n");
      blocks.push(`${renamed}export enum ${enumName} {\n${entries}\n}`);
      continue;
    }
    const entries = members.map((m) => `  ${key(m)}: ${JSON.stringify(m.value)},`).join("\n");
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
