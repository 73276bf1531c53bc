import { fieldSchema, isRequired, pageWords } from "./draft-schemas.ts";
import type { ApiPage, Field, Sample } from "./parse-page.ts";
import { isUndocumentedResponse, schemaOf, typeWord, type JsonSchema } from "./type-words.ts";

const undocumented = { description: "Not documented by the help page." };

/** Where each URI parameter goes: `{name}` in the path template, else the query (Web API's [FromUri]). */
export function parameterPlace(page: ApiPage, name: string): "path" | "query" {
  return new RegExp(`\\{${name}\\}`, "i").test(page.path) ? "path" : "query";
}

export function parameterSchema(page: ApiPage, field: Field): JsonSchema {
  const place = parameterPlace(page, field.name);
  const full = fieldSchema(field);
  const { description, ...schema } = full;
  pageWords.set(schema, pageWords.get(full)!);
  return {
    name: field.name,
    in: place,
    required: place === "path" || isRequired(field),
    description: (description as string | undefined) ?? "Not described by the help page.",
    schema,
  };
}

/** The body's or response's schema: a `$ref` for a model, an array for a collection, a scalar's own schema. */
export function sectionSchema(type: ApiPage["body"]): JsonSchema {
  return schemaOf(type!.type);
}

export interface ExampleNames {
  json?: string;
  xml?: string;
  form?: string;
}

/** The operation as the page states it; `examples` names the drafted examples of each media type. */
export function draftOperation(
  page: ApiPage,
  operationId: string,
  tag: string,
  requestExamples: ExampleNames,
  responseExamples: ExampleNames,
): JsonSchema {
  const operation: JsonSchema = {
    operationId,
    tags: [tag],
    summary: summaryOf(page),
    description: descriptionOf(page),
  };
  if (page.uriParameters.length > 0) operation.parameters = page.uriParameters.map((f) => parameterSchema(page, f));
  if (page.body) {
    const schema = sectionSchema(page.body);
    operation.requestBody = {
      required: true,
      description:
        (page.body.documentation ? `${page.body.documentation} ` : "") +
        `The ${typeWord(page.body.type)}, in one of the ${mediaTypesOf(page.requestSamples).length} formats the help page lists, chosen by the request's \`Content-Type\`.`,
      content: content(page.requestSamples, schema, requestExamples),
    };
  }
  operation.responses = responsesOf(page, responseExamples);
  return operation;
}

export function mediaTypesOf(samples: Sample[]): string[] {
  return samples.flatMap((s) => s.mediaTypes);
}

function content(samples: Sample[], schema: JsonSchema, examples: ExampleNames): JsonSchema {
  const result: JsonSchema = {};
  for (const mediaType of mediaTypesOf(samples)) {
    const kind = /json/i.test(mediaType)
      ? "json"
      : /xml/i.test(mediaType)
        ? "xml"
        : /form/i.test(mediaType)
          ? "form"
          : undefined;
    const example = kind && examples[kind];
    result[mediaType] = {
      schema,
      ...(example ? { examples: { helpPageSample: { $ref: `#/components/examples/${example}` } } } : {}),
    };
  }
  return result;
}

function responsesOf(page: ApiPage, examples: ExampleNames): JsonSchema {
  const other = {
    description: "Any other status. The help page documents no error status codes and no error body format.",
    content: { "*/*": { schema: undocumented } },
  };
  const response = page.response;
  if (response === undefined) {
    return {
      "204": {
        description: 'No content: the action returns nothing (the help page\'s "Resource Description" is "None.").',
      },
      default: other,
    };
  }
  if (isUndocumentedResponse(response.typeText)) {
    return {
      "200": {
        description: `Success. The help page documents the response only as \`${response.typeText}\`: its status code and body are not documented, so no body schema is given.`,
        content: { "*/*": { schema: undocumented } },
      },
      default: other,
    };
  }
  const described = `${response.documentation ? `${response.documentation} ` : ""}The ${typeWord(response.type)}, in the format the request's \`Accept\` asks for.`;
  const formats = mediaTypesOf(page.responseSamples);
  return {
    "200": {
      description: described,
      ...(formats.length > 0 ? { content: content(page.responseSamples, schemaOf(response.type), examples) } : {}),
    },
    default: other,
  };
}

function summaryOf(page: ApiPage): string {
  const first = page.documentation?.split(/(?<=\.)\s/)[0];
  return first && first.length <= 100 ? first.replace(/\.$/, "") : `${page.method} ${page.path}`;
}

function descriptionOf(page: ApiPage): string {
  const parts: string[] = [];
  if (page.documentation) parts.push(page.documentation, "");
  parts.push(`Written from the help page of \`${page.method} ${page.path}\`.`);
  if (!page.body) parts.push('It takes no body ("Body Parameters: None.").');
  else if (page.body.fields && !page.body.fields.some(isRequired))
    parts.push("The help page marks no body field as required.");
  if (page.response && isUndocumentedResponse(page.response.typeText))
    parts.push(
      `It documents the response only as \`${page.response.typeText}\`, so the status codes and the response body are not documented.`,
    );
  return parts.join("\n") + "\n";
}

/** An operationId from the method and the path's words: `PATCH api/v2/clientcontact/{clientContactId}/phone` → `patchClientContactPhone`. */
export function operationIdOf(page: ApiPage): string {
  const parameters = [...page.path.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!);
  const words = page.path
    .split("/")
    .filter((segment) => segment !== "" && !/^api$/i.test(segment) && !/^v\d+$/i.test(segment))
    .map((segment) => {
      const parameter = /^\{(\w+)\}$/.exec(segment);
      if (parameter) return `By${pascal(parameter[1]!)}`;
      // A segment that names a parameter's owner keeps that parameter's casing: clientcontact → ClientContact.
      const owner = parameters.find((p) => p.replace(/Id$/i, "").toLowerCase() === segment.toLowerCase());
      return pascal(owner ? owner.replace(/Id$/i, "") : segment.replace(/[^A-Za-z0-9]+/g, " "));
    });
  const trailingParameters = words.filter((w, i) => !(w.startsWith("By") && i < words.length - 1));
  return page.method.toLowerCase() + trailingParameters.join("");
}

/** The first path word after `api/vN`: the tag the operation is filed under. */
export function tagOf(page: ApiPage): string {
  const word = page.path
    .split("/")
    .find((s) => s !== "" && !/^api$/i.test(s) && !/^v\d+$/i.test(s) && !s.startsWith("{"));
  const parameters = [...page.path.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!);
  const owner = parameters.find((p) => word && p.replace(/Id$/i, "").toLowerCase() === word.toLowerCase());
  return pascal(owner ? owner.replace(/Id$/i, "") : (word ?? "Api"));
}

function pascal(text: string): string {
  return text
    .split(/\s+/)
    .filter(Boolean)
    .map((w) => w[0]!.toUpperCase() + w.slice(1))
    .join("");
}
