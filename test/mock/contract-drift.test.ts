// Contract check by an outside tool: the client's traffic against the mock, recorded as HAR, must show no
// drift from the spec according to `redocly drift`. A control HAR with known drift proves the check can fail.
import { execFile } from "node:child_process";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { afterAll, describe, expect, it } from "vitest";
import { createCaliberClient, type Phone } from "../../src/index.ts";
import { startMockServer } from "../../src/mock/index.ts";
import { createHarRecorder } from "../helpers/har-recorder.ts";
import { helpPageSamples } from "../helpers/help-page.ts";
import { startRecordingServer } from "../helpers/recording-server.ts";
import { tempDir } from "../helpers/temp-dir.ts";

const root = fileURLToPath(new URL("../..", import.meta.url));
const workDir = tempDir("caliber-drift-");
const mock = await startMockServer();
afterAll(() => mock.close());

const path = "/api/v2/clientcontact/{clientContactId}/phone";
const formats = ["application/json", "text/json", "application/xml", "text/xml", "application/x-www-form-urlencoded"];

interface DriftReport {
  run: { totalExchanges: number; documentedExchanges: number; totalProblems: number };
  problems: { ruleId: string; message: string }[];
}

async function drift(har: object, server = mock.url): Promise<DriftReport> {
  const harPath = join(workDir, `traffic-${Date.now()}.har`);
  writeFileSync(harPath, JSON.stringify(har));
  const redocly = join(root, "node_modules/.bin/redocly");
  const args = ["drift", harPath, "--api", "spec/openapi.yaml", "--server", server, "--format", "json"];
  const env = { ...process.env, REDOCLY_TELEMETRY: "off", REDOCLY_SUPPRESS_UPDATE_NOTICE: "true" };
  // drift exits non-zero when it finds problems; the report on stdout is what the test reads either way.
  const { stdout } = await promisify(execFile)(redocly, args, { cwd: root, env }).catch(
    (error: { stdout?: string }) => {
      if (!error.stdout) throw error;
      return { stdout: error.stdout };
    },
  );
  return JSON.parse(stdout.slice(stdout.indexOf("{"))) as DriftReport;
}

describe("redocly drift over recorded client ↔ mock traffic", () => {
  it("finds no drift in every request format", async () => {
    const recorder = createHarRecorder();
    const client = createCaliberClient({ baseUrl: mock.url, fetch: recorder.fetch });
    const sample = JSON.parse(helpPageSamples().json) as Phone;
    for (const [index, contentType] of formats.entries()) {
      const { response } = await client.PATCH(path, {
        params: { path: { clientContactId: index + 1 } },
        body: sample,
        headers: { "Content-Type": contentType },
      });
      expect(response.status, contentType).toBe(200);
    }
    const report = await drift(recorder.har());
    expect(report.run.totalExchanges).toBe(formats.length);
    expect(report.run.documentedExchanges).toBe(formats.length);
    expect(report.problems).toEqual([]);
  }, 60_000);

  it("reports drift it is shown: a wrong type, an unknown enum member, an undocumented endpoint", async () => {
    // A plain server that answers 200 to anything: the mock would refuse these requests before drift saw them.
    const lenient = await startRecordingServer();
    const recorder = createHarRecorder();
    const send = (url: string, body: object) =>
      recorder.fetch(url, {
        method: "PATCH",
        headers: { "content-type": "application/json" },
        body: JSON.stringify(body),
      });
    await send(`${lenient.origin}/api/v2/clientcontact/1/phone`, { PhoneID: "1" });
    await send(`${lenient.origin}/api/v2/clientcontact/1/phone`, { RefType: 5 });
    await send(`${lenient.origin}/api/v2/clientcontact/1/email`, {});
    await lenient.close();
    const report = await drift(recorder.har(), lenient.origin);
    expect(report.run.totalProblems).toBeGreaterThanOrEqual(3);
    expect(new Set(report.problems.map((p) => p.ruleId))).toEqual(
      new Set(["schema-consistency", "undocumented-endpoint"]),
    );
  }, 60_000);
});
