/**
 * Synthetic OpenAPI 3.1 descriptions in the CaliberAPI's style, of any size, for the scale benchmark: each
 * resource has GET/PATCH/POST/DELETE operations, a 16-field body like `Phone` sent in the same five formats (its
 * `xml` object names the DataContract root and namespace), and integer enums with `x-enum-varnames`.
 */
import type { OpenApiDocument } from "../scripts/generate/spec.ts";

const fieldKinds = [
  { type: "integer", format: "int32" },
  { type: "string" },
  { type: "boolean" },
  { type: "string", format: "date-time" },
];

/** A resource's body schema: 16 fields, two of them enums, no field required (as on the help pages). */
function resourceSchema(name: string, enumName: string): Record<string, unknown> {
  const properties: Record<string, unknown> = {
    [`${name}ID`]: { type: "integer", format: "int32", description: `Id of the ${name} record.` },
    RefType: { $ref: "#/components/schemas/ObjectTypes" },
    Kind: { $ref: `#/components/schemas/${enumName}` },
  };
  for (let i = 0; Object.keys(properties).length < 16; i++) {
    properties[`Field${i}`] = { ...fieldKinds[i % fieldKinds.length], description: `Field ${i} of the ${name}.` };
  }
  return {
    type: "object",
    description: `A ${name}.`,
    additionalProperties: false,
    xml: { name, namespace: "http://schemas.datacontract.org/2004/07/CaliberAPI" },
    properties,
  };
}

function body(name: string) {
  const json = { schema: { $ref: `#/components/schemas/${name}` } };
  return {
    required: true,
    description: `The ${name}. Its format is chosen by the request's Content-Type.`,
    content: {
      "application/json": json,
      "text/json": json,
      "application/xml": json,
      "text/xml": json,
      "application/x-www-form-urlencoded": json,
    },
  };
}

const undocumented = {
  "200": { description: "Success.", content: { "*/*": { schema: { description: "Not documented." } } } },
  default: { description: "Any other status.", content: { "*/*": { schema: { description: "Not documented." } } } },
};

/** A spec with exactly `operationCount` operations, four per resource. */
export function syntheticSpec(operationCount: number): OpenApiDocument {
  const paths: Record<string, Record<string, unknown>> = {};
  const schemas: Record<string, Record<string, unknown>> = {
    ObjectTypes: {
      type: "integer",
      format: "int32",
      enum: [0, 1, 2],
      "x-enum-varnames": ["Division", "Person", "Site"],
    },
  };
  let operations = 0;
  for (let r = 0; operations < operationCount; r++) {
    const name = `Resource${r}`;
    const lower = name.toLowerCase();
    const idName = `${lower}Id`;
    const id = {
      name: idName,
      in: "path",
      required: true,
      description: `Id of the ${name}.`,
      schema: { type: "integer", format: "int32" },
    };
    const enumName = `${name}Kinds`;
    schemas[enumName] = {
      type: "integer",
      format: "int32",
      enum: [0, 1, 2, 3],
      "x-enum-varnames": ["None", "First", "Second", "Third"],
    };
    schemas[name] = resourceSchema(name, enumName);
    const tag = [name];
    const item: Record<string, unknown> = {};
    const collection: Record<string, unknown> = {};
    const add = (target: Record<string, unknown>, method: string, operation: Record<string, unknown>) => {
      if (operations >= operationCount) return;
      target[method] = { tags: tag, summary: `${method} ${name}`, ...operation, responses: undocumented };
      operations++;
    };
    add(item, "get", { operationId: `get${name}`, parameters: [id] });
    add(item, "patch", { operationId: `patch${name}`, parameters: [id], requestBody: body(name) });
    add(collection, "post", {
      operationId: `create${name}`,
      parameters: [{ name: "validateOnly", in: "query", required: false, schema: { type: "boolean" } }],
      requestBody: body(name),
    });
    add(item, "delete", { operationId: `delete${name}`, parameters: [id] });
    paths[`/api/v2/${lower}/{${idName}}`] = item;
    if (Object.keys(collection).length > 0) paths[`/api/v2/${lower}`] = collection;
  }
  return {
    openapi: "3.1.0",
    info: { title: `Synthetic CaliberAPI, ${operationCount} operations`, version: "1.0.0" },
    paths,
    components: { schemas },
  };
}

/** A consumer that calls every operation through the strict client, as a team using the package would. */
export function consumerSource(spec: OpenApiDocument, strictClientPath: string): string {
  const calls: string[] = [];
  for (const [path, item] of Object.entries(spec.paths)) {
    for (const [method, operation] of Object.entries(item)) {
      const op = operation as { parameters?: { name: string; in: string }[]; requestBody?: unknown };
      const pathParams = (op.parameters ?? []).filter((p) => p.in === "path").map((p) => `${p.name}: 1`);
      const init: string[] = [];
      if (pathParams.length > 0) init.push(`params: { path: { ${pathParams.join(", ")} } }`);
      if (op.requestBody) init.push(`body: { Field1: "x", Kind: 1 }`);
      const args = init.length > 0 ? `, { ${init.join(", ")} }` : "";
      calls.push(`  await client.${method.toUpperCase()}(${JSON.stringify(path)}${args});`);
    }
  }
  return [
    `import type { StrictClient } from ${JSON.stringify(strictClientPath)};`,
    `import type { paths } from "./generated/openapi.ts";`,
    `import type * as schemas from "./generated/schemas.ts";`,
    `import * as enums from "./generated/enums.ts";`,
    "declare const client: StrictClient<paths>;",
    "export const kinds = enums;",
    "export type Named = schemas.Resource0;",
    "export async function callEveryOperation(): Promise<void> {",
    ...calls,
    "}",
    "",
  ].join("\n");
}
