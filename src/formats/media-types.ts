/** `application/json`, `text/json`, `application/problem+json`, with or without parameters (`; charset=utf-8`). */
export function isJsonMediaType(contentType: string): boolean {
  return /^(?:application|text)\/(?:[\w.-]+\+)?json\s*(?:;|$)/i.test(contentType.trim());
}

/** The media type alone, lower-cased: `Application/JSON; charset=utf-8` → `application/json`. */
export function mediaTypeOf(contentType: string): string {
  return contentType.split(";")[0]!.trim().toLowerCase();
}
