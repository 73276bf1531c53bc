import { Ajv2020 } from "ajv/dist/2020.js";
import { compareComponent } from "./compare-schemas.ts";
import { complexSchema, enumSchema, exampleBaseName, membersOfModelPage, type DraftMember } from "./draft-schemas.ts";
import { draftOperation, operationIdOf, sectionSchema, tagOf, type ExampleNames } from "./draft-operation.ts";
import type { ApiPage, Field, HelpPage, ModelPage, Sample, TypeSection } from "./parse-page.ts";
import { walkJson, walkXml, type EnumSighting, type WalkContext } from "./sample-walk.ts";
import { isJsonMedia, isXmlMedia, readJsonSample, readXmlSample, type XmlElement } from "./samples.ts";
import { isUndocumentedResponse, modelsIn, type JsonSchema } from "./type-words.ts";

/** Something a page says that the draft or the check must report: the page's file and line, and the spec's path. */
export interface PageIssue {
  file: string;
  line: number;
  at: string;
  message: string;
}

export interface SpecLike {
  paths?: Record<string, Record<string, unknown>>;
  tags?: { name: string; description?: string }[];
  components?: { schemas?: Record<string, JsonSchema>; examples?: Record<string, JsonSchema> };
}

/** What the pages say, as spec pieces, and where on the pages each piece comes from. */
export interface PagesModel {
  /** Every component the pages describe (complex types from tables and model pages, enums from samples or pages). */
  schemas: Map<string, JsonSchema>;
  /** Enums whose model page is saved: the page lists every member. */
  completeEnums: Set<string>;
  /** `components.schemas.Phone.properties.AreaCode` → the page line it comes from. */
  origins: Map<string, { file: string; line: number }>;
  /** Samples that disagree with their own page's table, and types the pages name but do not describe. */
  problems: PageIssue[];
  missingModels: PageIssue[];
  /** Each endpoint page's parsed samples. */
  samples: Map<ApiPage, { request: ParsedSample[]; response: ParsedSample[] }>;
}

export interface ParsedSample {
  sample: Sample;
  json?: ReturnType<typeof readJsonSample>;
  xml?: XmlElement;
}

