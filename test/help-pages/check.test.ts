// Holding a spec to saved pages: each drift from a page fails, naming the page, its line and the spec's path;
// what the page cannot express, and operations whose page is not saved, pass.
import { describe, expect, it } from "vitest";
import { checkPages } from "../../scripts/help-pages/check-pages.ts";
import { draftInto, emptySpecText, fixturePagesDir, loadPages } from "./pages-helper.ts";

const pages = loadPages(fixturePagesDir);
const drafted = draftInto(emptySpecText, pages).spec;
const post = (spec: any) => spec.paths["/api/v1/widget"].post;
const del = (spec: any) => spec.paths["/api/v1/widget/{widgetId}"].delete;
const get = (spec: any) => spec.paths["/api/v1/widget/{widgetId}/parts"].get;

/** Each drift of the drafted spec → the issues the check must print for it, exactly. */
const drifts: [string, (spec: any) => void, string[]][] = [
  [
    "a field's type",
    (s) => (s.components.schemas.Widget.properties.Name.type = "integer"),
    [
      "POST-api-v1-widget.txt:53: components.schemas.Widget.properties.Name: the page says string, the spec says integer",
      'POST-api-v1-widget.txt:153: components.schemas.Widget.properties.Name: the request JSON sample has "sample string 4", the spec says integer',
      'POST-api-v1-widget.txt:198: components.schemas.Widget.properties.Name: the request XML sample has "sample string 4", the spec says integer',
    ],
  ],
  [
    "a dropped request format",
    (s) => delete post(s).requestBody.content["text/xml"],
    [
      "POST-api-v1-widget.txt:184: paths./api/v1/widget.post.requestBody.content: the page lists request format text/xml, the spec does not",
    ],
  ],
  [
    "a request format the page does not list",
    (s) =>
      (post(s).requestBody.content["application/merge-patch+json"] = {
        schema: { $ref: "#/components/schemas/Widget" },
      }),
    [
      "POST-api-v1-widget.txt:143: paths./api/v1/widget.post.requestBody.content.application/merge-patch+json: the spec has request format application/merge-patch+json, the page does not list it",
    ],
  ],
  [
    "a lost annotation (from a model page)",
    (s) => delete s.components.schemas.Part.properties.Label.maxLength,
    [
      'ResourceModel-Part.txt:14: components.schemas.Part.properties.Label: the page says maxLength 50 ("Max length: 50"), the spec says no maxLength',
    ],
  ],
  [
    "a changed range",
    (s) => (s.components.schemas.Widget.properties.Count.maximum = 99),
    [
      'POST-api-v1-widget.txt:23: components.schemas.Widget.properties.Count: the page says maximum 100 ("Range: inclusive between 1 and 100"), the spec says maximum 99',
    ],
  ],
  [
    "a limit the page does not state",
    (s) => (s.components.schemas.Widget.properties.Active.maxLength = 4),
    [
      "POST-api-v1-widget.txt:93: components.schemas.Widget.properties.Active: the page says no maxLength, the spec says maxLength 4",
    ],
  ],
  [
    "a lost Required",
    (s) => (s.components.schemas.Widget.required = ["WidgetID"]),
    [
      "POST-api-v1-widget.txt:53: components.schemas.Widget.properties.Name: the page says Required, the spec does not require it",
    ],
  ],
  [
    "a field the page does not list",
    (s) => (s.components.schemas.Part.properties.Weight = { type: "integer" }),
    [
      "ResourceModel-Part.txt:3: components.schemas.Part.properties.Weight: the spec has this field, the page does not",
      "GET-api-v1-widget-widgetId-parts.html:110: components.schemas.Part.properties.Weight: the response JSON sample has no key Weight",
      "GET-api-v1-widget-widgetId-parts.html:128: components.schemas.Part.properties.Weight: the response XML sample has no element Weight",
      "GET-api-v1-widget-widgetId-parts.html:132: components.schemas.Part.properties.Weight: the response XML sample has no element Weight",
      "POST-api-v1-widget.txt:165: components.schemas.Part.properties.Weight: the request JSON sample has no key Weight",
      "POST-api-v1-widget.txt:202: components.schemas.Part.properties.Weight: the request XML sample has no element Weight",
      "POST-api-v1-widget.txt:206: components.schemas.Part.properties.Weight: the request XML sample has no element Weight",
    ],
  ],
  [
    "an enum member renamed",
    (s) => (s.components.schemas.Colour["x-enum-varnames"][1] = "Lime"),
    [
      "ResourceModel-Colour.html:18: components.schemas.Colour: the page names member 1 Green, the spec says Lime",
      "POST-api-v1-widget.txt:190: components.schemas.Colour.x-enum-varnames: the request XML sample writes enum member Green, the spec's members are Red, Lime, Blue",
    ],
  ],
  [
    "an enum member the model page does not list",
    (s) => {
      s.components.schemas.Colour.enum.push(3);
      s.components.schemas.Colour["x-enum-varnames"].push("Teal");
    },
    [
      "ResourceModel-Colour.html:18: components.schemas.Colour: the spec lists member 3 (Teal), the enum's model page does not",
    ],
  ],
  [
    "another DataContract namespace",
    (s) => (s.components.schemas.Widget.xml.namespace = "http://example.test/other"),
    [
      "POST-api-v1-widget.txt:187: components.schemas.Widget.xml.namespace: the request XML sample's namespace is http://schemas.datacontract.org/2004/07/Fixture.Widgets, the spec says http://example.test/other",
    ],
  ],
  [
    "a query parameter made required, and moved",
    (s) => Object.assign(del(s).parameters[1], { required: true, in: "header" }),
    [
      "DELETE-api-v1-widget-widgetId.txt:14: paths./api/v1/widget/{widgetId}.delete.parameters.hard: the page puts it in the query, the spec in the header",
      "DELETE-api-v1-widget-widgetId.txt:14: paths./api/v1/widget/{widgetId}.delete.parameters.hard: the page does not say Required, the spec requires it",
    ],
  ],
  [
    "a parameter's default",
    (s) => (get(s).parameters[1].schema.default = 2),
    [
      'GET-api-v1-widget-widgetId-parts.html:44: paths./api/v1/widget/{widgetId}/parts.get.parameters.page: the page says default 1 ("Default value is 1"), the spec says default 2',
    ],
  ],
  [
    "a body given to a body-less DELETE",
    (s) => (del(s).requestBody = { content: { "application/json": { schema: { type: "string" } } } }),
    [
      'DELETE-api-v1-widget-widgetId.txt:1: paths./api/v1/widget/{widgetId}.delete.requestBody: the page says "Body Parameters: None.", the spec has a request body',
    ],
  ],
  [
    "a collection response made one object",
    (s) => (get(s).responses["200"].content["text/json"].schema = { $ref: "#/components/schemas/Part" }),
    [
      "GET-api-v1-widget-widgetId-parts.html:105: paths./api/v1/widget/{widgetId}/parts.get.responses.200.content.text/json.schema: the page says Collection of Part, the spec says Part",
    ],
  ],
  [
    "an operation the spec does not describe yet",
    (s) => delete s.paths["/api/v1/widget/{widgetId}"],
    [
      "DELETE-api-v1-widget-widgetId.txt:1: paths./api/v1/widget/{widgetId}.delete: the spec does not describe DELETE /api/v1/widget/{widgetId} yet; draft it with `npm run spec:draft -- --write spec/help-pages/DELETE-api-v1-widget-widgetId.txt`",
    ],
  ],
  [
    "a type the spec does not have",
    (s) => delete s.components.schemas.Shape,
    [
      "POST-api-v1-widget.txt:181: components.schemas.Shape: the page describes type Shape, the spec has no such component; draft it with `npm run spec:draft -- spec/help-pages/POST-api-v1-widget.txt`",
    ],
  ],
];

