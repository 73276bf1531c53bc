// No assumption of one endpoint or of tidy names: the real generator on a spec with six operations and
// component names that are no TypeScript identifiers, then a consumer calling each operation through the
// strict client, type-checked by tsc.
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { readSpec } from "../../scripts/generate/spec.ts";
import { generateInTemp } from "../helpers/generate-temp.ts";
import { typeErrors } from "../helpers/typecheck.ts";

const fixture = fileURLToPath(new URL("../fixtures/multi-operation.yaml", import.meta.url));
const strictClient = fileURLToPath(new URL("../../src/client/strict-client.ts", import.meta.url));

describe("the generator on a many-operation spec with awkward names", { timeout: 60_000 }, () => {
  it("converts names that are no identifiers, and says which it left out", async () => {
    const generated = await generateInTemp(await readSpec(fixture));
    const schemas = generated.read("schemas.ts");
    expect(schemas).toContain('export type SimpleUser = components["schemas"]["simple-user"];');
    expect(schemas).toContain('export type Default = components["schemas"]["default"];');
    expect(schemas).toContain('export type _2faMethod = components["schemas"]["2fa-method"];');
    expect(schemas).toContain("/** A user (a *\\/ here must not end the doc comment)");
    // "a.b" would become "AB", which another schema already is.
    expect(schemas).toContain("// Schemas without a usable TypeScript name, left out: a.b");
    expect(schemas).toContain('export type AB = components["schemas"]["AB"];');
    const enums = generated.read("enums.ts");
    expect(enums).toMatch(/export const WidgetState = \{\s+New: "new",\s+"in-progress": "in-progress",\s+\} as const;/);
    expect(enums).toMatch(/export enum WidgetKinds \{\s+Round = 0,\s+Square = 1,\s+\}/);
  });

  it("gives a consumer every operation through the strict client, and refuses what the spec does not allow", async () => {
    const generated = await generateInTemp(await readSpec(fixture));
    const consumer = join(generated.outDir, "consumer.ts");
    writeFileSync(
      consumer,
      `import type { StrictClient } from ${JSON.stringify(strictClient)};
import type { paths } from "./openapi.ts";
import type { SimpleUser, Widget } from "./schemas.ts";
import { WidgetKinds, WidgetState } from "./enums.ts";
declare const client: StrictClient<paths>;

export async function calls(): Promise<void> {
  const list = await client.GET("/api/v2/widget", { params: { query: { page: 2 } } });
  const widgets: Widget[] | undefined = list.data;
  await client.GET("/api/v2/widget");
  await client.POST("/api/v2/widget", { body: { Name: "a", Kind: WidgetKinds.Square, State: WidgetState["in-progress"] } });
  const one = await client.GET("/api/v2/widget/{widgetId}", { params: { path: { widgetId: 1 } } });
  const name: string | undefined = one.data?.Name;
  await client.PUT("/api/v2/widget/{widgetId}", { params: { path: { widgetId: 1 } }, body: { Name: "b" } });
  await client.DELETE("/api/v2/widget/{widgetId}", { params: { path: { widgetId: 1 } } });
  const user = await client.GET("/api/v2/user/{userId}", { params: { path: { userId: "octocat" } } });
  const login: SimpleUser["login"] = user.data?.login;
  void [widgets, name, login];

  // @ts-expect-error Name is required
  await client.POST("/api/v2/widget", { body: { Kind: 0 } });
  // @ts-expect-error a misspelled body field
  await client.PUT("/api/v2/widget/{widgetId}", { params: { path: { widgetId: 1 } }, body: { Name: "b", Nmae: "c" } });
  // @ts-expect-error the collection has no DELETE
  await client.DELETE("/api/v2/widget");
  // @ts-expect-error userId is a string
  await client.GET("/api/v2/user/{userId}", { params: { path: { userId: 7 } } });
  // @ts-expect-error 2 is no WidgetKinds member
  await client.POST("/api/v2/widget", { body: { Name: "a", Kind: 2 } });
}
`,
    );
    expect(typeErrors([consumer])).toEqual([]);
  });
});
