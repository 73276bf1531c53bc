/** `application/json`, `text/json`, `application/problem+json`, with or without parameters (`; charset=utf-8`). */
export function isJsonMediaType(contentType: string): boolean {
  return /^(?:application|text)\/(?:[\w.-]+\+)?json\s*(?:;|$)/i.test(contentType.trim());
}

/** The media type alone, lower-cased: `Application/JSON; charset=utf-8` → `application/json`. */
export function mediaTypeOf(contentType: string): string {
  return contentType.split(";")[0]!.trim().toLowerCase();
}

/** The body formats the CaliberAPI reads, as its help pages name them. */
export type BodyFormat = "json" | "xml" | "form";

/**
 * Which body format a Content-Type asks for: `application/json`, `text/json` and `+json` are JSON;
 * `application/xml`, `text/xml` and `+xml` are XML; `application/x-www-form-urlencoded` is form. Parameters
 * (`; charset=utf-8`) are ignored; any other type is `undefined`.
 */
export function bodyFormatOf(contentType: string): BodyFormat | undefined {
  const type = mediaTypeOf(contentType);
  if (isJsonMediaType(type)) return "json";
  if (type === "application/xml" || type === "text/xml" || type.endsWith("+xml")) return "xml";
  if (type === "application/x-www-form-urlencoded") return "form";
  return undefined;
}
