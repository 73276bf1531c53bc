// What ASP.NET Web API does with requests the client never sends, shown on the real framework (test/aspnet, on
// Mono): each is why the client writes or refuses something the way it does, or a difference between the
// framework and the mock that the README lists. Requests are sent raw with fetch; the client and the mock are the
// packed package.
import { beforeAll, afterAll, describe, expect, inject, it } from "vitest";
import { monoInstallCommand, skipAspNetTests } from "../helpers/aspnet-server.ts";
import { loadPackedPackage } from "../helpers/packed-package.ts";
import type { BindingReport } from "./bound-values.ts";

const aspnetUrl = inject("aspnetUrl");
const { client: lib, mock: mockLib } = (await loadPackedPackage(inject("packedProject"))).esm;
const path = "/api/v2/clientcontact/{clientContactId}/phone";
const namespace = "http://schemas.datacontract.org/2004/07/CaliberAPI";
const xml = (members: string) => `<Phone xmlns="${namespace}">${members}</Phone>`;
const form = "application/x-www-form-urlencoded";
/** The bound body, as BindingReport writes it: each member by its .NET value. */
type Phone = Record<string, any>;

let mock: Awaited<ReturnType<typeof mockLib.startMockServer>>;
beforeAll(async () => {
  if (!aspnetUrl && !skipAspNetTests) {
    throw new Error(`no ASP.NET Web API server: Mono is missing. Install it with: ${monoInstallCommand}`);
  }
  mock = await mockLib.startMockServer();
});
afterAll(() => mock?.close());

/** Sends raw bytes to a server's PATCH and returns the status and the parsed JSON answer. */
async function sendRaw(baseUrl: string, contentType: string, body: string) {
  const response = await fetch(new URL("api/v2/clientcontact/7/phone", `${baseUrl.replace(/\/?$/, "/")}`), {
    method: "PATCH",
    headers: { "content-type": contentType },
    body,
  });
  const text = await response.text();
  return { status: response.status, json: (text.startsWith("{") ? JSON.parse(text) : text) as unknown };
}

/** What the framework bound for a raw request (test/aspnet's controller answers 200 whatever it bound). */
async function bound(contentType: string, body: string): Promise<BindingReport<Phone | null>> {
  const { status, json } = await sendRaw(aspnetUrl, contentType, body);
  expect(status).toBe(200);
  return json as BindingReport<Phone | null>;
}

/** The mock's answer to the same raw request. */
const mocked = (contentType: string, body: string) => sendRaw(mock.url, contentType, body);

/** The client's refusal of a call, with the paths it names. */
async function refusedPaths(init: object): Promise<string[]> {
  const client = lib.createCaliberClient({ baseUrl: mock.url });
  const before = mock.requests.length;
  const error = await client
    .PATCH(path, { params: { path: { clientContactId: 7 } }, ...init } as never)
    .catch((e) => e);
  if (!lib.isCaliberValidationError(error)) throw new Error(`expected a CaliberValidationError, got ${String(error)}`);
  expect(mock.requests).toHaveLength(before);
  return error.issues.map((issue) => issue.path);
}

