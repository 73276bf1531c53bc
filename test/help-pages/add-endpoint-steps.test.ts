// DEVELOPERS.md "Add an endpoint from its help page", performed on a copy of this repository: pages saved in
// spec/help-pages/ fail `npm run check`, each named; `spec:draft --write`, `npm run generate` and `npm run check`
// then pass, and the spec says what the pages say. Minutes of work (a full check), so one test does all the steps.
import { copyFileSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { copyRepo } from "../helpers/repo-copy.ts";
import { fixturePagesDir } from "./pages-helper.ts";

const saved = ["DELETE-api-v1-widget-widgetId.txt", "GET-api-v1-widget-widgetId-parts.html", "ResourceModel-Part.txt"];

describe("DEVELOPERS.md: add an endpoint from its help page", { timeout: 600_000 }, () => {
  it("saved pages fail check, each named; drafted, generated and checked, they pass", () => {
    const repo = copyRepo();
    for (const page of saved) copyFileSync(join(fixturePagesDir, page), join(repo.dir, "spec/help-pages", page));

    const before = repo.run("npm", ["run", "check:pages"]);
    expect(before.status).toBe(1);
    expect(before.output).toContain(
      "DELETE-api-v1-widget-widgetId.txt:1: paths./api/v1/widget/{widgetId}.delete: the spec does not describe DELETE /api/v1/widget/{widgetId} yet",
    );
    expect(before.output).toContain(
      "GET-api-v1-widget-widgetId-parts.html:19: paths./api/v1/widget/{widgetId}/parts.get: the spec does not describe",
    );
    expect(before.output).toContain(
      "ResourceModel-Part.txt:3: components.schemas.Part: the page describes type Part, the spec has no such component",
    );

    const write = repo.run("npm", ["run", "spec:draft", "--", "--write", "spec/help-pages"]);
    expect(write.status, write.output).toBe(0);
    expect(write.output).toContain(
      "wrote 2 operation(s), 1 schema(s), 0 enum member(s), 2 example(s) into spec/openapi.yaml",
    );
    expect(write.output).toContain("PATCH /api/v2/clientcontact/{clientContactId}/phone is in the spec already");

    expect(repo.run("npm", ["run", "generate"]).status).toBe(0);
    const check = repo.run("npm", ["run", "check"]);
    expect(check.output).toContain("feature   GET /api/v1/widget/{widgetId}/parts: operation added");
    expect(check.output).toContain("check:pages: spec/openapi.yaml holds to the 4 page(s) in spec/help-pages/");
    expect(check.status, check.output).toBe(0);

    const spec = parse(readFileSync(join(repo.dir, "spec/openapi.yaml"), "utf8"));
    expect(
      spec.paths["/api/v1/widget/{widgetId}/parts"].get.responses["200"].content["application/xml"].schema,
    ).toEqual({
      type: "array",
      items: { $ref: "#/components/schemas/Part" },
    });
    expect(spec.components.schemas.Part.properties.Label).toMatchObject({ type: "string", maxLength: 50 });
    expect(spec.components.schemas.Phone.description).toMatch(/^A phone number of a client contact/);
  });
});