/** Reads everything the pages say into spec pieces; `existing` resolves types the pages name but do not list. */
export function modelPages(pages: HelpPage[], existing: SpecLike): PagesModel {
  const schemas = new Map<string, JsonSchema>();
  const completeEnums = new Set<string>();
  const origins = new Map<string, { file: string; line: number }>();
  const problems: PageIssue[] = [];
  const missingModels: PageIssue[] = [];
  const samples = new Map<ApiPage, { request: ParsedSample[]; response: ParsedSample[] }>();
  const at = (name: string) => `components.schemas.${name}`;

  const addComplex = (
    name: string,
    fields: Field[],
    documentation: string | undefined,
    where: string,
    file: string,
    line: number,
  ) => {
    if (schemas.has(name)) return;
    schemas.set(name, complexSchema(name, fields, documentation, where));
    origins.set(at(name), { file, line });
    for (const field of fields) origins.set(`${at(name)}.properties.${field.name}`, { file, line: field.line });
  };
  for (const page of pages) {
    if (page.kind !== "model") continue;
    if (page.members) {
      schemas.set(page.name, enumSchema(page.name, membersOfModelPage(page.members), true, page.documentation));
      completeEnums.add(page.name);
      origins.set(at(page.name), { file: page.file, line: page.line });
    } else addComplex(page.name, page.fields ?? [], page.documentation, `its model page`, page.file, page.line);
  }
  const apiPages = pages.filter((p): p is ApiPage => p.kind === "api");
  for (const page of apiPages) {
    for (const section of [page.body, page.response]) {
      if (!section?.fields || isUndocumentedResponse(section.typeText)) continue;
      const [name] = modelsIn(section.type);
      if (name)
        addComplex(
          name,
          section.fields,
          section.documentation,
          `the help page of \`${page.method} ${page.path}\``,
          page.file,
          section.line,
        );
    }
    samples.set(page, {
      request: parseSamples(page, page.requestSamples, problems),
      response: parseSamples(
        page,
        page.response && !isUndocumentedResponse(page.response.typeText) ? page.responseSamples : [],
        problems,
      ),
    });
  }

  // First walk: what the samples show of types no table lists (enum members, objects' namespaces).
  const resolve = (name: string) => schemas.get(name) ?? existing.components?.schemas?.[name];
  const first = walkAll(apiPages, samples, resolve, "the table");
  for (const [name, members] of enumsFromSightings(first.context.sightings, problems, first.files)) {
    // An enum the spec has is drafted too: the members the samples add are merged into it.
    if (schemas.has(name)) continue;
    schemas.set(name, enumSchema(name, members, false));
    origins.set(at(name), {
      file: first.files.get(name)!,
      line: first.context.sightings.find((s) => s.enumName === name)!.line,
    });
  }
  // DataContract names and namespaces: the body's root element, and each nested object's members.
  for (const page of apiPages) {
    const parsed = samples.get(page)!;
    for (const [section, list] of [
      [page.body, parsed.request],
      [page.response, parsed.response],
    ] as const) {
      const xml = list.find((s) => s.xml)?.xml;
      const [name] = section ? modelsIn(section.type) : [];
      const schema = name === undefined ? undefined : schemas.get(name);
      if (!xml || schema?.type !== "object" || !section) continue;
      const element = section.type.kind === "collection" ? xml.children[0] : xml;
      if (element) schema.xml = { name: element.name, ...(element.namespace ? { namespace: element.namespace } : {}) };
    }
  }
  for (const object of first.context.objects) {
    const schema = schemas.get(object.name);
    const xml = schema?.xml as { name: string; namespace?: string } | undefined;
    if (xml && object.namespace && !xml.namespace) xml.namespace = object.namespace;
  }
  // Second walk: each sample against what its page's tables say.
  const second = walkAll(apiPages, samples, resolve, "the table");
  for (const finding of second.context.findings) {
    problems.push({
      file: second.fileOfLine(finding),
      line: finding.line,
      at: finding.at,
      message: `the page's sample disagrees with its table: ${finding.message}`,
    });
  }
  // Names the pages link to but describe nowhere: their model pages are needed.
  for (const page of pages) {
    const responseFields =
      page.kind === "api" && page.response && !isUndocumentedResponse(page.response.typeText)
        ? (page.response.fields ?? [])
        : [];
    const fields =
      page.kind === "model"
        ? (page.fields ?? [])
        : [...page.uriParameters, ...(page.body?.fields ?? []), ...responseFields];
    const sections =
      page.kind === "api"
        ? [page.body, page.response].filter((s): s is TypeSection => !!s && !isUndocumentedResponse(s.typeText))
        : [];
    for (const { type, line } of [...fields, ...sections]) {
      for (const name of modelsIn(type)) {
        if (resolve(name) !== undefined || missingModels.some((m) => m.at === at(name))) continue;
        missingModels.push({
          file: page.file,
          line,
          at: at(name),
          message: `type ${name} is described nowhere: save its model page (Help/ResourceModel?modelName=${name}) in spec/help-pages/`,
        });
      }
    }
  }
  return { schemas, completeEnums, origins, problems, missingModels, samples };
}

function parseSamples(page: ApiPage, list: Sample[], problems: PageIssue[]): ParsedSample[] {
  return list.map((sample) => {
    if (sample.text === undefined) return { sample };
    try {
      if (sample.mediaTypes.some(isJsonMedia)) return { sample, json: readJsonSample(page.file, sample) };
      if (sample.mediaTypes.some(isXmlMedia)) return { sample, xml: readXmlSample(page.file, sample) };
    } catch (error) {
      const e = error as { line?: number; problem?: string; message: string };
      problems.push({ file: page.file, line: e.line ?? sample.textLine, at: "", message: e.problem ?? e.message });
    }
    return { sample };
  });
}

/** Walks every page's samples along its body's and response's schema. */
export function walkAll(
  pages: ApiPage[],
  samples: Map<ApiPage, { request: ParsedSample[]; response: ParsedSample[] }>,
  resolve: WalkContext["resolve"],
  against: string,
) {
  const context: WalkContext = { resolve, findings: [], sightings: [], objects: [], label: "", against };
  const files = new Map<string, string>();
  const findingFiles = new Map<object, string>();
  for (const page of pages) {
    const parsed = samples.get(page);
    if (!parsed) continue;
    for (const [section, list, where] of [
      [page.body, parsed.request, "request"],
      [page.response, parsed.response, "response"],
    ] as const) {
      if (!section) continue;
      const schema = sectionSchema(section);
      for (const item of list) {
        const before = { findings: context.findings.length, sightings: context.sightings.length };
        context.label = `the ${where} ${item.json ? "JSON" : "XML"} sample`;
        if (item.json) walkJson(item.json, schema, `${page.method} ${page.path} ${where}`, context);
        if (item.xml) walkXml(item.xml, schema, `${page.method} ${page.path} ${where}`, context);
        for (const finding of context.findings.slice(before.findings)) findingFiles.set(finding, page.file);
        for (const sighting of context.sightings.slice(before.sightings)) {
          // A JSON number and an XML name are one member only at the same place of the same page's samples.
          sighting.path = `${page.file} ${where}: ${sighting.path || "the body"}`;
          if (!files.has(sighting.enumName)) files.set(sighting.enumName, page.file);
          findingFiles.set(sighting, page.file);
        }
      }
    }
  }
  return { context, files, fileOfLine: (item: object) => findingFiles.get(item) ?? "", findingFiles };
}

