// What ASP.NET Web API does with requests the client never sends, shown on the real framework (test/aspnet, on
// Mono), on a fixture spec's operation (fixtures/nested-contact.yaml's PUT of a ClientContact), so that no edit of
// spec/openapi.yaml changes it: each is why the client writes or refuses something the way it does, or a
// difference between the framework and the mock that the README lists. Requests are sent raw with fetch to the
// fixture's generated server; the mock is the mock core built from the fixture, and the client's refusals are its
// own checks (the fixture's generated validators, as requestIssues runs them, and its format writers).
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { readSpec } from "../../scripts/generate/spec.ts";
import type { ValidationIssue } from "../../src/errors.ts";
import { serializeFormUrlEncoded } from "../../src/formats/form-urlencoded.ts";
import { plainNumber } from "../../src/formats/text-values.ts";
import { formTextIssues } from "../../src/formats/unsendable-text.ts";
import { serializeJson } from "../../src/formats/json.ts";
import { bodyFormatOf } from "../../src/formats/media-types.ts";
import { parseDataContractXml } from "../../src/formats/xml/parse-data-contract-xml.ts";
import { writeDataContractXml } from "../../src/formats/xml/write-data-contract-xml.ts";
import { createMockCore } from "../../src/mock/mock-core.ts";
import type { OperationInfo } from "../../src/operation-info.ts";
import { requestIssues } from "../../src/validation/validate-request.ts";
import type { RequestValidatorTable } from "../../src/validation/validator-types.ts";
import { skipAspNetTests } from "../helpers/aspnet-server.ts";
import { generateInTemp } from "../helpers/generate-temp.ts";
import type { BindingReport } from "./bound-values.ts";
import { answerCases, answerHeaders } from "./typed-answers.ts";
import { useFixtureAspNetServer } from "./fixture-server.ts";

const fixturePath = fileURLToPath(new URL("fixtures/nested-contact.yaml", import.meta.url));
const generation = await generateInTemp(await readSpec(fixturePath));
const { operations } = await generation.load<{ operations: readonly OperationInfo[] }>("operations.ts");
const { requestValidators } = await generation.load<{ requestValidators: RequestValidatorTable }>("validators.ts");
const mock = createMockCore({ operations, validators: requestValidators });

/** The fixture's PUT of a ClientContact, in all five request formats. */
const put = operations.find(
  (operation) => operation.method === "put" && operation.path === "/api/v2/clientcontact/{id}",
)!;
const url = "api/v2/clientcontact/7";
const namespace = "http://schemas.datacontract.org/2004/07/CaliberAPI";
const xml = (members: string) => `<ClientContact xmlns="${namespace}">${members}</ClientContact>`;
const form = "application/x-www-form-urlencoded";
/** The bound body, as BindingReport writes it: each member by its .NET value. */
type Contact = Record<string, any>;
/** test/aspnet/BindingReport.cs answers a request with this header with the bound body, as Accept asks. */
const echoHeader = "X-Caliber-Echo";

const server = useFixtureAspNetServer(generation);

/** What the framework bound for a raw request (the generated controller answers 200 whatever it bound). */
async function bound(contentType: string, body: string): Promise<BindingReport<Contact | null>> {
  const response = await fetch(`${server().url}${url}`, {
    method: "PUT",
    headers: { "content-type": contentType },
    body,
  });
  expect(response.status).toBe(200);
  return JSON.parse(await response.text()) as BindingReport<Contact | null>;
}

/** The framework's status for a raw request. */
const frameworkStatus = async (contentType: string, body: string) =>
  (await fetch(`${server().url}${url}`, { method: "PUT", headers: { "content-type": contentType }, body })).status;

/** The mock's answer to the same raw request: its status and its parsed JSON answer. */
function mocked(contentType: string, body: string): { status: number; json: unknown } {
  const { reply } = mock.handle({ method: "PUT", url: `/${url}`, headers: { "content-type": contentType }, body });
  if (reply.drop) throw new Error("the mock dropped the request");
  return { status: reply.status, json: reply.body.startsWith("{") ? JSON.parse(reply.body) : reply.body };
}

