// DEVELOPERS.md records the spec's Agent Readiness score (`npm run spec:score`); this keeps the figure true.
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { expect, it } from "vitest";

const root = fileURLToPath(new URL("../..", import.meta.url));

it("DEVELOPERS.md states the score `redocly score` gives spec/openapi.yaml", { timeout: 60_000 }, () => {
  const output = execFileSync("npx", ["--no-install", "redocly", "score", "spec/openapi.yaml", "--format", "json"], {
    cwd: root,
    encoding: "utf8",
    stdio: ["ignore", "pipe", "ignore"],
    env: { ...process.env, REDOCLY_TELEMETRY: "off", REDOCLY_SUPPRESS_UPDATE_NOTICE: "true" },
  });
  const { agentReadiness } = JSON.parse(output.slice(output.indexOf("{")));
  const recorded = /Agent Readiness score[^*\n]*\*\*([\d.]+)\*\*/.exec(readFileSync(`${root}DEVELOPERS.md`, "utf8"));
  expect(recorded?.[1], "DEVELOPERS.md: Agent Readiness score … **<figure>**").toBe(String(agentReadiness));
});