/**
 * Enum members from the samples: the JSON sample gives the number, the XML sample the name, at the same place
 * of the body. A number no XML sample names (or a name without a number) cannot be drafted.
 */
export function enumsFromSightings(
  sightings: EnumSighting[],
  problems: PageIssue[],
  files: Map<string, string>,
): Map<string, DraftMember[]> {
  const result = new Map<string, DraftMember[]>();
  const byEnum = groupBy(sightings, (s) => s.enumName);
  for (const [name, list] of byEnum) {
    const members: DraftMember[] = [];
    for (const [path, atPath] of groupBy(list, (s) => s.path)) {
      const value = atPath.find((s) => s.value !== undefined)?.value;
      const memberName = atPath.find((s) => s.name !== undefined)?.name;
      if (value === undefined || memberName === undefined) {
        problems.push({
          file: files.get(name) ?? "",
          line: atPath[0]!.line,
          at: `components.schemas.${name}`,
          message: `enum ${name} at ${path.split(": ").pop()}: the samples show ${value === undefined ? `the name ${memberName} but no number` : `the number ${value} but no name`} (a JSON and an XML sample are needed, or the enum's model page)`,
        });
        continue;
      }
      const same = members.find((m) => m.value === value || m.name === memberName);
      if (same && (same.value !== value || same.name !== memberName)) {
        problems.push({
          file: files.get(name) ?? "",
          line: atPath[0]!.line,
          at: `components.schemas.${name}`,
          message: `enum ${name}: the samples write ${value} as ${memberName} here and ${same.value} as ${same.name} elsewhere`,
        });
      } else if (!same) members.push({ value, name: memberName });
    }
    if (members.length > 0) result.set(name, members);
  }
  return result;
}

/**
 * Where a type the pages describe differs from the spec's type of that name: reported, never overwritten. Enum
 * members the spec lacks are no conflict: the draft adds them.
 */
export function conflictsWithSpec(model: PagesModel, spec: SpecLike): PageIssue[] {
  const conflicts: PageIssue[] = [];
  const resolve = (name: string) => spec.components?.schemas?.[name] ?? model.schemas.get(name);
  for (const [name, expected] of model.schemas) {
    const actual = spec.components?.schemas?.[name];
    if (!actual) continue;
    for (const difference of compareComponent(expected, actual, model.completeEnums.has(name), resolve)) {
      if (difference.mergeable) continue;
      const at = `components.schemas.${name}${difference.property ? `.properties.${difference.property}` : ""}`;
      const origin = model.origins.get(at) ?? model.origins.get(`components.schemas.${name}`)!;
      conflicts.push({ ...origin, at, message: `${difference.message} (not overwritten)` });
    }
  }
  return conflicts;
}

/** The spec pieces a set of pages adds to `spec`: new operations, components, enum members, examples and tags. */
export interface Draft {
  paths: Record<string, Record<string, JsonSchema>>;
  schemas: Record<string, JsonSchema>;
  enumMembers: Record<string, DraftMember[]>;
  examples: Record<string, JsonSchema>;
  tags: { name: string; description: string }[];
  /** Pages whose operation the spec already has (the check compares those). */
  alreadyDescribed: string[];
  /** Samples that break the page's own annotations, so they are not given as examples. */
  notes: string[];
}