describe.skipIf(skipAspNetTests)("ASP.NET Web API, and why the client does what it does", () => {
  describe("XML (DataContractSerializer)", () => {
    it("reads a raw CR as LF, and &#xD; as CR: the client writes CR as &#xD;", async () => {
      expect((await bound("application/xml", xml("<Number>a\r\nb\rc</Number>"))).body!.Number).toBe("a\nb\nc");
      expect((await bound("application/xml", xml("<Number>a&#xD;&#xA;b&#xD;c</Number>"))).body!.Number).toBe(
        "a\r\nb\rc",
      );
    });

    it("loses the whole Phone for a raw control character, and reads its character reference exactly", async () => {
      const raw = await bound("application/xml", xml("<AreaCode>206</AreaCode><Number>a\u0001b</Number>"));
      expect(raw.body).toBeNull();
      expect(raw.modelState.map((entry) => entry.key)).toEqual(["body"]);
      const escaped = await bound("application/xml", xml("<Number>a&#x1;&#x0;&#xD800;&#xFFFF;b</Number>"));
      expect(escaped.body!.Number).toBe("a\u0001\u0000\ud800\uffffb");
    });

    it("silently drops a member out of DataContract order; the mock refuses it", async () => {
      const body = xml("<Number>555</Number><AreaCode>206</AreaCode>");
      const framework = await bound("application/xml", body);
      expect(framework.body).toMatchObject({ Number: "555", AreaCode: null });
      expect(framework.modelState).toEqual([]);
      const atMock = await mocked("application/xml", body);
      expect(atMock.status).toBe(400);
      expect(JSON.stringify(atMock.json)).toContain("body.AreaCode is out of order");
    });

    it("silently keeps the first of a member given twice, and ignores unknown members; the mock refuses both", async () => {
      const body = xml("<Foo>1</Foo><Number>first</Number><Number>second</Number>");
      const framework = await bound("application/xml", body);
      expect(framework.body!.Number).toBe("first");
      expect(framework.modelState).toEqual([]);
      const atMock = await mocked("application/xml", body);
      expect(atMock.status).toBe(400);
      expect(JSON.stringify(atMock.json)).toMatch(/body\.Number appears more than once/);
    });

    it("refuses a lower-case t in a date (the client always writes T)", async () => {
      const framework = await bound("application/xml", xml("<DateCreated>2025-05-20t10:21:27Z</DateCreated>"));
      expect(framework.body).toBeNull();
      expect(await refusedPaths({ body: { DateCreated: "2025-05-20t10:21:27Z" } })).toEqual(["body.DateCreated"]);
    });
  });

  describe("JSON (Json.NET)", () => {
    it("reads an escaped lone surrogate as U+FFFD: the client refuses it; the mock keeps it", async () => {
      expect((await bound("application/json", '{"Number":"a\\ud800b"}')).body!.Number).toBe("a\ufffdb");
      expect(await refusedPaths({ body: { Number: "a\ud800b" } })).toEqual(["body.Number"]);
      expect(await mocked("application/json", '{"Number":"a\\ud800b"}')).toMatchObject({
        json: { Number: "a\ud800b" },
      });
    });

    it("answers 200 for what it cannot bind, with the error only in model state; the mock answers 400", async () => {
      const framework = await bound("application/json", '{"PhoneID":"abc","Number":"kept"}');
      expect(framework.body).toMatchObject({ PhoneID: 0, Number: "kept" });
      expect(framework.modelState.map((entry) => entry.key)).toEqual(["body.PhoneID"]);
      expect(await mocked("application/json", '{"PhoneID":"abc"}')).toMatchObject({ status: 400 });
    });

    it("binds member names in any letter case; the mock refuses them", async () => {
      const body = '{"number":"lc","phoneid":5}';
      expect((await bound("application/json", body)).body).toMatchObject({ Number: "lc", PhoneID: 5 });
      expect((await mocked("application/json", body)).status).toBe(400);
    });

    it("binds an enum number the spec does not list, silently; the client and the mock refuse it", async () => {
      const framework = await bound("application/json", '{"RefType":1}');
      expect(framework.body!.RefType).toEqual({ value: 1, name: "1", defined: false });
      expect(framework.modelState).toEqual([]);
      expect((await mocked("application/json", '{"RefType":1}')).status).toBe(400);
      expect(await refusedPaths({ body: { RefType: 1 } })).toEqual(["body.RefType"]);
    });

    it("rounds an 8th fraction digit, even into the next second: the client refuses it", async () => {
      const framework = await bound("application/json", '{"DateCreated":"2025-05-20T17:21:27.99999999Z"}');
      expect((framework.body!.DateCreated as { utc: string }).utc).toBe("2025-05-20T17:21:28.0000000Z");
      expect(await refusedPaths({ body: { DateCreated: "2025-05-20T17:21:27.99999999Z" } })).toEqual([
        "body.DateCreated",
      ]);
    });

    it("refuses an offset beyond ±14:00 (XML takes it): the client refuses it in every format", async () => {
      const framework = await bound("application/json", '{"DateCreated":"2025-05-20T10:21:27+14:01"}');
      expect(framework.modelState.map((entry) => entry.key)).toEqual(["body.DateCreated"]);
      expect(await refusedPaths({ body: { DateCreated: "2025-05-20T10:21:27+14:01" } })).toEqual(["body.DateCreated"]);
    });

    it("binds a date-time without an offset as exactly its wall clock, Kind Unspecified: the mock takes it", async () => {
      const framework = await bound("application/json", '{"DateCreated":"2025-05-20T10:21:27"}');
      expect(framework.body!.DateCreated).toMatchObject({ kind: "Unspecified", ticks: "638833332870000000" });
      const atMock = await mocked("application/json", '{"DateCreated":"2025-05-20T10:21:27"}');
      expect(atMock).toMatchObject({ status: 200, json: { DateCreated: "2025-05-20T10:21:27" } });
    });

    it("refuses an integer its Int32 cannot hold; the client and the mock take it (the page documents no width)", async () => {
      const framework = await bound("application/json", '{"PhoneID":2147483648,"Number":"kept"}');
      expect(framework.body).toMatchObject({ PhoneID: 0, Number: "kept" });
      expect(framework.modelState.map((entry) => entry.key)).toEqual(["body.PhoneID"]);
      const atMock = await mocked("application/json", '{"PhoneID":2147483648}');
      expect(atMock).toMatchObject({ status: 200, json: { PhoneID: 2147483648 } });
    });
  });

  describe("form (JQueryMvcFormUrlEncodedFormatter and model binding)", () => {
    it("binds an empty or whitespace-only value as null: the client refuses it; the mock keeps it", async () => {
      const framework = await bound(form, "Number=&AreaCode=%20%09%E3%80%80&Extension=%20x%20");
      expect(framework.body).toMatchObject({ Number: null, AreaCode: null, Extension: " x " });
      expect(
        await refusedPaths({ body: { Number: "", AreaCode: " \t\u3000" }, headers: { "Content-Type": form } }),
      ).toEqual(["body.Number", "body.AreaCode"]);
      expect(await mocked(form, "Number=&AreaCode=%20")).toMatchObject({
        status: 200,
        json: { Number: "", AreaCode: " " },
      });
    });

    it("binds an empty body as no Phone at all: the client refuses it, and the mock answers 400 naming the body", async () => {
      const framework = await bound(form, "");
      expect(framework.bodyIsNull).toBe(true);
      expect(framework.modelState).toEqual([]);
      expect(await refusedPaths({ body: {}, headers: { "Content-Type": form } })).toEqual(["body"]);
      expect(await mocked(form, "")).toMatchObject({ status: 400, json: { issues: [{ path: "body" }] } });
    });

    it("ignores an unknown key and binds a name in another case; the mock refuses both", async () => {
      expect((await bound(form, "Foo=1&number=lc")).body!.Number).toBe("lc");
      expect(await mocked(form, "Foo=1")).toMatchObject({ status: 400 });
      expect(await mocked(form, "number=lc")).toMatchObject({ status: 400 });
    });

    it("reads a + as a space, and %2B as +", async () => {
      expect((await bound(form, "Number=a+b%2Bc")).body!.Number).toBe("a b+c");
    });

    it("reads bytes as UTF-8 whatever charset is declared: the client refuses a charset other than UTF-8, the mock too", async () => {
      expect((await bound(`${form}; charset=iso-8859-1`, "Number=caf%E9")).body!.Number).toBe("caf\ufffd");
      const headers = { "Content-Type": `${form}; charset=iso-8859-1` };
      expect(await refusedPaths({ body: { Number: "café" }, headers })).toEqual(["headers.Content-Type"]);
      expect(await mocked(`${form}; charset=iso-8859-1`, "Number=caf%E9")).toMatchObject({ status: 400 });
    });
  });

  describe("Content-Type", () => {
    it.each(["application/merge-patch+json", "text/plain;charset=UTF-8", "application/problem+json"])(
      "has no formatter for %s: the client refuses it, listing the request formats; the mock answers 415",
      async (contentType) => {
        // Web API 1 (Mono) answers 500 here; Web API 2 answers 415.
        expect((await sendRaw(aspnetUrl, contentType, '{"Number":"x"}')).status).toBe(500);
        expect((await mocked(contentType, '{"Number":"x"}')).status).toBe(415);
        const client = lib.createCaliberClient({ baseUrl: mock.url });
        const error = await client
          .PATCH(path, {
            params: { path: { clientContactId: 7 } },
            body: { Number: "x" },
            headers: { "Content-Type": contentType },
          })
          .catch((e) => e);
        expect(lib.isCaliberValidationError(error)).toBe(true);
        expect(error.issues).toEqual([
          {
            path: "headers.Content-Type",
            message: expect.stringContaining(
              "use one of application/json, text/json, application/xml, text/xml, application/x-www-form-urlencoded",
            ),
          },
        ]);
      },
    );

    it("takes parameters and any letter case, and so does the client", async () => {
      for (const contentType of ["Application/JSON; charset=utf-8", "TEXT/XML;Charset=UTF-8"]) {
        const body = contentType.includes("XML") ? xml("<Number>x</Number>") : '{"Number":"x"}';
        expect((await bound(contentType, body)).body!.Number).toBe("x");
        const client = lib.createCaliberClient({ baseUrl: aspnetUrl });
        const { data } = await client.PATCH(path, {
          params: { path: { clientContactId: 7 } },
          body: { Number: "x" },
          headers: { "Content-Type": contentType },
        });
        expect((data as BindingReport<Phone>).body.Number).toBe("x");
      }
    });
  });
});
