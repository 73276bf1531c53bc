// What Node's fetch cannot show: a browser's answer to `redirect: "manual"` is an opaqueredirect (status 0, no
// headers), so where it points is unknown. The wrapper is given a fetch that answers as a browser does.
import { describe, expect, it } from "vitest";
import { PassThroughRequest } from "../../src/transport/pass-through-request.ts";
import { RedirectRefused, withSameOriginRedirects } from "../../src/transport/same-origin-redirects.ts";

/** What a browser's fetch gives for a redirect with `redirect: "manual"`. */
function opaqueRedirect(): Response {
  const response = new Response(null, { status: 200 });
  Object.defineProperties(response, { type: { value: "opaqueredirect" }, status: { value: 0 } });
  return response;
}

describe("withSameOriginRedirects", () => {
  it("refuses an opaqueredirect: nothing more is sent, and the request went out with redirect: manual", async () => {
    const sent: RequestInit[] = [];
    const fetch = withSameOriginRedirects(async (request) => {
      sent.push((request as PassThroughRequest).init);
      return opaqueRedirect();
    });
    const request = new PassThroughRequest("https://api.example/x", { method: "PATCH", body: "{}" });
    const thrown = await fetch(request).catch((error: unknown) => error);
    expect(thrown).toBeInstanceOf(RedirectRefused);
    expect(thrown).toMatchObject({
      status: 0,
      targetOrigin: undefined,
      reason: "the browser hides where it points (an opaqueredirect)",
    });
    expect(sent).toEqual([{ method: "PATCH", body: "{}", redirect: "manual" }]);
    // The caller's init is left as it was.
    expect(request.init).toEqual({ method: "PATCH", body: "{}" });
  });

  it("a 303 after a HEAD stays a HEAD", async () => {
    const methods: string[] = [];
    const fetch = withSameOriginRedirects(async (request) => {
      methods.push(request.method);
      return methods.length === 1
        ? new Response(null, { status: 303, headers: { Location: "/next" } })
        : new Response(null, { status: 200 });
    });
    await fetch(new PassThroughRequest("https://api.example/x", { method: "HEAD" }));
    expect(methods).toEqual(["HEAD", "HEAD"]);
  });
});
