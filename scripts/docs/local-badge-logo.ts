/**
 * Redoc 3 (in @redocly/cli 2.x) always renders an "API docs by Redocly" badge in the sidebar, and after hydration
 * loads its logo from cdn.redoc.ly. No Redoc option or build-docs template variable turns that off: the URLs are
 * string literals in the inlined Redoc bundle. This swaps them for an inline SVG wordmark, so the badge (and its
 * link to redocly.com, which needs a click) stays, but opening the page makes no request to any host.
 */
const cdnLogoUrls = ["https://cdn.redoc.ly/redoc/logo-mini-full.svg", "https://cdn.redoc.ly/redoc/logo-mini.svg"];

const wordmarkSvg =
  '<svg xmlns="http://www.w3.org/2000/svg" width="64" height="16" viewBox="0 0 64 16">' +
  '<text x="0" y="13" font-family="sans-serif" font-size="13" font-weight="bold" fill="#0044d4">Redocly</text></svg>';

/** A data: URI that is safe inside the bundle's JS string literals (no quotes, backticks or `${`). */
export const localBadgeLogo = `data:image/svg+xml,${encodeURIComponent(wordmarkSvg)}`;

/** Replaces each CDN logo URL (each must occur exactly once) with the inline wordmark. */
export function inlineBadgeLogo(html: string): string {
  let result = html;
  for (const url of cdnLogoUrls) {
    const count = result.split(url).length - 1;
    if (count !== 1) {
      throw new Error(
        `expected the Redoc bundle to name ${url} exactly once, found ${count}: Redoc changed how it loads its ` +
          "badge logo; update scripts/docs/local-badge-logo.ts (test/docs.browser.test.ts shows what the page requests)",
      );
    }
    result = result.replace(url, localBadgeLogo);
  }
  return result;
}
