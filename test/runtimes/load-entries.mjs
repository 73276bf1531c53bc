/* global console -- run by Node, outside the project's TypeScript */
// Loads every entry point of the installed package under module-scope-trap.mjs, then reports their exports.
import { createRequire } from "node:module";

const loaded = {
  import: Object.keys(await import("caliber-api")).length,
  importMock: Object.keys(await import("caliber-api/mock")).length,
  importMsw: Object.keys(await import("caliber-api/msw")).length,
  require: Object.keys(createRequire(import.meta.url)("caliber-api")).length,
  requireMock: Object.keys(createRequire(import.meta.url)("caliber-api/mock")).length,
};
globalThis.releaseModuleScopeTrap();
console.log(JSON.stringify(loaded));
