/* global console -- run by Node, outside the project's TypeScript */
// Loads every entry point of the installed package under module-scope-trap.mjs, then reports their exports.
import { createRequire } from "node:module";

const loaded = {
  import: Object.keys(await import("caliber-api")).sort(),
  importMock: Object.keys(await import("caliber-api/mock")).sort(),
  importMsw: Object.keys(await import("caliber-api/msw")).sort(),
  require: Object.keys(createRequire(import.meta.url)("caliber-api")).sort(),
  requireMock: Object.keys(createRequire(import.meta.url)("caliber-api/mock")).sort(),
};
globalThis.releaseModuleScopeTrap();
console.log(JSON.stringify(loaded));