describe("a drift between the spec and a saved page fails the check", () => {
  it("the drafted spec itself passes", () => {
    expect(checkPages(pages, drafted)).toEqual({ issues: [], notes: [] });
  });
  for (const [name, drift, expected] of drifts) {
    it(name, () => {
      const spec = structuredClone(drafted);
      drift(spec);
      const printed = checkPages(pages, spec).issues.map((i) => `${i.file}:${i.line}: ${i.at}: ${i.message}`);
      expect(printed).toEqual(expected);
    });
  }
});

describe("what the page cannot express passes", () => {
  it("descriptions, examples, x-enum-descriptions and nullable forms", () => {
    const spec = structuredClone(drafted);
    const widget = spec.components.schemas.Widget;
    widget.description = "Rewritten by hand.";
    widget.properties.Name.type = ["string", "null"];
    widget.properties.Parts = { anyOf: [widget.properties.Parts, { type: "null" }] };
    widget.properties.Name.examples = ["Sprocket"];
    spec.components.schemas.Colour["x-enum-descriptions"] = ["Warm", "Grassy", "Cool"];
    spec.paths["/api/v1/widget"].post.summary = "Create a widget";
    expect(checkPages(pages, spec).issues).toEqual([]);
  });

  it("an operation whose page is not saved is noted, not failed", () => {
    const spec = structuredClone(drafted);
    spec.paths["/api/v1/widget/{widgetId}"].put = { responses: { default: { description: "x" } } };
    expect(checkPages(pages, spec)).toEqual({
      issues: [],
      notes: ["PUT /api/v1/widget/{widgetId} has no saved help page in spec/help-pages/ (not checked)"],
    });
  });
});
