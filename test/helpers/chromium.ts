/**
 * Headless Chromium for browser tests: Debian's `chromium` package driven by playwright-core (which downloads
 * nothing). Where Chromium is missing, local runs skip with a message; CI (`CI=true`) fails instead.
 */
import { existsSync } from "node:fs";
import { chromium, type Browser } from "playwright-core";

export const chromiumPath = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
export const installCommand = "apt-get update && apt-get install -y chromium";

/** Flags for a quiet headless run that reaches no Google service on its own. */
const chromiumFlags = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

const inCi = !["", "0", "false"].includes((process.env.CI ?? "").toLowerCase());
export const haveChromium = existsSync(chromiumPath);
/** Skip browser tests only where Chromium is missing and this is not CI. */
export const skipBrowserTests = !haveChromium && !inCi;

if (skipBrowserTests) {
  console.warn(`browser tests skipped: no Chromium at ${chromiumPath}. Install it with: ${installCommand}`);
}

/** `extraArgs` go after the quiet flags, such as `--host-resolver-rules=MAP site.test 127.0.0.1`. */
export async function launchChromium(extraArgs: string[] = []): Promise<Browser> {
  if (!haveChromium) {
    throw new Error(`no Chromium at ${chromiumPath} (CI must run browser tests). Install it with: ${installCommand}`);
  }
  return chromium.launch({ executablePath: chromiumPath, args: [...chromiumFlags, ...extraArgs] });
}
