// What Node's fetch cannot show: a browser's answer to `redirect: "manual"` is an opaqueredirect (status 0, no
// headers), so where it points is unknown. The wrapper is given a fetch that answers as a browser does.
import { describe, expect, it, vi } from "vitest";
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

  // The redirect statuses and the body's headers are module constants: a fresh copy of the module shows them.
  it("follows 301, 302, 303, 307 and 308; a POST turned into a GET loses its body and the headers that describe it", async () => {
    vi.resetModules();
    const fresh = await import("../../src/transport/same-origin-redirects.ts");
    const { PassThroughRequest: FreshRequest } = await import("../../src/transport/pass-through-request.ts");
    const statuses = [301, 302, 303, 307, 308];
    const sent: RequestInit[] = [];
    const fetch = fresh.withSameOriginRedirects(async (request) => {
      sent.push((request as PassThroughRequest).init);
      const status = statuses[sent.length - 1];
      return status ? new Response(null, { status, headers: { Location: `/${status}` } }) : new Response("done");
    });
    const bodyHeaders = {
      "Content-Encoding": "identity",
      "Content-Language": "en",
      "Content-Location": "/x",
      "Content-Type": "text/plain",
    };
    const request = new FreshRequest("https://api.example/x", {
      method: "POST",
      body: "x",
      headers: { ...bodyHeaders, "X-Keep": "1" },
    });
    expect(await (await fetch(request)).text()).toBe("done");
    expect(sent.map((init) => init.method)).toEqual(["POST", "GET", "GET", "GET", "GET", "GET"]);
    expect(sent[1]!.body).toBeUndefined();
    const headers = new Headers(sent[1]!.headers);
    const kept = [...Object.keys(bodyHeaders), "X-Keep"].map((name) => headers.get(name));
    expect(kept).toEqual([null, null, null, null, "1"]);
  });

  it.each([307, 308])(
    "a POST redirected by a %i goes again as a POST, with its body and its headers",
    async (status) => {
      const sent: string[] = [];
      const fetch = withSameOriginRedirects(async (request) => {
        const real = request as Request;
        sent.push(`${real.method} ${real.url} ${real.headers.get("content-type")} ${await real.text()}`);
        return sent.length === 1 ? new Response(null, { status, headers: { Location: "/next" } }) : new Response();
      });
      await fetch(
        new Request("https://api.example/x", { method: "POST", body: "x", headers: { "Content-Type": "text/plain" } }),
      );
      expect(sent).toEqual(["POST https://api.example/x text/plain x", "POST https://api.example/next text/plain x"]);
    },
  );

  it("a POST turned into a GET by a 303 stays body-less after a 307 that follows", async () => {
    const sent: string[] = [];
    const fetch = withSameOriginRedirects(async (request) => {
      const real = request as Request;
      sent.push(`${real.method} ${real.url} ${real.headers.get("content-type")} ${await real.text()}`);
      const status = [303, 307][sent.length - 1];
      return status ? new Response(null, { status, headers: { Location: `/${status}` } }) : new Response("done");
    });
    const request = new Request("https://api.example/x", {
      method: "POST",
      body: "x",
      headers: { "Content-Type": "text/plain" },
    });
    expect(await (await fetch(request)).text()).toBe("done");
    expect(sent).toEqual([
      "POST https://api.example/x text/plain x",
      "GET https://api.example/303 null ",
      "GET https://api.example/307 null ",
    ]);
  });
});
