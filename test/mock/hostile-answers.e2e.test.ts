// The mock's answers are what it can send: an answer with a header node:http cannot send is refused when it is
// queued (not at the next API call, as a 500); an XML entity XML does not define is a 400 naming it (never a
// lookup through Object.prototype); and a problem lists at most 20 issues, however many the body has.
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { startMockServer } from "../../src/mock/index.ts";

const mock = await startMockServer({ controlApi: true });
afterAll(() => mock.close());
beforeEach(() => mock.reset());

const origin = new URL(mock.url).origin;
const phoneUrl = `${mock.url}/api/v2/clientcontact/7/phone`;
const patch = (body: string, contentType = "application/json") =>
  fetch(phoneUrl, { method: "PATCH", headers: { "content-type": contentType }, body });
const xml = (number: string) =>
  `<Phone xmlns="http://schemas.datacontract.org/2004/07/CaliberAPI"><Number>${number}</Number></Phone>`;

describe("answers with headers node:http cannot send", () => {
  it("are refused by the control API with a 400 naming the header; the next API call gets the mock's 200", async () => {
    const queued = await fetch(`${origin}/__mock/answers`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ status: 503, headers: { "X-Id": "a\u0001b" } }),
    });
    expect(queued.status).toBe(400);
    expect((await queued.json()).detail).toBe("answer.headers.X-Id holds U+0001, which a header value cannot carry.");
    const next = await patch("{}");
    expect(next.status).toBe(200);
  });

  it("make answerNext throw a MockAnswerError naming the header, and queue nothing", async () => {
    let thrown: unknown;
    try {
      mock.answerNext({ status: 503, headers: { "X-Name": "café €" } });
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(TypeError);
    expect(thrown).toMatchObject({
      name: "MockAnswerError",
      message: "answerNext: answer.headers.X-Name holds U+20AC, which a header value cannot carry",
    });
    expect((await patch("{}")).status).toBe(200);
  });

  it("are sent as queued when they are Latin-1 and tab", async () => {
    mock.answerNext({ status: 503, headers: { "X-Name": "caf\u00e9\tau lait" } });
    const answer = await patch("{}");
    expect(answer.status).toBe(503);
    // fetch reads header bytes as Latin-1.
    expect(answer.headers.get("x-name")).toBe("caf\u00e9\tau lait");
  });
});

describe("XML entity references", () => {
  it.each(["&constructor;", "&toString;", "&__proto__;", "&hasOwnProperty;", "&nbsp;"])(
    "refuses %s with a 400 naming it, and stores nothing",
    async (entity) => {
      const answer = await patch(xml(`1${entity}2`), "application/xml");
      expect(answer.status).toBe(400);
      expect((await answer.json()).issues).toEqual([
        { path: "body.Number", message: `holds ${entity}, an entity reference XML does not define` },
      ]);
      expect(mock.requests.at(-1)).not.toHaveProperty("body.Number");
      const stored = await patch("{}");
      expect(await stored.json()).toEqual({});
    },
  );

  it("names the first of several undefined references", async () => {
    const answer = await patch(xml("&amp;&bogus;&other;"), "text/xml");
    expect((await answer.json()).issues[0].message).toBe("holds &bogus;, an entity reference XML does not define");
  });

  it("decodes the five predefined entities and character references", async () => {
    const answer = await patch(xml("&lt;&gt;&amp;&quot;&apos;&#65;&#x42;"), "application/xml");
    expect([answer.status, await answer.json()]).toEqual([200, { Number: `<>&"'AB` }]);
  });
});

describe("a problem for a body with very many issues", () => {
  it("lists the first 20 and counts the rest: 100,000 unknown form fields get a small answer", async () => {
    const form = Array.from({ length: 100_000 }, (_, index) => `F${index}=1`).join("&");
    const answer = await patch(form, "application/x-www-form-urlencoded");
    const text = await answer.text();
    expect(answer.status).toBe(400);
    expect(text.length).toBeLessThan(8 * 1024); // was 11.2 MB
    const problem = JSON.parse(text);
    expect(problem.issues).toHaveLength(20);
    expect(problem.issues[0]).toEqual({ path: "body.F0", message: expect.any(String) });
    expect(problem.issues[19].path).toBe("body.F19");
    expect(problem.moreIssues).toBe(99_980);
    expect(problem.detail).toMatch(
      /^The request does not match the spec: body\.F0 .*; body\.F19 [^;]*; and 99980 more\.$/,
    );
  });

  it("lists them all, with no count, when there are 20 or fewer", async () => {
    const form = Array.from({ length: 20 }, (_, index) => `F${index}=1`).join("&");
    const problem = await (await patch(form, "application/x-www-form-urlencoded")).json();
    expect(problem.issues).toHaveLength(20);
    expect(problem).not.toHaveProperty("moreIssues");
    expect(problem.detail).not.toContain("more");
  });
});
