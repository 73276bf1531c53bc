/** The body formats the CaliberAPI reads, as named by its help pages. */
export type BodyFormat = "json" | "xml" | "form";

/**
 * Which body format a Content-Type asks for: `application/json` and `text/json` (and `+json`) are JSON,
 * `application/xml` and `text/xml` (and `+xml`) are XML, `application/x-www-form-urlencoded` is form.
 * Parameters such as `; charset=utf-8` are ignored; anything else is `undefined`.
 */
export function bodyFormatOf(contentType: string | null | undefined): BodyFormat | undefined {
  const essence = (contentType ?? "").split(";", 1)[0]!.trim().toLowerCase();
  if (essence === "application/json" || essence === "text/json" || essence.endsWith("+json")) return "json";
  if (essence === "application/xml" || essence === "text/xml" || essence.endsWith("+xml")) return "xml";
  if (essence === "application/x-www-form-urlencoded") return "form";
  return undefined;
}
