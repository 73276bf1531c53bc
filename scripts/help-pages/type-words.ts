/**
 * The words ASP.NET Web API's HelpPage writes in a "Type" column (ModelDescriptionGenerator's
 * DefaultTypeDocumentation and the ModelDescriptionLink template), and the JSON Schema each stands for in this
 * spec's conventions. The one table both the draft and the check read.
 */
export type JsonSchema = Record<string, unknown>;

export type TypeRef =
  | { kind: "simple"; word: SimpleWord }
  | { kind: "collection"; of: TypeRef }
  | { kind: "dictionary"; key: TypeRef; value: TypeRef }
  | { kind: "object" }
  | { kind: "model"; name: string };

/**
 * Each simple word → its schema. A word may stand for several .NET types ("integer" for Int16, Int32 and Int64),
 * so a schema claims only what every one of them shares: no integer width. `format` names the kind where the
 * OpenAPI format registry has a name for exactly that kind (uint8, int8, char, uuid, uri-reference); the
 * validators assert only the formats the client checks. "time interval" is a .NET TimeSpan, which JSON.NET writes
 * as `d.hh:mm:ss` and DataContract XML as an ISO 8601 duration, so it is no registry `duration`: `time-span`.
 */
export const simpleWords = {
  integer: { type: "integer" },
  "unsigned integer": { type: "integer", minimum: 0 },
  byte: { type: "integer", format: "uint8", minimum: 0, maximum: 255 },
  "signed byte": { type: "integer", format: "int8", minimum: -128, maximum: 127 },
  character: { type: "string", format: "char", minLength: 1, maxLength: 1 },
  "decimal number": { type: "number" },
  string: { type: "string" },
  "globally unique identifier": { type: "string", format: "uuid" },
  "time interval": { type: "string", format: "time-span" },
  date: { type: "string", format: "date-time" },
  boolean: { type: "boolean" },
  URI: { type: "string", format: "uri-reference" },
} as const satisfies Record<string, JsonSchema>;

export type SimpleWord = keyof typeof simpleWords;

/** Why a word's schema says no more: the note a drafted description carries for it. */
export const wordNotes: Partial<Record<SimpleWord, string>> = {
  integer: 'Its width is not documented (the help page writes "integer" for Int16, Int32 and Int64 alike).',
  "unsigned integer":
    'Its width is not documented (the help page writes "unsigned integer" for UInt16, UInt32 and UInt64 alike).',
  "decimal number":
    'Single, Double or Decimal: the help page writes "decimal number" for all three, so precision is not documented.',
  date: 'A DateTime or DateTimeOffset: the help page writes "date" for both.',
  "time interval": "A .NET TimeSpan.",
};

const modelName = /^[A-Za-z_][A-Za-z0-9_]*$/;
const responseWrappers = new Set(["HttpResponseMessage", "IHttpActionResult"]);

/** The response types whose body the page cannot describe: the action builds the response itself. */
export function isUndocumentedResponse(word: string): boolean {
  return responseWrappers.has(word);
}

/** Reads a "Type" cell; undefined when it is no word HelpPage writes. */
export function parseTypeWord(text: string): TypeRef | undefined {
  const word = text.trim();
  if (Object.hasOwn(simpleWords, word)) return { kind: "simple", word: word as SimpleWord };
  if (word === "Object") return { kind: "object" };
  const collection = /^Collection of (.+)$/.exec(word);
  if (collection) {
    const of = parseTypeWord(collection[1]!);
    return of && { kind: "collection", of };
  }
  const dictionary = /^Dictionary of (.+?) \[key\] and (.+) \[value\]$/.exec(word);
  if (dictionary) {
    const key = parseTypeWord(dictionary[1]!);
    const value = parseTypeWord(dictionary[2]!);
    return key && value && { kind: "dictionary", key, value };
  }
  if (modelName.test(word) && !/^[a-z]/.test(word)) return { kind: "model", name: word };
  return undefined;
}

