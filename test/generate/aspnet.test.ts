// The test server's C# (scripts/generate/aspnet.ts) on fixture specs: what each kind of the body model becomes,
// the actions and routes, and the #error lines for what no .NET type could bind. That the output compiles and binds
// is proven against Mono in test/conformance/nested-bodies.test.ts.
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { aspNetOutputs } from "../../scripts/generate/aspnet.ts";
import { readSpec, type OpenApiDocument } from "../../scripts/generate/spec.ts";

const nestedFixture = fileURLToPath(new URL("../conformance/fixtures/nested-contact.yaml", import.meta.url));

function print(spec: OpenApiDocument): Record<string, string> {
  return Object.fromEntries(aspNetOutputs(spec).map(([file, source]) => [file, source()]));
}

const specWith = (paths: Record<string, unknown>, schemas: Record<string, unknown> = {}): OpenApiDocument =>
  ({ openapi: "3.1.0", info: { title: "t", version: "1" }, paths, components: { schemas } }) as OpenApiDocument;
const putBody = (ref: string) => ({
  put: {
    requestBody: { content: { "application/json": { schema: { $ref: `#/components/schemas/${ref}` } } } },
    responses: { "200": { description: "ok" } },
  },
});

describe("the test server's C# from the body model", () => {
  it("writes each kind as its .NET type: int, decimal, Guid, DateTime, List<T>, T? and enums", async () => {
    const models = print(await readSpec(nestedFixture))["aspnet/Models.cs"]!;
    expect(models).not.toContain("#error");
    expect(models).toContain("namespace CaliberAPI\n{");
    for (const line of [
      "public decimal Balance { get; set; }",
      "public int ContactID { get; set; }",
      "public List<string> Emails { get; set; }",
      "public global::CaliberAPI.Address HomeAddress { get; set; }",
      "public Guid Key { get; set; }",
      "public global::CaliberAPI.ClientContactKind Kind { get; set; }",
      "public DateTime LastSeen { get; set; }",
      "public int? ManagerID { get; set; }",
      "public string Nickname { get; set; }",
      "public List<global::CaliberAPI.Phone> Phones { get; set; }",
      "public List<int> Scores { get; set; }",
      "public enum ClientContactKind { Person = 0, Company = 1 }",
    ]) {
      expect(models).toContain(line);
    }
    // members in DataContract (ordinal) order, as the model lists them
    expect(models.indexOf("Balance")).toBeLessThan(models.indexOf("ContactID"));
  });

  it("writes one action per method: path parameters, optional query parameters as T? = null, a [FromBody] body", async () => {
    const controllers = print(await readSpec(nestedFixture))["aspnet/Controllers.cs"]!;
    expect(controllers).toContain(
      "public HttpResponseMessage Put(int id, [FromBody] global::CaliberAPI.ClientContact body)",
    );
    expect(controllers).toContain(
      "public HttpResponseMessage Get(string lastName, int? page = null, DateTime? since = null, Guid? key = null, [FromUri] List<string> tags = null)",
    );
    expect(controllers).toContain(
      'new object[] { "lastName", lastName, "page", page, "since", since, "key", key, "tags", tags }, false, null',
    );
  });

  it("answers a value of the success response's type where the spec gives one, with its status code", () => {
    const answered = (status: string) => ({
      get: {
        responses: {
          [status]: {
            description: "ok",
            content: { "application/xml": { schema: { type: "array", items: { $ref: "#/components/schemas/T" } } } },
          },
          default: { description: "other", content: { "application/json": { schema: { type: "string" } } } },
        },
      },
    });
    const controllers = print(
      specWith(
        { "/a": answered("201"), "/b": answered("2XX"), "/c": putBody("T") },
        { T: { type: "object", properties: { N: { type: "string" } } } },
      ),
    )["aspnet/Controllers.cs"]!;
    const answers = controllers.split("\n").filter((line) => line.includes("TypedAnswer"));
    expect(answers.map((line) => line.trim())).toEqual([
      "if (TypedAnswer.Wanted(this))",
      "return TypedAnswer.Answer<List<global::CaliberAPI.T>>(this, 201);",
      "if (TypedAnswer.Wanted(this))",
      "return TypedAnswer.Answer<List<global::CaliberAPI.T>>(this, 200);",
    ]);
  });

  it("answers a single value as the .NET type its XML root names: the width given, an enum by its contract (in the spec namespace if it has none)", () => {
    const answering = (schema: unknown) => ({
      get: {
        responses: { "200": { description: "ok", content: { "application/xml": { schema } } } },
      },
    });
    const printed = print(
      specWith(
        {
          "/int": answering({ type: "integer", xml: { name: "int" } }),
          "/long": answering({ type: "integer", xml: { name: "long" } }),
          "/ushort": answering({ type: "integer", xml: { name: "unsignedShort" } }),
          "/double": answering({ type: "number", xml: { name: "double" } }),
          "/decimal": answering({ type: "number" }),
          "/text": answering({ type: "string" }),
          "/kind": answering({ $ref: "#/components/schemas/Kinds" }),
          "/named": answering({ type: "integer", enum: [0], "x-enum-varnames": ["Zero"], xml: { name: "Other" } }),
        },
        {
          Kinds: {
            type: "integer",
            enum: [0, 1],
            "x-enum-varnames": ["Person", "Company"],
            xml: { namespace: "http://schemas.datacontract.org/2004/07/CaliberAPI.Kinds" },
          },
        },
      ),
    );
    const answers = printed["aspnet/Controllers.cs"]!.split("\n").filter((line) => line.includes("Answer<"));
    expect(
      answers.map((line) => line.trim().replace(/^return TypedAnswer\.Answer<(.*)>\(this, 200\);$/, "$1")),
    ).toEqual([
      "int",
      "long",
      "ushort",
      "double",
      "decimal",
      "string",
      "global::CaliberAPI.Kinds.Kinds",
      "global::CaliberAPI.Kinds.Other",
    ]);
    const models = printed["aspnet/Models.cs"]!;
    expect(models).toContain("namespace CaliberAPI.Kinds\n{\n    public enum Kinds { Person = 0, Company = 1 }");
    expect(models).toContain("    public enum Other { Zero = 0 }");
  });

  it("takes the CLR namespace from the XML namespace, and names a parameter called body apart from the body", () => {
    const spec = specWith(
      {
        "/a/{body}": {
          put: {
            parameters: [{ name: "body", in: "path", required: true, schema: { type: "integer" } }],
            requestBody: { content: { "application/json": { schema: { $ref: "#/components/schemas/Thing" } } } },
            responses: { "200": { description: "ok" } },
          },
        },
      },
      {
        Thing: {
          type: "object",
          xml: { namespace: "http://schemas.datacontract.org/2004/07/Caliber.Models" },
          properties: { class: { type: "string" } },
        },
      },
    );
    const printed = print(spec);
    expect(printed["aspnet/Models.cs"]).toContain("namespace Caliber.Models\n{\n    public class Thing");
    expect(printed["aspnet/Models.cs"]).toContain("public string @class { get; set; }");
    expect(printed["aspnet/Controllers.cs"]).toContain(
      "Put(int body, [FromBody] global::Caliber.Models.Thing requestBody)",
    );
  });

  it("routes each path template, with a method constraint only where two templates have one shape", () => {
    const routes = print(
      specWith(
        {
          "/a/{x}": putBody("T"),
          "/a/{y}": { get: { responses: { "200": { description: "ok" } } } },
          "/b": putBody("T"),
        },
        {
          T: { type: "object", properties: { N: { type: "string" } } },
        },
      ),
    )["aspnet/Routes.cs"]!;
    expect(routes).toContain(
      'config.Routes.MapHttpRoute("AByX", "a/{x}", new { controller = "AByX" }, new { httpMethod = new HttpMethodConstraint(new HttpMethod("PUT")) });',
    );
    expect(routes).toContain(
      'config.Routes.MapHttpRoute("AByY", "a/{y}", new { controller = "AByY" }, new { httpMethod = new HttpMethodConstraint(new HttpMethod("GET")) });',
    );
    expect(routes).toContain('config.Routes.MapHttpRoute("B", "b", new { controller = "B" });');
  });

  it("says, as #error lines that stop only the server's compilation, what no .NET type could bind", () => {
    const models = print(
      specWith(
        { "/a": putBody("simple-user"), "/b": putBody("Other") },
        {
          "simple-user": {
            type: "object",
            xml: { namespace: "http://schemas.datacontract.org/2004/07/CaliberAPI" },
            properties: { "first-name": { type: "string" } },
          },
          Other: { type: "object", xml: { namespace: "urn:example:other" }, properties: { N: { type: "string" } } },
        },
      ),
    )["aspnet/Models.cs"]!;
    const errors = models.split("\n").filter((line) => line.startsWith("#error"));
    // the controllers are printed first: the body's type is met there
    expect(errors).toEqual([
      "#error spec: Other's XML namespace urn:example:other is not http://schemas.datacontract.org/2004/07/<CLR namespace>, the only kind DataContractSerializer gives a class without [DataContract]",
      '#error spec: data contract simple-user: "simple-user" is no C# identifier, so no .NET type, property or parameter can bind it',
      '#error spec: simple-user.first-name: "first-name" is no C# identifier, so no .NET type, property or parameter can bind it',
    ]);
  });
});
