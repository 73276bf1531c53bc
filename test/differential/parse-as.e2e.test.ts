// parseAs on 2xx and error answers, through bare openapi-fetch and through the client: the caller must get the same
// data or error. (A 2xx that is not JSON under the default parseAs is a difference: differences.e2e.test.ts.)
import { describe, expect, it } from "vitest";
import { useRecordingServer, type Responder } from "../helpers/recording-server.ts";
import { sideBySide } from "./side-by-side.ts";

const server = await useRecordingServer();

const answer =
  (status: number, contentType: string, body: string, length = true): Responder =>
  (_request, response) =>
    response
      .writeHead(status, {
        "Content-Type": contentType,
        ...(length ? { "Content-Length": Buffer.byteLength(body) } : {}),
      })
      .end(body);

const answers: [string, Responder][] = [
  ["200 JSON", answer(200, "application/json", '{"a":[1,"é"]}')],
  ["200 JSON, chunked", answer(200, "application/json; charset=utf-8", '{"a":1}', false)],
  ["201 text", answer(201, "text/plain", "created é")],
  ["400 JSON", answer(400, "application/problem+json", '{"title":"bad"}')],
  ["404 text", answer(404, "text/html", "<h1>Not Found</h1>")],
  ["500 malformed JSON", answer(500, "application/json", '{"broken":')],
];

/** A 2xx that is not JSON under parseAs "json" (the default) is a difference: differences.e2e.test.ts. */
const comparable = (parseAs: string | undefined) =>
  parseAs === undefined || parseAs === "json" ? answers.filter(([what]) => what !== "201 text") : answers;

describe.each(["json", "text", "blob", "arrayBuffer", "stream", undefined])("parseAs %s", (parseAs) => {
  it.each(comparable(parseAs))("%s: the same data or error", async (_what, responder) => {
    server.respondWith(responder);
    const { bare, caliber } = await sideBySide(server, (client) =>
      client.GET("/things", parseAs === undefined ? {} : { parseAs }),
    );
    expect(bare.outcome).toHaveProperty("status");
    expect(caliber).toEqual(bare);
  });
});

it("stream: the body is handed over unread", async () => {
  server.respondWith(answer(200, "application/octet-stream", "raw bytes"));
  const { bare, caliber } = await sideBySide(server, async (client, seen) => {
    const result = await client.GET("/things", { parseAs: "stream" });
    seen.push(result.data instanceof ReadableStream, result.response.bodyUsed);
    return result;
  });
  expect(bare.seen).toEqual([true, false]);
  expect(bare.outcome).toMatchObject({ data: { stream: "raw bytes" } });
  expect(caliber).toEqual(bare);
});

it("HEAD: no data, whatever the headers say", async () => {
  server.respondWith(answer(200, "application/json", '{"a":1}'));
  const { bare, caliber } = await sideBySide(server, (client) => client.HEAD("/things"));
  expect(bare.outcome).toMatchObject({ data: undefined, status: 200 });
  expect(caliber).toEqual(bare);
});
