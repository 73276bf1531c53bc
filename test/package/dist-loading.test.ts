// The published builds, as Node itself loads them: tsup builds ESM and CJS with the project's config into a
// scratch directory, and a separate `node` process imports the one and requires the other, then validates and
// sends through each. The generated validators must load in both (Ajv's standalone code `require`s by default).
import { execFile } from "node:child_process";
import { mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { build, type Options } from "tsup";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import config from "../../tsup.config.ts";
import { startRecordingServer } from "../helpers/recording-server.ts";

const root = fileURLToPath(new URL("../..", import.meta.url));
const server = await startRecordingServer();
let outDir = "";

beforeAll(async () => {
  // Inside the project, so the built files resolve openapi-fetch from node_modules like an installed package.
  outDir = await mkdtemp(join(root, "node_modules", ".dist-loading-"));
  // The project's own tsup configs (one per format), with only the output moved.
  for (const formatConfig of config as Options[]) {
    await build({ ...formatConfig, entry: { index: "src/index.ts" }, outDir, dts: false, silent: true, config: false });
  }
}, 120_000);
afterAll(async () => {
  await server.close();
  await rm(outDir, { recursive: true, force: true });
});

const child = `
import { createRequire } from "node:module";
const [dir, origin] = process.argv.slice(1);
const builds = { esm: await import(dir + "/index.js"), cjs: createRequire(import.meta.url)(dir + "/index.cjs") };
const path = "/api/v2/clientcontact/{clientContactId}/phone";
const report = {};
for (const [name, lib] of Object.entries(builds)) {
  const client = lib.createCaliberClient({ baseUrl: origin });
  const refused = await client.PATCH(path, { params: { path: { clientContactId: "abc" } }, body: { PhoneNumber: "x", DateCreated: "2025-02-30T00:00:00Z" } }).catch((e) => e);
  const sent = await client.PATCH(path, { params: { path: { clientContactId: 5 } }, body: { DateCreated: "2025-05-20T10:21:27.3260116-07:00" } });
  report[name] = { error: refused.name, issues: refused.issues, status: sent.response.status, ownGuard: lib.isCaliberValidationError(refused) };
  report[name].refused = refused;
}
report.crossGuard = builds.esm.isCaliberValidationError(report.cjs.refused) && builds.cjs.isCaliberValidationError(report.esm.refused);
report.crossInstanceof = report.cjs.refused instanceof builds.esm.CaliberValidationError;
delete report.esm.refused; delete report.cjs.refused;
console.log(JSON.stringify(report));
`;

const retryChild = `
import { createRequire } from "node:module";
const [dir, origin] = process.argv.slice(1);
const builds = { esm: await import(dir + "/index.js"), cjs: createRequire(import.meta.url)(dir + "/index.cjs") };
const report = {};
for (const [name, lib] of Object.entries(builds)) {
  const client = lib.createCaliberClient({ baseUrl: origin, retry: { baseDelayMs: 1, maxDelayMs: 1 } });
  const { response } = await client.PATCH("/api/v2/clientcontact/{clientContactId}/phone", { params: { path: { clientContactId: 5 } }, body: {} });
  report[name] = response.status;
}
console.log(JSON.stringify(report));
`;

// The XML format through each build, as Node loads them: a first XML call, then (ESM) a call while the lazily
// loaded chunk cannot be loaded, then one after it is back.
const xmlChild = `
import { createRequire } from "node:module";
import { renameSync } from "node:fs";
const [dir, origin, chunk] = process.argv.slice(1);
const builds = { cjs: createRequire(import.meta.url)(dir + "/index.cjs"), esm: await import(dir + "/index.js") };
const call = (lib) => lib.createCaliberClient({ baseUrl: origin }).PATCH("/api/v2/clientcontact/{clientContactId}/phone", {
  params: { path: { clientContactId: 5 } }, body: { Number: "a\\r\\nb" }, headers: { "Content-Type": "application/xml" },
}).then((r) => r.response.status, (e) => ({ name: e.name, caliber: lib.isCaliberError(e), message: e.message }));
const report = { cjs: [await call(builds.cjs), await call(builds.cjs)] };
renameSync(chunk, chunk + ".away");
const whileAway = await call(builds.esm);
renameSync(chunk + ".away", chunk);
report.esm = [whileAway, await call(builds.esm), await call(builds.esm)];
console.log(JSON.stringify(report));
`;

describe("dist: the XML format in each build", () => {
  it("CJS loads it with the rest: no lazy module initializer that a failure would leave half-run", async () => {
    const cjs = await readFile(join(outDir, "index.cjs"), "utf8");
    // esbuild's CJS lazy init (__esm) never runs again once it has thrown; nothing in the CJS build uses it.
    expect(cjs).not.toMatch(/__esm\(|\bimport\(/);
    // The XML writer is the package's own: it requires no XML library.
    expect(cjs).not.toMatch(/require\("fast-xml-builder"\)/);
  });

  it(
    "works from require() and import() on the first call; the ESM chunk loads again after a failed load",
    { timeout: 60_000 },
    async () => {
      server.reset();
      const chunk = (await readdir(outDir)).find((name) => /^xml-body-.*\.js$/.test(name));
      expect(chunk, "the ESM build's XML chunk").toBeDefined();
      const { stdout } = await promisify(execFile)(process.execPath, [
        "--input-type=module",
        "-e",
        xmlChild,
        outDir,
        server.origin,
        join(outDir, chunk!),
      ]);
      const failed = {
        name: "CaliberNetworkError",
        caliber: true,
        message: expect.stringContaining("the XML format could not be loaded, so nothing was sent"),
      };
      expect(JSON.parse(stdout)).toEqual({ cjs: [200, 200], esm: [failed, 200, 200] });
      expect(server.requests.map((r) => r.body)).toEqual(
        Array(4).fill(expect.stringContaining("<Number>a&#xD;\nb</Number>")),
      );
      server.reset();
    },
  );
});

describe("dist: ESM and CJS builds", () => {
  it("load in Node, validate with the generated validators, and send", { timeout: 60_000 }, async () => {
    const { stdout } = await promisify(execFile)(process.execPath, [
      "--input-type=module",
      "-e",
      child,
      outDir,
      server.origin,
    ]);
    const report = JSON.parse(stdout);
    const issues = [
      { path: "params.path.clientContactId", message: "must be an integer" },
      { path: "body.PhoneNumber", message: "is not a property of the schema" },
      { path: "body.DateCreated", message: expect.stringContaining("RFC 3339") },
    ];
    for (const name of ["esm", "cjs"]) {
      expect(report[name]).toEqual({ error: "CaliberValidationError", issues, status: 200, ownGuard: true });
    }
    // Each build has its own classes, which is why the guards check names.
    expect(report.crossInstanceof).toBe(false);
    expect(report.crossGuard).toBe(true);
    expect(server.requests.map((r) => r.url)).toEqual([
      "/api/v2/clientcontact/5/phone",
      "/api/v2/clientcontact/5/phone",
    ]);
  });

  it(
    "retry through each build",
    {
      timeout: 60_000,
    },
    async () => {
      server.reset();
      // Every first attempt is refused with a 503, every retry answered.
      server.respondWith((_request, response) =>
        response.writeHead(server.requests.length % 2 === 1 ? 503 : 200).end(),
      );
      const { stdout } = await promisify(execFile)(process.execPath, [
        "--input-type=module",
        "-e",
        retryChild,
        outDir,
        server.origin,
      ]);
      expect(JSON.parse(stdout)).toEqual({ esm: 200, cjs: 200 });
      expect(server.requests).toHaveLength(4);
    },
  );

  it("have no require() left in the ESM build", async () => {
    expect(await readFile(join(outDir, "index.js"), "utf8")).not.toMatch(/\brequire\(/);
  });
});
