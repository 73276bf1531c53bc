/**
 * The Content-Type checks of the request checks (src/validation/request-issues.ts). Kept apart from media-types.ts,
 * with their own copy of its one-line mediaTypeOf, so that the request checks' chunk imports nothing of the
 * client's entry: esbuild would otherwise move media-types.ts into a chunk of its own, which costs 255 B gzip up
 * front (measured with `npm run bench -- --only bundle`).
 */

/** The media type alone, lower-cased: `Application/JSON; charset=utf-8` → `application/json` (as media-types.ts). */
export function mediaTypeOf(contentType: string): string {
  return contentType.split(";")[0]!.trim().toLowerCase();
}

/** The `charset` parameter of a Content-Type, lower-cased and unquoted: `text/xml; Charset="UTF-8"` → `utf-8`. */
export function charsetOf(contentType: string): string | undefined {
  if (!contentType.includes(";")) return undefined;
  const match = /;\s*charset\s*=\s*(?:"([^"]*)"|([^;\s]*))/i.exec(contentType);
  return match ? (match[1] ?? match[2])!.toLowerCase() : undefined;
}

/** True when the media type, parameters and letter case aside, is one of `accepted` (or a `*\/*` / `type/*` range there). */
export function isAcceptedMediaType(contentType: string, accepted: readonly string[]): boolean {
  // The usual case, the documented type as it is, without parsing.
  if (accepted.includes(contentType)) return true;
  const type = mediaTypeOf(contentType);
  return accepted.some((range) => {
    const wanted = mediaTypeOf(range);
    return wanted === type || wanted === "*/*" || (wanted.endsWith("/*") && type.startsWith(wanted.slice(0, -1)));
  });
}
