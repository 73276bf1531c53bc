/**
 * `baseUrl` as given to createCaliberClient, refused early and clearly when it cannot be right: not http(s),
 * or with credentials in it (they would leak into logs, and fetch refuses them anyway). The message never
 * repeats the URL, since it may hold a password.
 */
export function checkBaseUrl(baseUrl: unknown): string {
  const fail = (why: string): never => {
    throw new TypeError(`createCaliberClient: baseUrl ${why}`);
  };
  if (typeof baseUrl !== "string") return fail("must be a string such as https://host/CAPI2_Vision");
  let url: URL;
  try {
    url = new URL(baseUrl);
  } catch {
    return fail("is not an absolute URL; pass one such as https://host/CAPI2_Vision");
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") {
    fail(`must use http or https, not ${url.protocol.slice(0, -1)}`);
  }
  if (url.username !== "" || url.password !== "") {
    fail("must not contain a user name or password; send credentials in the headers option instead");
  }
  return baseUrl;
}
