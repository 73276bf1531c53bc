// maxRequestBytes and maxBodyDepth, over a real server on 127.0.0.1: a body over a limit is a
// CaliberValidationError naming the field, nothing is sent, and no large string is built first (the 70,000,000 `&`
// XML body used to abort the process inside the XML escaping).
import { describe, expect, it } from "vitest";
import { createCaliberClient, isCaliberValidationError, type CaliberClientOptions } from "../../src/index.ts";
import { useRecordingServer } from "../helpers/recording-server.ts";

const server = await useRecordingServer();
const path = "/api/v2/clientcontact/{clientContactId}/phone";

function patch(body: unknown, options: Partial<CaliberClientOptions> = {}, contentType = "application/json") {
  return createCaliberClient({ baseUrl: server.origin, ...options }).PATCH(path, {
    params: { path: { clientContactId: 42 } },
    body: body as never,
    headers: { "Content-Type": contentType },
  });
}

async function refusal(call: Promise<unknown>): Promise<{ path: string; message: string }[]> {
  const thrown = await call.then(
    () => undefined,
    (error: unknown) => error,
  );
  if (!isCaliberValidationError(thrown)) throw new Error(`expected a CaliberValidationError, got ${String(thrown)}`);
  expect(server.requests).toHaveLength(0);
  return thrown.issues;
}

/** `{ a: { a: … { a: 1 } } }`, `levels` objects deep (the body itself is level 1). */
function nested(levels: number, key = "a"): Record<string, unknown> {
  let value: Record<string, unknown> = {};
  for (let level = 1; level < levels; level++) value = { [key]: value };
  return value;
}

// Bodies of many MiB: a minute each leaves room on a loaded machine and under mutation testing's instrumentation.
describe("maxRequestBytes", { timeout: 60_000 }, () => {
  it("the XML body whose Number is 70,000,000 `&`: refused at the field, before anything is written", async () => {
    const issues = await refusal(patch({ Number: "&".repeat(70_000_000) }, {}, "application/xml"));
    expect(issues).toEqual([
      { path: "body.Number", message: "is longer than maxRequestBytes (16777216 bytes): 70000000 characters" },
    ]);
  });

  it("one string over the limit, with or without validation, in every format", async () => {
    for (const validate of [true, false]) {
      for (const type of ["application/json", "application/xml", "application/x-www-form-urlencoded"]) {
        const issues = await refusal(patch({ Number: "5".repeat(1001) }, { maxRequestBytes: 1000, validate }, type));
        expect(issues).toEqual([
          { path: "body.Number", message: "is longer than maxRequestBytes (1000 bytes): 1001 characters" },
        ]);
      }
    }
  });

  it("strings that add up to more than the limit: the largest field is named", async () => {
    const body = { Number: "5".repeat(400), Extension: "1".repeat(500), AreaCode: "2".repeat(200) };
    const issues = await refusal(patch(body, { maxRequestBytes: 1000 }));
    expect(issues).toEqual([
      {
        path: "body.Extension",
        message: "is the largest value of a body of more than maxRequestBytes (1000 bytes) once written",
      },
    ]);
  });

  it("a body that grows past the limit as it is written: its exact UTF-8 size is refused", async () => {
    // 400 × "€" is 400 UTF-16 units; in a form it is written as 400 × %E2%82%AC.
    const issues = await refusal(
      patch({ Number: "€".repeat(400) }, { maxRequestBytes: 2000 }, "application/x-www-form-urlencoded"),
    );
    expect(issues).toEqual([
      { path: "body", message: "is 3607 bytes once written, over maxRequestBytes (2000 bytes)" },
    ]);
    // XML escapes & as &amp;: 4 million characters become 20 million bytes.
    const xml = await refusal(patch({ Number: "&".repeat(4_000_000) }, {}, "application/xml"));
    expect(xml).toEqual([{ path: "body", message: expect.stringMatching(/^is 20\d{6} bytes once written, over/) }]);
  });

  it("counts UTF-8 bytes exactly: 3 for €, 4 for a surrogate pair; a body of exactly the limit is sent", async () => {
    for (const [text, bytes] of [
      ["€".repeat(700), 13 + 700 * 3],
      ["😀".repeat(300), 13 + 300 * 4],
      ["é".repeat(900), 13 + 900 * 2],
    ] as const) {
      expect(JSON.stringify({ Number: text }).length * 3).toBeGreaterThan(bytes); // so it is counted, not estimated
      const issues = await refusal(patch({ Number: text }, { maxRequestBytes: bytes - 1 }));
      expect(issues).toEqual([
        { path: "body", message: `is ${bytes} bytes once written, over maxRequestBytes (${bytes - 1} bytes)` },
      ]);
      await patch({ Number: text }, { maxRequestBytes: bytes });
      expect(server.requests.at(-1)!.bytes.length).toBe(bytes);
      server.reset();
    }
  });

  it("bytes in a typed array count by their length", async () => {
    const issues = await refusal(patch({ Data: new Uint8Array(2000) }, { maxRequestBytes: 1000, validate: false }));
    expect(issues).toEqual([
      { path: "body.Data", message: "is longer than maxRequestBytes (1000 bytes): 2000 characters" },
    ]);
  });

  it("a long array of small values is refused before it is written (each takes a value and a separator)", async () => {
    const issues = await refusal(patch({ List: new Array(10_000_000).fill(1) }, { validate: false }));
    expect(issues).toEqual([
      { path: "body", message: expect.stringContaining("is the largest value of a body of more than maxRequestBytes") },
    ]);
  });
});

describe("maxBodyDepth", () => {
  it("a body nested deeper than the limit is refused at the first value too deep", async () => {
    const issues = await refusal(patch({ A: { B: { C: {} } } }, { maxBodyDepth: 3, validate: false }));
    expect(issues).toEqual([
      { path: "body.A.B.C", message: "is nested deeper than maxBodyDepth (3), or is part of a cycle" },
    ]);
    expect(await refusal(patch({ A: [[[]]] }, { maxBodyDepth: 3, validate: false }))).toEqual([
      { path: "body.A.0.0", message: "is nested deeper than maxBodyDepth (3), or is part of a cycle" },
    ]);
  });

  it("a body of exactly the limit is sent", async () => {
    await patch({ A: { B: {} } }, { maxBodyDepth: 3, validate: false });
    expect(server.requests[0]!.body).toBe('{"A":{"B":{}}}');
  });

  it("4,100 levels, and a cycle, are refused at the default 64, with validation on or off", async () => {
    for (const validate of [true, false]) {
      const issues = await refusal(patch(nested(4100), { validate }));
      expect(issues).toHaveLength(1);
      expect(issues[0]!.path).toBe(["body", ...new Array<string>(64).fill("a")].join("."));
      const cycle: Record<string, unknown> = { Number: "5" };
      cycle.self = cycle;
      expect((await refusal(patch(cycle, { validate })))[0]!.message).toBe(
        "is nested deeper than maxBodyDepth (64), or is part of a cycle",
      );
    }
  });

  it("a body over the size limit that also holds a cycle is named by its size", async () => {
    const body: Record<string, unknown> = { Number: "5".repeat(2000) };
    body.self = body;
    expect(await refusal(patch(body, { maxRequestBytes: 1000, validate: false }))).toEqual([
      { path: "body.Number", message: "is longer than maxRequestBytes (1000 bytes): 2000 characters" },
    ]);
  });
});
