// DEVELOPERS.md names files and folders of this repository (the flow of a call, the layout, the tests): each
// one it names must exist, so the guide does not drift when files move.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { expect, it } from "vitest";
import { repoDir } from "../helpers/run-script.ts";

const guide = readFileSync(join(repoDir, "DEVELOPERS.md"), "utf8");
const topFolders = ["src", "scripts", "test", "bench", "generated", "docs", "spec"];
/** `src/client/send.ts`, `test/consumer/`: code spans that are paths under one of the repository's folders. */
const namedPaths = [...guide.matchAll(/`([\w./-]+)`/g)]
  .map((match) => match[1]!)
  .filter((text) => topFolders.includes(text.split("/")[0]!) && text.includes("/"));

it("DEVELOPERS.md names only paths that exist", () => {
  expect(namedPaths.length).toBeGreaterThan(20);
  expect(namedPaths.filter((path) => !existsSync(join(repoDir, path)))).toEqual([]);
});
