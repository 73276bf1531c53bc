// DEVELOPERS.md "Change the spec", performed on a copy of this repository as a contributor would: edit the spec,
// `npm run generate`, `npm run check`. An optional field then goes out in all five formats and the mock takes it;
// a removed field makes `npm run check` demand a major version until the version is bumped (and
// `npm run spec:changelog` writes the new version's changes).
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseDocument } from "yaml";
import { copyRepo, type RepoCopy } from "../helpers/repo-copy.ts";

/** Edits spec/openapi.yaml in the copy the way a person would: one change to the YAML, comments kept. */
function editSpec(repo: RepoCopy, edit: (spec: ReturnType<typeof parseDocument>) => void): void {
  const file = join(repo.dir, "spec/openapi.yaml");
  const spec = parseDocument(readFileSync(file, "utf8"));
  edit(spec);
  writeFileSync(file, spec.toString({ lineWidth: 0 }));
}

const seedPage = "spec/help-pages/PATCH-api-v2-clientcontact-clientContactId-phone.txt";

/**
 * Saves the endpoint's new help page in the copy (`npm run check` holds the spec to it): each edit replaces
 * one piece of the page's text, which must be there.
 */
function editPage(repo: RepoCopy, edits: [string | RegExp, string][]): void {
  const file = join(repo.dir, seedPage);
  let text = readFileSync(file, "utf8");
  for (const [from, to] of edits) {
    if (!(typeof from === "string" ? text.includes(from) : from.test(text)))
      throw new Error(`${seedPage}: no ${String(from)}`);
    text = text.replace(from, to);
  }
  writeFileSync(file, text);
}

function setVersion(repo: RepoCopy, version: string): void {
  editSpec(repo, (spec) => spec.setIn(["info", "version"], version));
  const file = join(repo.dir, "package.json");
  const manifest = JSON.parse(readFileSync(file, "utf8")) as { version: string };
  writeFileSync(file, JSON.stringify({ ...manifest, version }, null, 2) + "\n");
}

/** Sends one body in each of the spec's five formats through the copy's client to the copy's mock. */
const probe = `
import { createCaliberClient } from "./src/index.ts";
import { startMockServer } from "./src/mock/index.ts";
const mock = await startMockServer();
const client = createCaliberClient({ baseUrl: mock.url });
const types = ["application/json", "text/json", "application/xml", "text/xml", "application/x-www-form-urlencoded"];
const sent = [];
for (const type of types) {
  const { response } = await client.PATCH("/api/v2/clientcontact/{clientContactId}/phone", {
    params: { path: { clientContactId: 7 } },
    body: { Number: "555-0100", CountryCode: "+1" },
    headers: { "Content-Type": type },
  });
  const arrived = mock.requests.at(-1);
  sent.push({ type, status: response.status, rawBody: arrived.rawBody, body: arrived.body });
}
await mock.close();
console.log(JSON.stringify(sent));
`;

describe("DEVELOPERS.md: change the spec", { timeout: 600_000 }, () => {
  it("an optional field added: generate and check pass, and it goes out in all five formats", () => {
    const repo = copyRepo();
    editSpec(repo, (spec) =>
      spec.setIn(["components", "schemas", "Phone", "properties", "CountryCode"], {
        type: "string",
        description: "Country calling code.",
      }),
    );
    // The page the field comes from: a row in its table, a key in each sample (XML members in ordinal order).
    editPage(repo, [
      ["\nNumber\n", "\nCountryCode\n\nstring\n\nNone.\n\nNumber\n"],
      ['  "Number": "sample string 4",', '  "CountryCode": "sample string 6",\n  "Number": "sample string 4",'],
      ["  <CreatedBy>1</CreatedBy>", "  <CountryCode>sample string 6</CountryCode>\n  <CreatedBy>1</CreatedBy>"],
    ]);
    const generate = repo.run("npm", ["run", "generate"]);
    expect(generate.output).toContain("written");
    expect(generate.status).toBe(0);
    const check = repo.run("npm", ["run", "check"]);
    expect(check.output).toContain("feature   schema Phone: optional field `CountryCode` added");
    expect(check.status, check.output).toBe(0);

    writeFileSync(join(repo.dir, "probe.ts"), probe);
    const run = repo.run("node_modules/.bin/tsx", ["probe.ts"]);
    expect(run.status, run.output).toBe(0);
    const sent = JSON.parse(run.output.trim().split("\n").at(-1)!) as {
      type: string;
      status: number;
      rawBody: string;
      body: unknown;
    }[];
    expect(sent.map((s) => s.type)).toHaveLength(5);
    for (const { type, status, rawBody, body } of sent) {
      expect(status, type).toBe(200);
      expect(rawBody, type).toMatch(/CountryCode(":"|>|=)(%2B|\+)1/);
      expect(body, type).toEqual({ Number: "555-0100", CountryCode: "+1" });
    }
    expect(sent.find((s) => s.type === "application/xml")!.rawBody).toContain(
      "<CountryCode>+1</CountryCode><Number>555-0100</Number>",
    );
  });

  it("an uncommitted breaking edit fails `npm run check`, naming it, until the major version is bumped", () => {
    const repo = copyRepo();
    editSpec(repo, (spec) => {
      spec.deleteIn(["components", "schemas", "Phone", "properties", "Extension"]);
      // The examples must stay valid (`redocly lint` checks them): the field leaves them too.
      spec.deleteIn(["components", "examples", "PhoneJsonSample", "value", "Extension"]);
      spec.deleteIn(["components", "examples", "PhoneFormSample", "value", "Extension"]);
      const xml = spec.getIn(["components", "examples", "PhoneXmlSample", "value"]) as string;
      spec.setIn(["components", "examples", "PhoneXmlSample", "value"], xml.replace(/ *<Extension>.*\n/, ""));
    });
    editPage(repo, [
      ["\nExtension\n\nstring\n\nNone.\n", "\n"],
      [/ *"Extension": .*\n/, ""],
      [/ *<Extension>.*\n/, ""],
    ]);
    expect(repo.run("npm", ["run", "generate"]).status).toBe(0);
    const refused = repo.run("npm", ["run", "check"]);
    const version = (JSON.parse(readFileSync(join(repo.dir, "package.json"), "utf8")) as { version: string }).version;
    const major = `${Number(version.split(".")[0]) + 1}.0.0`;
    expect(refused.output).toContain("breaking  schema Phone: field `Extension` removed");
    expect(refused.output).toContain(
      `Breaking changes need a major version: set package.json and info.version to ${major}`,
    );
    expect(refused.status).not.toBe(0);

    setVersion(repo, major);
    const changelog = repo.run("npm", ["run", "spec:changelog"]);
    expect(changelog.output).toContain(`wrote CHANGELOG.md: ${major}`);
    expect(readFileSync(join(repo.dir, "CHANGELOG.md"), "utf8")).toContain(
      `## ${major}\n\nCompared with ${version}.\n\n### Breaking\n\n- \`schema Phone\`: field \`Extension\` removed\n`,
    );
    const accepted = repo.run("npm", ["run", "check"]);
    expect(accepted.output).toContain(`Breaking changes accepted: package.json went from ${version} to ${major}`);
    expect(accepted.status, accepted.output).toBe(0);
  });
});
