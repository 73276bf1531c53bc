// The docs build swaps Redoc's CDN badge logo for an inline one, and stops when Redoc changes how it loads it.
import { describe, expect, it } from "vitest";
import { inlineBadgeLogo, localBadgeLogo } from "../../scripts/docs/local-badge-logo.ts";

const bundle =
  'src:e?"https://cdn.redoc.ly/redoc/logo-mini-full.svg":"https://cdn.redoc.ly/redoc/logo-mini.svg"}):null';

describe("inlineBadgeLogo", () => {
  it("replaces both CDN logo URLs with a data: URI that is safe inside a JS string", () => {
    const result = inlineBadgeLogo(bundle);
    expect(result).not.toMatch(/cdn\.redoc\.ly/);
    expect(result.split(localBadgeLogo)).toHaveLength(3);
    expect(localBadgeLogo).toMatch(/^data:image\/svg\+xml,[^"'`$\\]+$/);
  });

  it("fails, naming the URL, when the bundle no longer holds a logo URL exactly once", () => {
    expect(() => inlineBadgeLogo("no logo here")).toThrow(/logo-mini-full\.svg exactly once, found 0/);
    expect(() => inlineBadgeLogo(bundle + bundle)).toThrow(/exactly once, found 2/);
  });
});
