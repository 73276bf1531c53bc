import { spawn, type ChildProcess } from "node:child_process";
import { fileURLToPath } from "node:url";

const redocly = fileURLToPath(new URL("../../node_modules/.bin/redocly", import.meta.url));
const repoDir = fileURLToPath(new URL("../../", import.meta.url));

export interface RedoclyResult {
  code: number | null;
  /** stdout and stderr together, without the Node-version banner Redocly prints on Node 20. */
  output: string;
}

/** Runs `redocly <args>` from the repository root (so redocly.yaml applies); `onStart` gets the child to stop it. */
export function runRedocly(args: string[], onStart?: (child: ChildProcess) => void): Promise<RedoclyResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(redocly, args, {
      cwd: repoDir,
      env: { ...process.env, REDOCLY_TELEMETRY: "off", REDOCLY_SUPPRESS_UPDATE_NOTICE: "true", NO_COLOR: "1" },
      stdio: ["ignore", "pipe", "pipe"],
    });
    onStart?.(child);
    let output = "";
    child.stdout.on("data", (chunk: Buffer) => (output += chunk));
    child.stderr.on("data", (chunk: Buffer) => (output += chunk));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, output: withoutBanner(output) }));
  });
}

function withoutBanner(text: string): string {
  return text
    .split("\n")
    .filter((line) => !/[╔║╚]/.test(line))
    .join("\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}
