import { compareComponent, compareSchema } from "./compare-schemas.ts";
import { mediaTypesOf, parameterSchema, sectionSchema } from "./draft-operation.ts";
import { modelPages, walkAll, type PageIssue, type SpecLike } from "./draft-spec.ts";
import type { ApiPage, HelpPage, Sample } from "./parse-page.ts";
import { isUndocumentedResponse, withoutNull, type JsonSchema } from "./type-words.ts";

export interface CheckResult {
  issues: PageIssue[];
  notes: string[];
}

/**
 * Holds the spec to every page: each endpoint page's operation, parameters, formats, body and response types; each
 * type's fields, their types and annotations; each sample's keys, XML root, namespace, member order and enum names.
 */
export function checkPages(pages: HelpPage[], spec: SpecLike): CheckResult {
  const model = modelPages(pages, {});
  const issues: PageIssue[] = [...model.problems];
  const schemas = spec.components?.schemas ?? {};
  const resolve = (name: string) => schemas[name];
  const resolveEither = (name: string) => schemas[name] ?? model.schemas.get(name);

  for (const [name, expected] of model.schemas) {
    const origin = model.origins.get(`components.schemas.${name}`)!;
    const actual = schemas[name];
    if (actual === undefined) {
      issues.push({
        ...origin,
        at: `components.schemas.${name}`,
        message: `the page describes type ${name}, the spec has no such component; draft it with \`npm run spec:draft -- ${pagePath(origin.file)}\``,
      });
      continue;
    }
    for (const difference of compareComponent(expected, actual, model.completeEnums.has(name), resolveEither)) {
      const at = `components.schemas.${name}${difference.property ? `.properties.${difference.property}` : ""}`;
      issues.push({ ...(model.origins.get(at) ?? origin), at, message: difference.message });
    }
  }

  const described = new Set<string>();
  const apiPages = pages.filter((p): p is ApiPage => p.kind === "api");
  const present: ApiPage[] = [];
  for (const page of apiPages) {
    const path = `/${page.path}`;
    const method = page.method.toLowerCase();
    described.add(`${method} ${path}`);
    const operation = spec.paths?.[path]?.[method] as JsonSchema | undefined;
    const at = `paths.${path}.${method}`;
    if (operation === undefined) {
      issues.push({
        file: page.file,
        line: page.line,
        at,
        message: `the spec does not describe ${page.method} ${path} yet; draft it with \`npm run spec:draft -- --write ${pagePath(page.file)}\``,
      });
      continue;
    }
    present.push(page);
    issues.push(...checkOperation(page, operation, at, resolveEither));
  }

  // The samples against the spec's own schemas: keys, XML root and namespace, member order, enum names.
  const walked = walkAll(present, model.samples, resolve, "the spec");
  for (const finding of walked.context.findings) {
    issues.push({ file: walked.fileOfLine(finding), line: finding.line, at: finding.at, message: finding.message });
  }

  const notes: string[] = [];
  for (const [path, item] of Object.entries(spec.paths ?? {})) {
    for (const method of Object.keys(item)) {
      if (!["get", "put", "post", "delete", "patch", "head", "options"].includes(method)) continue;
      if (!described.has(`${method} ${path}`))
        notes.push(`${method.toUpperCase()} ${path} has no saved help page in spec/help-pages/ (not checked)`);
    }
  }
  return { issues: dedupe(issues), notes };
}

