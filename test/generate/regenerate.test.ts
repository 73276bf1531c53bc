// Regeneration follows the spec: edit a copy of the real spec, run the real generator into a temp dir, and
// find each edit in the generated types, enum consts, validators and body-format metadata, and in what a consumer
// can compile.
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readSpec } from "../../scripts/generate/spec.ts";
import { writeDataContractXml } from "../../src/formats/xml/write-data-contract-xml.ts";
import { generateInTemp } from "../helpers/generate-temp.ts";
import { typeErrors } from "../helpers/typecheck.ts";

/** The real spec with three edits: Phone loses Extension, gains Nickname; ObjectTypes gains member 1 Person. */
async function editedSpec() {
  const spec = structuredClone(await readSpec()) as any;
  delete spec.components.schemas.Phone.properties.Extension;
  spec.components.schemas.Phone.properties.Nickname = { type: "string", description: "A name for the number." };
  const objectTypes = spec.components.schemas.ObjectTypes;
  objectTypes.enum.push(1);
  objectTypes["x-enum-varnames"].push("Person");
  objectTypes["x-enum-descriptions"].push("Person.");
  return spec;
}

/** The type openapi-typescript writes for one component schema: its block in `schemas: { … }` (8 spaces in). */
function schemaBlock(openapiTs: string, name: string): string {
  const start = openapiTs.indexOf(`\n        ${name}: {\n`);
  expect(start, `schema ${name} in openapi.ts`).toBeGreaterThan(-1);
  return openapiTs.slice(start, openapiTs.indexOf("\n        };", start));
}

describe("npm run generate after a spec edit", { timeout: 60_000 }, () => {
  it("starts from the committed output: the unedited spec regenerates generated/ byte for byte", async () => {
    const { read } = await generateInTemp(await readSpec());
    const { readFileSync } = await import("node:fs");
    // The first line names the spec's path, which here is the temp copy's.
    const belowHeader = (text: string) => text.slice(text.indexOf("\n") + 1);
    for (const file of ["openapi.ts", "enums.ts", "schemas.ts", "validators.ts", "operations.ts", "body-formats.ts"]) {
      const committed = readFileSync(new URL(`../../generated/${file}`, import.meta.url), "utf8");
      expect(belowHeader(read(file)), file).toBe(belowHeader(committed));
    }
  });

  it("drops a removed field, adds a new field and a new enum member, in types and consts", async () => {
    const generated = await generateInTemp(await editedSpec());
    expect([...generated.states.values()].every((state) => state === "written")).toBe(true);

    const phone = schemaBlock(generated.read("openapi.ts"), "Phone");
    expect(phone).toContain("PhoneTypeName?: string | null;");
    expect(phone).not.toContain("Extension?:");
    expect(phone).toContain("Nickname?: string;");
    expect(generated.read("openapi.ts")).toMatch(/^ {8}ObjectTypes: enums\.ObjectTypes;$/m);
    expect(generated.read("enums.ts")).toMatch(/export enum ObjectTypes \{\s+Division = 0,\s+Person = 1,\s+\}/);
  });

  it("changes the validators and the body-format metadata the client and the mock run on", async () => {
    const generated = await generateInTemp(await editedSpec());
    const { requestValidators } = await generated.load<typeof import("../../generated/validators.ts")>("validators.ts");
    const validatePhone = requestValidators["/api/v2/clientcontact/{clientContactId}/phone"]!.patch!.body!;
    expect(validatePhone({ Nickname: "desk", RefType: 1 })).toBe(true);
    expect(validatePhone({ Extension: "12" })).toBe(false);
    expect(validatePhone.errors).toMatchObject([
      { keyword: "additionalProperties", params: { additionalProperty: "Extension" } },
    ]);

    const { operations } = await generated.load<typeof import("../../generated/operations.ts")>("operations.ts");
    const patch = operations.find((operation) => operation.operationId === "patchClientContactPhone")!;
    const members = new Map(patch.types.Phone!.members);
    expect(members.get("Nickname")).toEqual({ kind: "string" });
    expect(members.has("Extension")).toBe(false);
    expect(members.get("RefType")).toEqual({ kind: "enum", members: { 0: "Division", 1: "Person" } });
  });

  it("changes what a consumer can compile: the removed field is an error, the new ones are accepted", async () => {
    const generated = await generateInTemp(await editedSpec());
    const consumer = join(generated.outDir, "consumer.ts");
    writeFileSync(
      consumer,
      [
        'import type { Phone } from "./schemas.ts";',
        'import { ObjectTypes } from "./enums.ts";',
        'export const ok: Phone = { Nickname: "desk", RefType: ObjectTypes.Person };',
        "export const person: 1 = ObjectTypes.Person;",
        "// @ts-expect-error Extension was removed from the spec",
        'export const removed: Phone = { Extension: "12" };',
      ].join("\n"),
    );
    expect(typeErrors([consumer])).toEqual([]);
  });

  it("sends a new optional field of Phone in XML too, in DataContract order: Phone is the one field list", async () => {
    const spec = structuredClone(await readSpec()) as any;
    spec.components.schemas.Phone.properties.CountryCode = { type: "string", description: "Country calling code." };
    const generated = await generateInTemp(spec);
    const { operations } = await generated.load<typeof import("../../generated/operations.ts")>("operations.ts");
    const operation = operations.find((candidate) => candidate.operationId === "patchClientContactPhone")!;
    const xml = writeDataContractXml(
      { Number: "555-0100", CountryCode: "+1" },
      operation.requestBody!,
      operation.types,
    );
    expect(xml).toBe(
      '<Phone xmlns:i="http://www.w3.org/2001/XMLSchema-instance" xmlns="http://schemas.datacontract.org/2004/07/CaliberAPI">' +
        "<CountryCode>+1</CountryCode><Number>555-0100</Number></Phone>",
    );
  });
});
