import { annotationKeywords } from "./annotations.ts";
import type { EnumMember, Field } from "./parse-page.ts";
import { schemaOf, typeWord, wordNotes, type JsonSchema } from "./type-words.ts";

/** Each drafted field schema → the page's words behind each keyword it has, for the check's messages. */
export const pageWords = new WeakMap<JsonSchema, Record<string, string>>();

/** A field's schema: its type word's schema, its annotations as keywords, and what the page says of it. */
export function fieldSchema(field: Field): JsonSchema {
  const base = schemaOf(field.type);
  let schema: JsonSchema = { ...base };
  const words: Record<string, string> = Object.fromEntries(Object.keys(base).map((k) => [k, `"${field.typeText}"`]));
  for (const { annotation, text } of field.annotations) {
    const keywords = annotationKeywords(annotation, base);
    schema = { ...schema, ...keywords };
    for (const keyword of Object.keys(keywords)) words[keyword] = `"${text}"`;
  }
  const note = field.type.kind === "simple" ? wordNotes[field.type.word] : undefined;
  const description = [field.description, note].filter(Boolean).join(" ");
  // The spec's enums and objects carry their own description, not a sibling of their `$ref`.
  if (description !== "" && (base.$ref === undefined || field.description)) schema.description = description;
  pageWords.set(schema, words);
  return schema;
}

export function isRequired(field: Field): boolean {
  return field.annotations.some((a) => a.annotation.kind === "required");
}

/** A complex type's component: its members in the page's order, closed, with its DataContract name. */
export function complexSchema(
  name: string,
  fields: Field[],
  documentation: string | undefined,
  where: string,
): JsonSchema {
  const required = fields.filter(isRequired).map((f) => f.name);
  const lines = [
    documentation ?? `\`${name}\`, as ${where} lists it.`,
    "",
    required.length === 0
      ? "The help page marks no field as required."
      : `The help page marks ${required.map((r) => `\`${r}\``).join(", ")} as required.`,
    "In XML it is written as .NET's DataContract serializer reads it: members in alphabetical order, enums by member name.",
  ];
  return {
    type: "object",
    description: lines.join("\n"),
    additionalProperties: false,
    xml: { name },
    ...(required.length > 0 ? { required } : {}),
    properties: Object.fromEntries(fields.map((f) => [f.name, fieldSchema(f)])),
  };
}

export interface DraftMember {
  value: number;
  name: string;
  description?: string;
}

/** An enum's component: integer `enum` with `x-enum-varnames`, and whether the members are all of them. */
export function enumSchema(
  name: string,
  members: DraftMember[],
  complete: boolean,
  documentation?: string,
): JsonSchema {
  const sorted = [...members].sort((a, b) => a.value - b.value);
  const known = sorted.map((m) => `\`${m.value}\` = \`${m.name}\``).join(", ");
  const description = complete
    ? [
        documentation ?? `\`${name}\` (a .NET enum, sent as its number in JSON and form bodies and by name in XML).`,
        "",
        `**Members:** ${known}, as the enum's model page lists them.`,
      ]
    : [
        documentation ?? `\`${name}\` (a .NET enum, sent as its number in JSON and form bodies and by name in XML).`,
        "",
        `**Known members:** ${known}, the members the help page's samples show.`,
        "",
        "**Unknown members:** the server's enum may have more members, but the page does not show them. This",
        "description lists only what is documented, and the enum is closed: the client refuses any other number",
        "before sending. Adding a member here is a compatible change (a minor version); saving the enum's model page",
        "(`Help/ResourceModel?modelName=" +
          name +
          "`) in spec/help-pages/ and running `npm run spec:draft` adds them all.",
      ];
  return {
    type: "integer",
    description: description.join("\n"),
    enum: sorted.map((m) => m.value),
    "x-enum-varnames": sorted.map((m) => m.name),
    "x-enum-descriptions": sorted.map((m) => memberDescription(m, complete)),
  };
}

export function memberDescription(member: DraftMember, complete: boolean): string {
  if (member.description) return member.description;
  return complete ? member.name : `${member.name} (shown in the help page's samples).`;
}

export function membersOfModelPage(members: EnumMember[]): DraftMember[] {
  return members.map((m) => ({
    value: m.value,
    name: m.name,
    ...(m.description ? { description: m.description } : {}),
  }));
}

/** The name a drafted example is filed under: `Phone` → `PhoneJsonSample`, a collection → `CollectionOfPhone…`. */
export function exampleBaseName(typeText: string): string {
  return typeText
    .replace(/\[(key|value)\]/g, "")
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((part) => part[0]!.toUpperCase() + part.slice(1))
    .join("");
}

export { typeWord };