/** The type in the page's own words, for messages. */
export function typeWord(type: TypeRef): string {
  switch (type.kind) {
    case "simple":
      return type.word;
    case "object":
      return "Object";
    case "model":
      return type.name;
    case "collection":
      return `Collection of ${typeWord(type.of)}`;
    case "dictionary":
      return `Dictionary of ${typeWord(type.key)} [key] and ${typeWord(type.value)} [value]`;
  }
}

/** The models a type names (a collection's items, a dictionary's values), outermost first. */
export function modelsIn(type: TypeRef): string[] {
  if (type.kind === "model") return [type.name];
  if (type.kind === "collection") return modelsIn(type.of);
  if (type.kind === "dictionary") return [...modelsIn(type.key), ...modelsIn(type.value)];
  return [];
}

/**
 * The schema of a type: a model is a `$ref` to its component; a dictionary a JSON object of values (JSON object
 * keys are strings, so its key type is said in the description where it is not string).
 */
export function schemaOf(type: TypeRef): JsonSchema {
  switch (type.kind) {
    case "simple":
      return { ...simpleWords[type.word] };
    case "object":
      return { description: 'Any value ("Object"): the help page does not document its shape.' };
    case "model":
      return { $ref: `#/components/schemas/${type.name}` };
    case "collection":
      return { type: "array", items: schemaOf(type.of) };
    case "dictionary":
      return {
        type: "object",
        additionalProperties: schemaOf(type.value),
        ...(type.key.kind === "simple" && type.key.word === "string"
          ? {}
          : { description: `Keys are ${typeWord(type.key)} values, written as strings.` }),
      };
  }
}

/**
 * The spec's schema in the page's words, or undefined when no word fits. Nullability is no part of it: the page
 * writes a type's name whether or not it can be null. Keywords an annotation may add (ranges, lengths) are not
 * read here, except where a word implies them.
 */
export function wordOfSchema(schema: JsonSchema, resolve: (ref: string) => JsonSchema | undefined): string | undefined {
  const stripped = withoutNull(schema);
  if (typeof stripped.$ref === "string") return stripped.$ref.split("/").pop();
  const type = stripped.type;
  if (type === undefined && stripped.items === undefined && stripped.properties === undefined) return "Object";
  if (type === "array") {
    const items = stripped.items as JsonSchema | undefined;
    const inner = items && wordOfSchema(items, resolve);
    return inner && `Collection of ${inner}`;
  }
  if (type === "object" && typeof stripped.additionalProperties === "object" && !stripped.properties) {
    const inner = wordOfSchema(stripped.additionalProperties as JsonSchema, resolve);
    return inner && `Dictionary of string [key] and ${inner} [value]`;
  }
  for (const [word, wordSchema] of Object.entries(simpleWords) as [SimpleWord, JsonSchema][]) {
    if (wordSchema.type !== type || wordSchema.format !== stripped.format) continue;
    // "unsigned integer" differs from "integer" only by its minimum.
    if (word === "integer" && stripped.minimum === 0 && stripped.format === undefined) continue;
    if (word === "unsigned integer" && stripped.minimum !== 0) continue;
    return word;
  }
  return undefined;
}

/** The schema without the `null` a nullable form adds (`type: [string, "null"]`, or `anyOf`/`oneOf` with null). */
export function withoutNull(schema: JsonSchema): JsonSchema {
  if (Array.isArray(schema.type)) {
    const types = (schema.type as string[]).filter((t) => t !== "null");
    return { ...schema, type: types.length === 1 ? types[0] : types };
  }
  for (const key of ["anyOf", "oneOf"] as const) {
    const options = schema[key];
    if (!Array.isArray(options)) continue;
    const rest = (options as JsonSchema[]).filter((option) => option.type !== "null");
    if (rest.length === 1 && rest.length < options.length) {
      const others = { ...schema };
      delete others[key];
      return { ...others, ...rest[0] };
    }
  }
  return schema;
}

/** A short description of a schema no page word fits, for messages. */
export function describeSchema(schema: JsonSchema): string {
  const stripped = withoutNull(schema);
  const parts = [stripped.type === undefined ? "no type" : `type ${JSON.stringify(stripped.type)}`];
  if (stripped.format !== undefined) parts.push(`format ${String(stripped.format)}`);
  return parts.join(", ");
}
