// The curl line `npm start` prints, on a fixture spec and operation table (no operation of the real spec).
import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import type { OpenApiDocument } from "../../scripts/generate/spec.ts";
import { curlLine, shellQuoted } from "../../scripts/start/curl-line.ts";
import type { OperationInfo } from "../../src/operation-info.ts";

const origin = "http://127.0.0.1:4010";
const thing = {
  name: "Thing",
  members: [["Name", { kind: "string" }] as const, ["Size", { kind: "integer" }] as const],
};
const put: OperationInfo = {
  path: "/things/{id}/{label}",
  method: "put",
  parameters: [
    { name: "id", in: "path", required: true, model: { kind: "uuid" } },
    { name: "label", in: "path", required: true, model: { kind: "string" } },
  ],
  requestMediaTypes: ["application/xml", "application/json"],
  requestBody: { kind: "object", type: "Thing" },
  types: { Thing: thing },
};
const noBody: OperationInfo = { path: "/ping", method: "get", parameters: [], requestMediaTypes: [], types: {} };
const specWith = (content: unknown) =>
  ({
    openapi: "3.1.0",
    paths: { "/things/{id}/{label}": { put: { requestBody: { content: { "application/json": content } } } } },
    components: { examples: { Named: { value: { Name: "from components" } } } },
  }) as unknown as OpenApiDocument;

/** What a POSIX shell makes of the line's `-d` argument. */
function sentBody(line: string): unknown {
  const quoted = line.slice(line.indexOf(" -d ") + 4);
  return JSON.parse(spawnSync("sh", ["-c", `printf '%s' ${quoted}`], { encoding: "utf8" }).stdout);
}

describe("curlLine", () => {
  it("sends the first operation with a JSON body its first example, its path parameters as samples", () => {
    const line = curlLine(origin, specWith({ examples: { a: { value: { Name: "a" } }, b: { value: {} } } }), [
      noBody,
      put,
    ]);
    expect(line).toMatch(
      /^curl -i -X PUT http:\/\/127\.0\.0\.1:4010\/things\/[0-9a-f-]{36}\/sample%20string -H 'Content-Type: application\/json' -d '/,
    );
    expect(sentBody(line)).toEqual({ Name: "a" });
  });

  it("follows an example's $ref, and reads a single example too", () => {
    expect(
      sentBody(curlLine(origin, specWith({ examples: { a: { $ref: "#/components/examples/Named" } } }), [put])),
    ).toEqual({ Name: "from components" });
    expect(sentBody(curlLine(origin, specWith({ example: { Size: 3 } }), [put]))).toEqual({ Size: 3 });
  });

  it("sends a sample of the body model where the spec gives no example", () => {
    expect(sentBody(curlLine(origin, specWith({}), [put]))).toEqual({ Name: "sample string", Size: 1 });
  });

  it("quotes text with single quotes so that the shell reads it back as it is", () => {
    const text = `O'Brien's "x" $HOME \`id\` \\ '' end'`;
    expect(spawnSync("sh", ["-c", `printf '%s' ${shellQuoted(text)}`], { encoding: "utf8" }).stdout).toBe(text);
    expect(sentBody(curlLine(origin, specWith({ example: { Name: text } }), [put]))).toEqual({ Name: text });
  });

  it("points at the docs when no operation takes a JSON body", () => {
    expect(curlLine(origin, specWith({}), [noBody, { ...put, requestMediaTypes: ["application/xml"] }])).toBe(
      `curl -i ${origin}/docs/`,
    );
  });
});
