import { defaultBodySerializer } from "openapi-fetch";
import { isJsonMediaType } from "./media-types.ts";

// openapi-fetch passes the merged headers as a second argument; its types leave that out.
const openapiFetchDefault = defaultBodySerializer as (body: unknown, headers?: Headers) => string | FormData;

/**
 * The one place a request body is serialized, chosen by the request's Content-Type; used as openapi-fetch's
 * `bodySerializer`, so it runs after validation. JSON media types (and no Content-Type: JSON is the default) are
 * written with JSON.stringify. Other formats are left to openapi-fetch's default for now; their serializers
 * belong here.
 */
export function serializeBody(body: unknown, headers?: Headers): string | FormData {
  const contentType = headers?.get("content-type");
  if (contentType == null || isJsonMediaType(contentType)) return JSON.stringify(body);
  return openapiFetchDefault(body, headers);
}