type Writer = (body: unknown) => string | ValidationIssue[];
const writers: Record<"json" | "xml" | "form", Writer> = {
  json: (body) => serializeJson(body),
  xml: (body) => writeDataContractXml(body, put.requestBody!, put.types),
  form: (body) => serializeFormUrlEncoded(body as Record<string, unknown>, formTextIssues),
};

/**
 * What the client refuses of a call, as the paths it names: the operation's validators (requestIssues, as the
 * client runs them before sending), then its format's writer (as serializeBody runs it).
 */
function refusals(init: { body: unknown; headers?: Record<string, string> }): ValidationIssue[] {
  const validators = requestValidators[put.path]![put.method]!;
  const issues = requestIssues(validators, { params: { path: { id: 7 } }, ...init }, undefined);
  if (issues.length > 0) return issues;
  const format = bodyFormatOf(init.headers?.["Content-Type"] ?? "application/json") ?? "json";
  const written = writers[format](init.body);
  return typeof written === "string" ? [] : written;
}
const refusedPaths = (init: { body: unknown; headers?: Record<string, string> }): string[] =>
  refusals(init).map((issue) => issue.path);

describe.skipIf(skipAspNetTests)("ASP.NET Web API, and why the client does what it does", () => {
  describe("XML (DataContractSerializer)", () => {
    it("reads a raw CR as LF, and &#xD; as CR: the client writes CR as &#xD;", async () => {
      expect((await bound("application/xml", xml("<Nickname>a\r\nb\rc</Nickname>"))).body!.Nickname).toBe("a\nb\nc");
      expect((await bound("application/xml", xml("<Nickname>a&#xD;&#xA;b&#xD;c</Nickname>"))).body!.Nickname).toBe(
        "a\r\nb\rc",
      );
      expect(writers.xml({ Nickname: "a\r\nb" })).toContain("<Nickname>a&#xD;\nb</Nickname>");
    });

    it("loses the whole body for a raw control character, and reads its character reference exactly", async () => {
      const raw = await bound("application/xml", xml("<ContactID>206</ContactID><Nickname>a\u0001b</Nickname>"));
      expect(raw.body).toBeNull();
      expect(raw.modelState.map((entry) => entry.key)).toEqual(["body"]);
      const escaped = await bound("application/xml", xml("<Nickname>a&#x1;&#x0;&#xD800;&#xFFFF;b</Nickname>"));
      expect(escaped.body!.Nickname).toBe("a\u0001\u0000\ud800\uffffb");
    });

    it("silently drops a member out of DataContract order; the mock refuses it", async () => {
      const body = xml("<Nickname>555</Nickname><ContactID>206</ContactID>");
      const framework = await bound("application/xml", body);
      expect(framework.body).toMatchObject({ Nickname: "555", ContactID: 0 });
      expect(framework.modelState).toEqual([]);
      const atMock = mocked("application/xml", body);
      expect(atMock.status).toBe(400);
      expect(JSON.stringify(atMock.json)).toContain("body.ContactID is out of order");
    });

    it("silently keeps the first of a member given twice, and ignores unknown members; the mock refuses both", async () => {
      const body = xml("<Foo>1</Foo><Nickname>first</Nickname><Nickname>second</Nickname>");
      const framework = await bound("application/xml", body);
      expect(framework.body!.Nickname).toBe("first");
      expect(framework.modelState).toEqual([]);
      const atMock = mocked("application/xml", body);
      expect(atMock.status).toBe(400);
      expect(JSON.stringify(atMock.json)).toMatch(/body\.Nickname appears more than once/);
    });

    it("reads nil only in the XML Schema instance namespace, else an element with no text; the mock refuses the rest", async () => {
      const instance = "http://www.w3.org/2001/XMLSchema-instance";
      const nil = `<Nickname x:nil="true" xmlns:x="${instance}"/>`;
      expect((await bound("application/xml", xml(nil))).body!.Nickname).toBeNull();
      expect(mocked("application/xml", xml(nil))).toMatchObject({ status: 200, json: { Nickname: null } });
      for (const notNil of ['<Nickname nil="true"/>', '<Nickname x:nil="true" xmlns:x="urn:other"/>']) {
        const framework = await bound("application/xml", xml(notNil));
        expect(framework.body!.Nickname).toBe("");
        expect(framework.modelState).toEqual([]);
        const atMock = mocked("application/xml", xml(notNil));
        expect(atMock.status).toBe(400);
        expect(JSON.stringify(atMock.json)).toMatch(/body\.Nickname must be a simple value/);
      }
    });

    it("refuses a lower-case t in a date (the client always writes T)", async () => {
      const framework = await bound("application/xml", xml("<LastSeen>2025-05-20t10:21:27Z</LastSeen>"));
      expect(framework.body).toBeNull();
      expect(refusedPaths({ body: { LastSeen: "2025-05-20t10:21:27Z" } })).toEqual(["body.LastSeen"]);
    });
  });

  describe("JSON (Json.NET)", () => {
    it("reads an escaped lone surrogate as U+FFFD: the client refuses it; the mock keeps it", async () => {
      expect((await bound("application/json", '{"Nickname":"a\\ud800b"}')).body!.Nickname).toBe("a\ufffdb");
      expect(refusedPaths({ body: { Nickname: "a\ud800b" } })).toEqual(["body.Nickname"]);
      expect(mocked("application/json", '{"Nickname":"a\\ud800b"}')).toMatchObject({
        json: { Nickname: "a\ud800b" },
      });
    });

    it("answers 200 for what it cannot bind, with the error only in model state; the mock answers 400", async () => {
      const framework = await bound("application/json", '{"ContactID":"abc","Nickname":"kept"}');
      expect(framework.body).toMatchObject({ ContactID: 0, Nickname: "kept" });
      expect(framework.modelState.map((entry) => entry.key)).toEqual(["body.ContactID"]);
      expect(mocked("application/json", '{"ContactID":"abc"}')).toMatchObject({ status: 400 });
    });

    it("binds member names in any letter case; the mock refuses them", async () => {
      const body = '{"nickname":"lc","contactid":5}';
      expect((await bound("application/json", body)).body).toMatchObject({ Nickname: "lc", ContactID: 5 });
      expect(mocked("application/json", body).status).toBe(400);
    });

    it("binds an enum number the spec does not list, silently; the client and the mock refuse it", async () => {
      const framework = await bound("application/json", '{"Kind":2}');
      expect(framework.body!.Kind).toEqual({ value: 2, name: "2", defined: false });
      expect(framework.modelState).toEqual([]);
      expect(mocked("application/json", '{"Kind":2}').status).toBe(400);
      expect(refusedPaths({ body: { Kind: 2 } })).toEqual(["body.Kind"]);
    });

    it("rounds an 8th fraction digit, even into the next second: the client refuses it", async () => {
      const framework = await bound("application/json", '{"LastSeen":"2025-05-20T17:21:27.99999999Z"}');
      expect((framework.body!.LastSeen as { utc: string }).utc).toBe("2025-05-20T17:21:28.0000000Z");
      expect(refusedPaths({ body: { LastSeen: "2025-05-20T17:21:27.99999999Z" } })).toEqual(["body.LastSeen"]);
    });

    it("refuses an offset beyond ±14:00 (XML takes it): the client refuses it in every format", async () => {
      const framework = await bound("application/json", '{"LastSeen":"2025-05-20T10:21:27+14:01"}');
      expect(framework.modelState.map((entry) => entry.key)).toEqual(["body.LastSeen"]);
      for (const contentType of ["application/json", "application/xml", form])
        expect(
          refusedPaths({ body: { LastSeen: "2025-05-20T10:21:27+14:01" }, headers: { "Content-Type": contentType } }),
        ).toEqual(["body.LastSeen"]);
    });

    it("binds a date-time without an offset as exactly its wall clock, Kind Unspecified: the client and the mock take it", async () => {
      const framework = await bound("application/json", '{"LastSeen":"2025-05-20T10:21:27"}');
      expect(framework.body!.LastSeen).toMatchObject({ kind: "Unspecified", ticks: "638833332870000000" });
      expect(refusedPaths({ body: { LastSeen: "2025-05-20T10:21:27" } })).toEqual([]);
      expect(mocked("application/json", '{"LastSeen":"2025-05-20T10:21:27"}')).toMatchObject({
        status: 200,
        json: { LastSeen: "2025-05-20T10:21:27" },
      });
    });

    it("refuses an integer its Int32 cannot hold; the client and the mock take it (the page documents no width)", async () => {
      const framework = await bound("application/json", '{"ContactID":2147483648,"Nickname":"kept"}');
      expect(framework.body).toMatchObject({ ContactID: 0, Nickname: "kept" });
      expect(framework.modelState.map((entry) => entry.key)).toEqual(["body.ContactID"]);
      expect(refusedPaths({ body: { ContactID: 2147483648 } })).toEqual([]);
      expect(mocked("application/json", '{"ContactID":2147483648}')).toMatchObject({
        status: 200,
        json: { ContactID: 2147483648 },
      });
    });

    it("rounds a decimal past 28 fraction digits, and binds none past its range, in every format: the client and the mock take both (the page documents no precision)", async () => {
      const [tiny, huge] = [1e-30, 1e29];
      for (const [type, write] of [
        ["application/json", (value: number) => `{"Balance":${JSON.stringify(value)}}`],
        // Plain digits, as the client's XML and form writers write a number.
        ["application/xml", (value: number) => xml(`<Balance>${plainNumber(value)}</Balance>`)],
        [form, (value: number) => `Balance=${plainNumber(value)}`],
      ] as const) {
        // 1e-30 arrives as 0, with no error: decimal keeps 28 digits after the point.
        const rounded = await bound(type, write(tiny));
        expect(rounded.body?.Balance, type).toEqual({ decimal: `0.${"0".repeat(28)}` });
        expect(rounded.modelState, type).toEqual([]);
        // 1e29 is past ±79,228,162,514,264,337,593,543,950,335: JSON and XML bind no body, a form binds 0.
        const overflowed = await bound(type, write(huge));
        if (type === form) expect(overflowed.body?.Balance).toEqual({ decimal: "0" });
        else expect(overflowed.body, type).toBeNull();
        expect(overflowed.modelState.length, type).toBeGreaterThan(0);
      }
      expect(refusedPaths({ body: { Balance: tiny } })).toEqual([]);
      expect(mocked("application/json", '{"Balance":1e29}')).toMatchObject({ status: 200, json: { Balance: 1e29 } });
    });
  });

  describe("form (JQueryMvcFormUrlEncodedFormatter and model binding)", () => {
    it("binds an empty or whitespace-only value as null: the client refuses it; the mock keeps it", async () => {
      const framework = await bound(form, "Nickname=&HomeAddress[City]=%20%09%E3%80%80&HomeAddress[Zip]=%20x%20");
      expect(framework.body).toMatchObject({ Nickname: null, HomeAddress: { City: null, Zip: " x " } });
      expect(
        refusedPaths({
          body: { Nickname: "", HomeAddress: { City: " \t\u3000", Zip: " x " } },
          headers: { "Content-Type": form },
        }),
      ).toEqual(["body.Nickname", "body.HomeAddress.City"]);
      expect(mocked(form, "Nickname=&HomeAddress[City]=%20")).toMatchObject({
        status: 200,
        json: { Nickname: "", HomeAddress: { City: " " } },
      });
    });

    it("binds an empty body as no body at all: the client refuses it, and the mock answers 400 naming the body", async () => {
      const framework = await bound(form, "");
      expect(framework.bodyIsNull).toBe(true);
      expect(framework.modelState).toEqual([]);
      expect(refusedPaths({ body: {}, headers: { "Content-Type": form } })).toEqual(["body"]);
      expect(mocked(form, "")).toMatchObject({ status: 400, json: { issues: [{ path: "body" }] } });
    });

    it("ignores an unknown key and binds a name in another case; the mock refuses both", async () => {
      expect((await bound(form, "Foo=1&nickname=lc")).body!.Nickname).toBe("lc");
      expect(mocked(form, "Foo=1")).toMatchObject({ status: 400 });
      expect(mocked(form, "nickname=lc")).toMatchObject({ status: 400 });
    });

    it("reads a + as a space, and %2B as +", async () => {
      expect((await bound(form, "Nickname=a+b%2Bc")).body!.Nickname).toBe("a b+c");
    });

    it("reads bytes as UTF-8 whatever charset is declared: the client refuses a charset other than UTF-8, the mock too", async () => {
      expect((await bound(`${form}; charset=iso-8859-1`, "Nickname=caf%E9")).body!.Nickname).toBe("caf\ufffd");
      const headers = { "Content-Type": `${form}; charset=iso-8859-1` };
      expect(refusedPaths({ body: { Nickname: "café" }, headers })).toEqual(["headers.Content-Type"]);
      expect(mocked(`${form}; charset=iso-8859-1`, "Nickname=caf%E9")).toMatchObject({ status: 400 });
    });
  });

  describe("answers (the formatter the Accept header negotiates)", () => {
    /** The fixture's GET of a ClientContact, answering `value` (typed-answers.ts) in the format `accept` names. */
    const answer = (value: unknown, accept: string) =>
      fetch(`${server().url}${url}`, { headers: answerHeaders(value, accept) });
    const answerCase = answerCases(operations).find((c) => c.operation.path === put.path && c.format === "xml")!;
    const readXml = (text: string) => parseDataContractXml(text, answerCase.model, put.types).body as Contact;

    it("cannot write in XML what XML 1.0 has no character for: a 500 with no body; JSON escapes it", async () => {
      for (const text of ["a\u0001b", "a\u0000", "x\uffffy"]) {
        const xmlAnswer = await answer({ Nickname: text }, "application/xml");
        expect(xmlAnswer.status).toBe(500);
        expect(await xmlAnswer.text()).toBe("");
        const jsonAnswer = await answer({ Nickname: text }, "application/json");
        expect(((await jsonAnswer.json()) as Contact).Nickname).toBe(text);
      }
    });

    it("writes a CR in XML as a line end, which the client (as any XML reader) reads as LF; JSON keeps it", async () => {
      const text = await (await answer({ Nickname: "a\rb\r\nc" }, "application/xml")).text();
      expect(text).toContain("<Nickname>a\nb\nc</Nickname>");
      expect(readXml(text).Nickname).toBe("a\nb\nc");
      const jsonAnswer = await answer({ Nickname: "a\rb\r\nc" }, "application/json");
      expect(((await jsonAnswer.json()) as Contact).Nickname).toBe("a\rb\r\nc");
    });

    it("cannot write a lone surrogate in either format (bound from XML's &#xD800;): a 500", async () => {
      for (const accept of ["application/json", "application/xml"]) {
        const echo = await fetch(`${server().url}${url}`, {
          method: "PUT",
          headers: { "content-type": "application/xml", accept, [echoHeader]: "1" },
          body: xml("<Nickname>a&#xD800;b</Nickname>"),
        });
        expect(echo.status, accept).toBe(500);
      }
    });
  });

  describe("Content-Type", () => {
    it.each(["application/merge-patch+json", "text/plain;charset=UTF-8", "application/problem+json"])(
      "has no formatter for %s: the client refuses it, listing the request formats; the mock answers 415",
      async (contentType) => {
        // Web API 1 (Mono) answers 500 here; Web API 2 answers 415.
        expect(await frameworkStatus(contentType, '{"Nickname":"x"}')).toBe(500);
        expect(mocked(contentType, '{"Nickname":"x"}').status).toBe(415);
        expect(refusals({ body: { Nickname: "x" }, headers: { "Content-Type": contentType } })).toEqual([
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
        const headers = { "Content-Type": contentType };
        expect(refusals({ body: { Nickname: "x" }, headers })).toEqual([]);
        const written = writers[bodyFormatOf(contentType) as "json" | "xml"]({ Nickname: "x" }) as string;
        expect((await bound(contentType, written)).body!.Nickname).toBe("x");
      }
    });
  });
});
