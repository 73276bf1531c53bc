/**
 * A real ASP.NET Web API (Mono's System.Web.Http) serving every operation of a spec: the generic host and report
 * (test/aspnet/*.cs) with the spec's generated classes, controllers and routes (generated/aspnet/*.cs, or another
 * spec's, written by `npm run generate -- --spec … --out …`), compiled with `mcs` into
 * node_modules/.cache/caliber-aspnet/<hash of the sources>/ (never committed; rebuilt when a source changes) and
 * started with `mono` on 127.0.0.1 and a free port. Where Mono is missing, local runs
 * skip with the install command; CI (`CI` set, anything but false/0) fails instead.
 */
import { execFile, spawn, spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync } from "node:fs";
import { basename, join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";

const repoDir = fileURLToPath(new URL("../../", import.meta.url));
const sourcesDir = join(repoDir, "test/aspnet");
/** The spec's own server: generated/aspnet/. */
export const specAspNetDir = join(repoDir, "generated/aspnet");
const cacheDir = join(repoDir, "node_modules/.cache/caliber-aspnet");
const exeName = "CaliberAspNetServer.exe";
const mcsArgs = [
  "-nologo",
  "-target:exe",
  "-optimize+",
  "-r:System.Web.Http.dll",
  "-r:System.Net.Http.dll",
  "-r:System.Net.Http.Formatting.dll",
  "-r:System.Runtime.Serialization.dll",
];

export const monoInstallCommand =
  "apt-get install -y --no-install-recommends mono-runtime mono-mcs libmono-system-web-http4.0-cil " +
  "libmono-system-net-http-formatting4.0-cil libmono-system-runtime-serialization4.0-cil";

const runs = (command: string): boolean => spawnSync(command, ["--version"], { stdio: "ignore" }).status === 0;
const inCi = !["", "0", "false"].includes((process.env.CI ?? "").toLowerCase());
export const haveMono = runs("mono") && runs("mcs");
/** Skip the framework tests only where Mono is missing and this is not CI. */
export const skipAspNetTests = !haveMono && !inCi;

if (skipAspNetTests) {
  console.warn(`ASP.NET Web API tests skipped: no mono/mcs on PATH. Install them with: ${monoInstallCommand}`);
}

const csharpFiles = (dir: string): string[] =>
  readdirSync(dir)
    .filter((name) => name.endsWith(".cs"))
    .sort()
    .map((name) => join(dir, name));

/**
 * Compiles test/aspnet/*.cs with `generatedDir`'s *.cs unless a binary of exactly these sources and flags is
 * cached; returns its path.
 */
export async function buildAspNetServer(generatedDir = specAspNetDir): Promise<string> {
  const sources = [...csharpFiles(sourcesDir), ...csharpFiles(generatedDir)];
  const hash = createHash("sha256").update(mcsArgs.join(" "));
  // The generated header names the spec's path (a fresh temp dir for a fixture): a comment, so it is not hashed.
  const code = (file: string) => readFileSync(file, "utf8").replace(/^\/\/ generated from .*\n/, "");
  for (const file of sources) hash.update(`\0${basename(file)}\0`).update(code(file));
  const outDir = join(cacheDir, hash.digest("hex").slice(0, 16));
  const exe = join(outDir, exeName);
  if (existsSync(exe)) return exe;
  mkdirSync(outDir, { recursive: true });
  // Written under another name and renamed, so that a parallel test file never starts a half-written binary.
  const partial = `${exe}.${process.pid}.partial`;
  try {
    await promisify(execFile)("mcs", [...mcsArgs, `-out:${partial}`, ...sources]);
  } catch (error) {
    rmSync(partial, { force: true });
    const { stdout = "", message } = error as { stdout?: string; message: string };
    throw new Error(
      `mcs could not compile test/aspnet with ${generatedDir} (${monoInstallCommand}):\n${stdout}${message}`,
      {
        cause: error,
      },
    );
  }
  renameSync(partial, exe);
  return exe;
}

export interface AspNetServer {
  /** `http://127.0.0.1:PORT/` */
  url: string;
  /** Everything the server wrote to stderr (adapter errors). */
  stderr(): string;
  close(): Promise<void>;
}

export interface AspNetServerOptions {
  /** Reaches mono: the model binder converts dates into the server's time zone (`TZ`). */
  env?: Record<string, string>;
  /** The generated C# of the spec to serve (generated/aspnet/ by default). */
  generatedDir?: string;
  timeoutMs?: number;
}

/** Starts the server and waits for its ready line; the first request (JIT, Web API's start-up) is paid here. */
export async function startAspNetServer(options: AspNetServerOptions = {}): Promise<AspNetServer> {
  const { env = {}, generatedDir, timeoutMs = 30_000 } = options;
  if (!haveMono)
    throw new Error(`no mono/mcs on PATH (CI must run the framework tests). Install: ${monoInstallCommand}`);
  const exe = await buildAspNetServer(generatedDir);
  const child = spawn("mono", [exe, "0"], { env: { ...process.env, ...env }, stdio: ["pipe", "pipe", "pipe"] });
  let stderr = "";
  child.stderr.setEncoding("utf8").on("data", (text: string) => (stderr += text));
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));

  const url = await new Promise<string>((resolve, reject) => {
    let out = "";
    let settled = false;
    const settle = (outcome: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      outcome();
    };
    const fail = (why: string) =>
      settle(() => {
        child.kill("SIGKILL");
        reject(new Error(`ASP.NET test server ${why}\n${out}${stderr}`));
      });
    const timer = setTimeout(() => fail(`not ready after ${timeoutMs} ms`), timeoutMs);
    child.once("error", (error) => fail(`could not start: ${error.message}`));
    void exited.then(() => fail("exited before it was ready"));
    child.stdout.setEncoding("utf8").on("data", (text: string) => {
      out += text;
      const ready = /^listening (http:\/\/\S+)\s*$/m.exec(out);
      if (ready) settle(() => resolve(ready[1]!));
    });
  });
  // Any request warms Web API's pipeline; one no route matches depends on no operation of the spec.
  await fetch(`${url}caliber-warm-up`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: "{}",
  }).then((response) => response.arrayBuffer());

  let closing: Promise<void> | undefined;
  const close = () =>
    (closing ??= (async () => {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.stdin.end(); // the server exits when its stdin closes, so it also dies with this process
      const kill = setTimeout(() => child.kill("SIGKILL"), 5_000);
      await exited;
      clearTimeout(kill);
    })());
  return { url, stderr: () => stderr, close };
}
