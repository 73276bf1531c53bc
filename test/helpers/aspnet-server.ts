/**
 * A real ASP.NET Web API (Mono's System.Web.Http) serving the help page's PATCH operation: test/aspnet/*.cs,
 * compiled with `mcs` into node_modules/.cache/caliber-aspnet/<hash of the sources>/ (never committed; rebuilt
 * when a source changes) and started with `mono` on 127.0.0.1 and a free port. Where Mono is missing, local runs
 * skip with the install command; CI (`CI` set, anything but false/0) fails instead.
 */
import { execFile, spawn, spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";

const repoDir = fileURLToPath(new URL("../../", import.meta.url));
const sourcesDir = join(repoDir, "test/aspnet");
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

/** Compiles test/aspnet/*.cs unless a binary of exactly these sources and flags is cached; returns its path. */
export async function buildAspNetServer(): Promise<string> {
  const sources = readdirSync(sourcesDir)
    .filter((name) => name.endsWith(".cs"))
    .sort();
  const hash = createHash("sha256").update(mcsArgs.join(" "));
  for (const name of sources) hash.update(`\0${name}\0`).update(readFileSync(join(sourcesDir, name)));
  const outDir = join(cacheDir, hash.digest("hex").slice(0, 16));
  const exe = join(outDir, exeName);
  if (existsSync(exe)) return exe;
  mkdirSync(outDir, { recursive: true });
  // Written under another name and renamed, so that a parallel test file never starts a half-written binary.
  const partial = `${exe}.${process.pid}.partial`;
  try {
    await promisify(execFile)("mcs", [...mcsArgs, `-out:${partial}`, ...sources.map((name) => join(sourcesDir, name))]);
  } catch (error) {
    rmSync(partial, { force: true });
    const { stdout = "", message } = error as { stdout?: string; message: string };
    throw new Error(`mcs could not compile test/aspnet (${monoInstallCommand}):\n${stdout}${message}`, {
      cause: error,
    });
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

/**
 * Starts the server and waits for its ready line; the first request (JIT, Web API's start-up) is paid here.
 * `env` reaches mono: the model binder converts dates into the server's time zone (`TZ`).
 */
export async function startAspNetServer(env: Record<string, string> = {}, timeoutMs = 30_000): Promise<AspNetServer> {
  if (!haveMono)
    throw new Error(`no mono/mcs on PATH (CI must run the framework tests). Install: ${monoInstallCommand}`);
  const exe = await buildAspNetServer();
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
  await fetch(`${url}api/v2/clientcontact/0/phone`, {
    method: "PATCH",
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