function checkOperation(
  page: ApiPage,
  operation: JsonSchema,
  at: string,
  resolve: (n: string) => JsonSchema | undefined,
): PageIssue[] {
  const issues: PageIssue[] = [];
  const add = (line: number, where: string, message: string) =>
    issues.push({ file: page.file, line, at: where, message });
  const parameters = (operation.parameters ?? []) as JsonSchema[];
  for (const field of page.uriParameters) {
    const expected = parameterSchema(page, field);
    const index = parameters.findIndex((p) => p.name === field.name);
    const actual = parameters[index];
    const where = `${at}.parameters.${field.name}`;
    if (!actual) {
      add(
        field.line,
        `${at}.parameters`,
        `the page lists URI parameter ${field.name} (${String(expected.in)}), the spec does not`,
      );
      continue;
    }
    if (actual.in !== expected.in)
      add(field.line, where, `the page puts it in the ${String(expected.in)}, the spec in the ${String(actual.in)}`);
    if ((actual.required === true) !== expected.required)
      add(
        field.line,
        where,
        expected.required
          ? "the page says Required, the spec does not require it"
          : "the page does not say Required, the spec requires it",
      );
    for (const message of compareSchema(expected.schema as JsonSchema, (actual.schema ?? {}) as JsonSchema, resolve))
      add(field.line, where, message);
  }
  for (const parameter of parameters) {
    if (!page.uriParameters.some((f) => f.name === parameter.name))
      add(
        page.line,
        `${at}.parameters.${String(parameter.name)}`,
        `the spec has ${String(parameter.in)} parameter ${String(parameter.name)}, the page does not`,
      );
  }

  const body = operation.requestBody as JsonSchema | undefined;
  if (!page.body) {
    if (body)
      add(page.line, `${at}.requestBody`, 'the page says "Body Parameters: None.", the spec has a request body');
  } else if (!body)
    add(
      page.body.line,
      `${at}.requestBody`,
      `the page says the body is ${page.body.typeText}, the spec has no request body`,
    );
  else
    issues.push(
      ...checkContent(
        page,
        page.requestSamples,
        sectionSchema(page.body),
        body.content as JsonSchema,
        `${at}.requestBody.content`,
        "request",
        resolve,
      ),
    );

  const responses = (operation.responses ?? {}) as Record<string, JsonSchema>;
  const success = Object.keys(responses).find((code) => /^2/.test(code));
  const response = success === undefined ? undefined : responses[success];
  const where = `${at}.responses.${success ?? "2XX"}`;
  if (page.response === undefined) {
    if (response?.content)
      add(
        page.line,
        `${where}.content`,
        'the page says "Resource Description: None." (no body), the spec gives the response a body',
      );
  } else if (isUndocumentedResponse(page.response.typeText)) {
    for (const [mediaType, media] of Object.entries((response?.content ?? {}) as Record<string, JsonSchema>)) {
      const schema = withoutNull((media.schema ?? {}) as JsonSchema);
      if (schema.type !== undefined || schema.$ref !== undefined || schema.properties !== undefined)
        add(
          page.response.line,
          `${where}.content.${mediaType}.schema`,
          `the page documents the response only as ${page.response.typeText}, the spec gives it a schema`,
        );
    }
  } else if (!response?.content) {
    add(
      page.response.line,
      where,
      `the page says the response is ${page.response.typeText}, the spec gives no ${success ? "response body" : "success response"}`,
    );
  } else {
    issues.push(
      ...checkContent(
        page,
        page.responseSamples,
        sectionSchema(page.response),
        response.content as JsonSchema,
        `${where}.content`,
        "response",
        resolve,
      ),
    );
  }
  return issues;
}

/** The formats the page lists against the spec's media types, and each media type's schema against the page's type. */
function checkContent(
  page: ApiPage,
  samples: Sample[],
  expected: JsonSchema,
  content: JsonSchema,
  at: string,
  direction: string,
  resolve: (n: string) => JsonSchema | undefined,
): PageIssue[] {
  const issues: PageIssue[] = [];
  const listed = mediaTypesOf(samples);
  const lineOf = (mediaType: string) => samples.find((s) => s.mediaTypes.includes(mediaType))?.line ?? page.line;
  for (const mediaType of listed) {
    const media = content?.[mediaType] as JsonSchema | undefined;
    if (!media) {
      issues.push({
        file: page.file,
        line: lineOf(mediaType),
        at,
        message: `the page lists ${direction} format ${mediaType}, the spec does not`,
      });
      continue;
    }
    for (const message of compareSchema(expected, (media.schema ?? {}) as JsonSchema, resolve))
      issues.push({ file: page.file, line: lineOf(mediaType), at: `${at}.${mediaType}.schema`, message });
  }
  for (const mediaType of Object.keys(content ?? {})) {
    if (!listed.includes(mediaType))
      issues.push({
        file: page.file,
        line: samples[0]?.line ?? page.line,
        at: `${at}.${mediaType}`,
        message: `the spec has ${direction} format ${mediaType}, the page does not list it`,
      });
  }
  return issues;
}

function pagePath(file: string): string {
  return file.includes("/") ? file : `spec/help-pages/${file}`;
}

function dedupe(issues: PageIssue[]): PageIssue[] {
  const seen = new Set<string>();
  return issues.filter((issue) => {
    const key = `${issue.file}:${issue.line}:${issue.at}:${issue.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