export function draftSpec(pages: HelpPage[], spec: SpecLike, model: PagesModel): Draft {
  const existingSchemas = spec.components?.schemas ?? {};
  const existingExamples = spec.components?.examples ?? {};
  const draft: Draft = {
    paths: {},
    schemas: {},
    enumMembers: {},
    examples: {},
    tags: [],
    alreadyDescribed: [],
    notes: [],
  };
  for (const [name, schema] of model.schemas) {
    const existing = existingSchemas[name];
    if (!existing) draft.schemas[name] = schema;
    else if (Array.isArray(existing.enum) && Array.isArray(schema.enum)) {
      const names = (schema["x-enum-varnames"] ?? []) as string[];
      const descriptions = (schema["x-enum-descriptions"] ?? []) as string[];
      const added = (schema.enum as number[])
        .map((value, i) => ({ value, name: names[i]!, description: descriptions[i]! }))
        .filter(
          (m) =>
            !(existing.enum as unknown[]).includes(m.value) &&
            !((existing["x-enum-varnames"] ?? []) as string[]).includes(m.name),
        );
      if (added.length > 0) draft.enumMembers[name] = added;
    }
  }
  const operationIds = new Set(
    Object.values(spec.paths ?? {}).flatMap((item) =>
      Object.values(item).map((op) => (op as { operationId?: string })?.operationId),
    ),
  );
  const tagNames = new Map((spec.tags ?? []).map((t) => [t.name.toLowerCase(), t.name]));
  const everything = { ...existingSchemas, ...draft.schemas };
  for (const page of pages) {
    if (page.kind !== "api") continue;
    const path = `/${page.path}`;
    const method = page.method.toLowerCase();
    if (spec.paths?.[path]?.[method] !== undefined) {
      draft.alreadyDescribed.push(
        `${page.file}: ${page.method} ${path} is in the spec already (npm run check compares it)`,
      );
      continue;
    }
    let operationId = operationIdOf(page);
    for (let n = 2; operationIds.has(operationId); n++) operationId = `${operationIdOf(page)}${n}`;
    operationIds.add(operationId);
    const tagWord = tagOf(page);
    let tag = tagNames.get(tagWord.toLowerCase());
    if (!tag) {
      tag = tagWord;
      tagNames.set(tag.toLowerCase(), tag);
      draft.tags.push({
        name: tag,
        description: `Operations under \`${page.path.split(/\/(?=[^/]*\{|[^/]*$)/)[0]}\`.`,
      });
    }
    const parsed = model.samples.get(page)!;
    const request = page.body
      ? examplesFor(page.body, parsed.request, "request", everything, existingExamples, draft)
      : {};
    const response = page.response
      ? examplesFor(page.response, parsed.response, "response", everything, existingExamples, draft)
      : {};
    (draft.paths[path] ??= {})[method] = draftOperation(page, operationId, tag, request, response);
  }
  return draft;
}

/** The page's samples as named examples (reused when the spec has one of that name), if they fit the schema. */
function examplesFor(
  section: TypeSection,
  samples: ParsedSample[],
  direction: "request" | "response",
  schemas: Record<string, JsonSchema>,
  existing: Record<string, JsonSchema>,
  draft: Draft,
): ExampleNames {
  const base = exampleBaseName(section.typeText);
  const names: ExampleNames = {};
  const json = samples.find((s) => s.json)?.json;
  const xml = samples.find((s) => s.xml);
  const fits = json !== undefined && fitsSchema(json.value, sectionSchema(section), schemas);
  if (json && !fits)
    draft.notes.push(
      `the ${direction} JSON sample of ${base} breaks its own annotations or types, so it is not given as an example`,
    );
  const file = (name: string, example: JsonSchema) => {
    if (!existing[name] && !draft.examples[name]) draft.examples[name] = example;
    return name;
  };
  if (json && fits) {
    names.json = file(`${base}JsonSample`, {
      summary: "The help page's JSON sample",
      description: `The ${direction} sample of the help page, verbatim.`,
      value: json.value,
    });
    const form = samples.find((s) => s.sample.mediaTypes.some((m) => /form/i.test(m)));
    if (form) {
      names.form = file(`${base}FormSample`, {
        summary: "The help page's sample, form-encoded",
        description: `The help page could not render a sample for this format${form.sample.unavailable ? ` ("${form.sample.unavailable}")` : ""}. This is the page's JSON sample encoded as form fields, with enums as their numbers.`,
        value: json.value,
      });
    }
  }
  if (xml?.sample.text) {
    names.xml = file(`${base}XmlSample`, {
      summary: "The help page's XML sample",
      description: `The ${direction} sample of the help page, verbatim (DataContract layout).`,
      value: xml.sample.text + "\n",
    });
  }
  return names;
}

function fitsSchema(value: unknown, schema: JsonSchema, schemas: Record<string, JsonSchema>): boolean {
  const ajv = new Ajv2020({ strict: false, validateFormats: false, allErrors: false });
  // The components resolve their own `#/components/…` references inside the document named "spec".
  ajv.addSchema({ $id: "spec", components: { schemas } });
  const rewrite = (node: unknown): unknown =>
    Array.isArray(node)
      ? node.map(rewrite)
      : node !== null && typeof node === "object"
        ? Object.fromEntries(
            Object.entries(node).map(([k, v]) => [k, k === "$ref" && typeof v === "string" ? `spec${v}` : rewrite(v)]),
          )
        : node;
  return ajv.validate(rewrite(schema) as object, value) === true;
}

/** Map.groupBy, which Node 20 lacks. */
function groupBy<T>(items: T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}

export type { ModelPage };
