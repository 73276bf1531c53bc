#!/usr/bin/env node
// `npx caliber-api-mock`: the mock as a process, with the docs page and the control API. See `--help`.
import { fileURLToPath } from "node:url";
import { runMockCli } from "../mock/cli.ts";

// Built to dist/caliber-api-mock.js, beside dist/docs/index.html.
const docsPath = fileURLToPath(new URL("./docs/index.html", import.meta.url));
await runMockCli(process.argv.slice(2), { docsPath, command: "caliber-api-mock" });
