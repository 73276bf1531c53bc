import { annotationKeywordNames } from "./annotations.ts";
import { pageWords } from "./draft-schemas.ts";
import { describeSchema, withoutNull, wordOfSchema, type JsonSchema } from "./type-words.ts";

type Resolve = (name: string) => JsonSchema | undefined;

/**
 * How the spec's schema differs from what the page says, in the page's words: the type word first (`the page says
 * string, the spec says integer`), then each annotation keyword. Descriptions, examples and nullability are facts
 * the page cannot state, so they are not compared.
 */
export function compareSchema(expected: JsonSchema, actual: JsonSchema, resolve: Resolve): string[] {
  const e = withoutNull(expected);
  const a = withoutNull(actual);
  const expectedWord = wordOfSchema(e, resolve);
  const actualWord = wordOfSchema(a, resolve);
  if (expectedWord !== actualWord)
    return [`the page says ${expectedWord}, the spec says ${actualWord ?? describeSchema(a)}`];
  if (e.$ref !== undefined) return [];
  const messages: string[] = [];
  const words = pageWords.get(expected) ?? {};
  for (const keyword of annotationKeywordNames) {
    const want = e[keyword];
    const have = a[keyword];
    if (JSON.stringify(want) === JSON.stringify(have)) continue;
    const page =
      want === undefined
        ? `no ${keyword}`
        : `${keyword} ${JSON.stringify(want)}${words[keyword] ? ` (${words[keyword]})` : ""}`;
    messages.push(
      `the page says ${page}, the spec says ${have === undefined ? `no ${keyword}` : `${keyword} ${JSON.stringify(have)}`}`,
    );
  }
  if (e.type === "array" && e.items && a.items)
    messages.push(...compareSchema(e.items as JsonSchema, a.items as JsonSchema, resolve));
  if (typeof e.additionalProperties === "object" && typeof a.additionalProperties === "object")
    messages.push(
      ...compareSchema(e.additionalProperties as JsonSchema, a.additionalProperties as JsonSchema, resolve),
    );
  return messages;
}

/** One disagreement of a component: where in it (a property, or the schema itself) and what. */
export interface ComponentDifference {
  property?: string;
  message: string;
  /** An enum member the page shows and the spec lacks: the draft adds it (a minor version), nothing conflicts. */
  mergeable?: true;
}

/** A component the page describes against the spec's: its members, their types, annotations and requiredness. */
export function compareComponent(
  expected: JsonSchema,
  actual: JsonSchema,
  complete: boolean,
  resolve: Resolve,
): ComponentDifference[] {
  const differences: ComponentDifference[] = [];
  if (Array.isArray(expected.enum)) {
    if (!Array.isArray(actual.enum))
      return [
        { message: `the page says an enum, the spec says ${wordOfSchema(actual, resolve) ?? describeSchema(actual)}` },
      ];
    const names = (expected["x-enum-varnames"] ?? []) as string[];
    const actualNames = (actual["x-enum-varnames"] ?? []) as string[];
    (expected.enum as unknown[]).forEach((value, i) => {
      const at = (actual.enum as unknown[]).indexOf(value);
      if (at === -1)
        differences.push({
          message: `the page shows member ${String(value)} (${names[i]}), the spec does not list it`,
          mergeable: true,
        });
      else if (actualNames[at] !== names[i])
        differences.push({
          message: `the page names member ${String(value)} ${names[i]}, the spec says ${actualNames[at] ?? "nothing"}`,
        });
    });
    if (complete) {
      (actual.enum as unknown[]).forEach((value, i) => {
        if (!(expected.enum as unknown[]).includes(value))
          differences.push({
            message: `the spec lists member ${String(value)} (${actualNames[i]}), the enum's model page does not`,
          });
      });
    }
    return differences;
  }
  const want = (expected.properties ?? {}) as Record<string, JsonSchema>;
  const have = (withoutNull(actual).properties ?? undefined) as Record<string, JsonSchema> | undefined;
  if (have === undefined)
    return [
      {
        message: `the page says an object with members, the spec says ${wordOfSchema(actual, resolve) ?? describeSchema(actual)}`,
      },
    ];
  const wantRequired = new Set((expected.required ?? []) as string[]);
  const haveRequired = new Set((actual.required ?? []) as string[]);
  for (const [name, schema] of Object.entries(want)) {
    const property = have[name];
    if (property === undefined) {
      differences.push({ property: name, message: "the page lists this field, the spec does not" });
      continue;
    }
    for (const message of compareSchema(schema, property, resolve)) differences.push({ property: name, message });
    if (wantRequired.has(name) !== haveRequired.has(name))
      differences.push({
        property: name,
        message: wantRequired.has(name)
          ? "the page says Required, the spec does not require it"
          : "the page does not say Required, the spec requires it",
      });
  }
  for (const name of Object.keys(have)) {
    if (!Object.hasOwn(want, name))
      differences.push({ property: name, message: "the spec has this field, the page does not" });
  }
  return differences;
}
