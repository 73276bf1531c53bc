import type { BodyModel } from "../model/body-model.ts";
import { valueFromText } from "../formats/text-values.ts";
import { blank } from "../formats/unsendable-text.ts";
import { enumValues } from "../model/value-issues.ts";
import type { ParameterInfo } from "../operation-info.ts";

/**
 * The path and query parameters of a request, typed by their models so that the client's own validators can
 * check them (`"42"` as 42). Query parameters are read as Web API's `[FromUri]` binding reads them (measured on
 * Mono: test/conformance/url-parameters.test.ts): names in any letter case; a scalar from the first value of its
 * name, where an empty or whitespace-only value binds as null, so it counts as absent; a collection from every
 * value (`ids=1&ids=2`), none at all binding as an empty list, and a blank item as null (the framework binds
 * `default(T)` there, `0` for an int: the mock refuses it rather than guess). Names the spec does not list are
 * ignored, as the framework ignores them.
 */
export function readUrlParameters(
  parameters: readonly ParameterInfo[],
  pathText: Readonly<Record<string, string>>,
  search: URLSearchParams,
): { path: Record<string, unknown>; query: Record<string, unknown> } {
  const path: Record<string, unknown> = {};
  const query: Record<string, unknown> = {};
  const byName = valuesByLowerCaseName(search);
  for (const { name, in: where, model } of parameters) {
    if (where === "path") {
      path[name] = typedText(decodedAgain(pathText[name] ?? ""), model);
      continue;
    }
    const texts = byName.get(name.toLowerCase()) ?? [];
    if (model.kind === "collection") {
      query[name] = texts.map((text) => (blank.test(text) ? null : typedText(text, model.items)));
      continue;
    }
    if (texts.length > 0 && !blank.test(texts[0]!)) query[name] = typedText(texts[0]!, model);
  }
  return { path, query };
}

/**
 * A path segment as Web API reads it: decoded a second time, `+` as a space (measured on Mono; the client refuses
 * such text in a path, so only another caller's request meets this).
 */
function decodedAgain(text: string): string {
  const spaced = text.replace(/\+/g, " ");
  try {
    return decodeURIComponent(spaced);
  } catch {
    return spaced; // a `%` that starts no escape stays as it is
  }
}

function valuesByLowerCaseName(search: URLSearchParams): Map<string, string[]> {
  const byName = new Map<string, string[]>();
  for (const [name, value] of search) {
    const key = name.toLowerCase();
    byName.set(key, [...(byName.get(key) ?? []), value]);
  }
  return byName;
}

/**
 * One URL text as its scalar kind. A .NET enum binds from its number or its member name (Enum.Parse, any letter
 * case), so a name is read as its number; an enum of strings keeps the text.
 */
function typedText(text: string, model: BodyModel): unknown {
  if (model.kind !== "enum") return valueFromText(text, model.kind);
  if (typeof enumValues(model.members)[0] !== "number") return text;
  const named = Object.entries(model.members!).find(([, name]) => name.toLowerCase() === text.toLowerCase());
  return named ? Number(named[0]) : valueFromText(text, "integer");
}
