/**
 * The conformance suite's ASP.NET Web API server, in C#, from the spec's body models (generated/aspnet/*.cs):
 * - Models.cs: one class per data contract (plain auto-properties, no attributes, as the help pages' "Additional
 *   information: None." says), in the CLR namespace its XML namespace names, and the enums the members use;
 * - Controllers.cs: one controller per path template, one action per method, each answering with what Web API
 *   bound (test/aspnet/BindingReport.cs writes it by reflection: nothing per type), or, where the operation has a
 *   response schema and the request asks for it, with a value of the response type (test/aspnet/TypedAnswer.cs);
 * - Routes.cs: one route per path template.
 * test/aspnet/ holds the generic rest (the host, the JSON writer, the report); test/helpers/aspnet-server.ts
 * compiles the two together.
 */
import type { BodyModel, DataContract, DataContracts } from "../../src/model/body-model.ts";
import { operationLabel, type OperationInfo, type ResponseInfo } from "../../src/operation-info.ts";
import { findOperations } from "./operations.ts";
import type { OpenApiDocument } from "./spec.ts";

/** DataContractSerializer's namespace for a type without `[DataContract]`: this prefix and its CLR namespace. */
const dataContractNamespacePrefix = "http://schemas.datacontract.org/2004/07/";
/** The CLR namespace of a contract whose schema gives no XML namespace, and of the controllers. */
const defaultClrNamespace = "CaliberAPI";

const csharpKeywords = new Set(
  (
    "abstract as base bool break byte case catch char checked class const continue decimal default delegate do " +
    "double else enum event explicit extern false finally fixed float for foreach goto if implicit in int " +
    "interface internal is lock long namespace new null object operator out override params private protected " +
    "public readonly ref return sbyte sealed short sizeof stackalloc static string struct switch this throw true " +
    "try typeof uint ulong unchecked unsafe ushort using virtual void volatile while"
  ).split(" "),
);

/**
 * What the test server cannot be for this spec. Printed as `#error` lines, so that generate still succeeds (the
 * spec may be fine for the client) and only compiling the server fails, saying why.
 */
let problems: string[] = [];

/** A C# identifier for a name the binder matches by text (a class, member, parameter): `@` before a keyword. */
function identifier(name: string, where: string): string {
  if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) {
    problems.push(`${where}: "${name}" is no C# identifier, so no .NET type, property or parameter can bind it`);
    return pascal(name).replace(/^(?=[0-9]|$)/, "_");
  }
  return csharpKeywords.has(name) ? `@${name}` : name;
}

/** `Some-thing/else` → `SomeThingElse`: a name of our own (controller, enum), from any text. */
const pascal = (text: string): string =>
  text
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((word) => word[0]!.toUpperCase() + word.slice(1))
    .join("");

/** The CLR namespace a data contract's XML namespace stands for. */
function clrNamespace(contract: DataContract): string {
  if (contract.namespace === undefined) return defaultClrNamespace;
  const name = contract.namespace.slice(dataContractNamespacePrefix.length);
  if (!contract.namespace.startsWith(dataContractNamespacePrefix) || !/^[A-Za-z_]\w*(\.[A-Za-z_]\w*)*$/.test(name)) {
    problems.push(
      `${contract.name}'s XML namespace ${contract.namespace} is not ${dataContractNamespacePrefix}<CLR namespace>, ` +
        `the only kind DataContractSerializer gives a class without [DataContract]`,
    );
    return defaultClrNamespace;
  }
  return name;
}

/** The C# type of each primitive DataContract names a single value's root by (`<long>`: Int64). */
const csharpOfXmlName: Readonly<Record<string, string>> = {
  byte: "sbyte",
  unsignedByte: "byte",
  short: "short",
  unsignedShort: "ushort",
  int: "int",
  unsignedInt: "uint",
  long: "long",
  unsignedLong: "ulong",
  decimal: "decimal",
  double: "double",
  float: "float",
};

interface CsEnum {
  namespace: string;
  name: string;
  members: Readonly<Record<string, string>>;
}

/** What the three files are printed from: every contract and enum once, and each operation. */
class CSharpModel {
  /** `namespace.name` → the contract, from whichever operation reached it first. */
  readonly classes = new Map<string, { namespace: string; contract: DataContract; types: DataContracts }>();
  readonly enums = new Map<string, CsEnum>();

  constructor(readonly operations: readonly OperationInfo[]) {
    for (const operation of operations) {
      for (const contract of Object.values(operation.types)) this.addClass(contract, operation.types);
    }
  }

  private addClass(contract: DataContract, types: DataContracts): void {
    const namespace = clrNamespace(contract);
    const key = `${namespace}.${contract.name}`;
    const known = this.classes.get(key);
    if (known === undefined) this.classes.set(key, { namespace, contract, types });
    else if (JSON.stringify(known.contract.members) !== JSON.stringify(contract.members)) {
      problems.push(
        `two data contracts are named ${contract.name} in ${contract.namespace ?? "no namespace"} with different members; .NET has one type of that name`,
      );
    }
  }

  /**
   * The C# type of a model. An enum is named `<Owner><Member>`, or by its XML item name in a collection (where
   * that name is on the wire); its name reaches the wire nowhere else (numbers in JSON and forms, member names
   * in XML).
   */
  typeOf(model: BodyModel, types: DataContracts, owner: { namespace: string; name: string }): string {
    const valueType = (name: string) => (model.nullable ? `${name}?` : name);
    switch (model.kind) {
      case "object": {
        const contract = types[model.type]!;
        return `global::${clrNamespace(contract)}.${identifier(contract.name, `data contract ${contract.name}`)}`;
      }
      case "collection": {
        const itemOwner = model.xmlItemName ? { ...owner, name: pascal(model.xmlItemName) } : owner;
        return `List<${this.typeOf(model.items, types, itemOwner)}>`;
      }
      // The help pages' "integer" names no width (Int16, Int32 and Int64 alike); the server takes Int32, the
      // width of every integer in the help page's sample, or the one a single value's XML root names.
      case "integer":
      case "number":
        return valueType(csharpOfXmlName[model.xmlName ?? ""] ?? (model.kind === "integer" ? "int" : "decimal"));
      case "boolean":
        return valueType("bool");
      case "date-time":
        return valueType("DateTime");
      case "uuid":
        return valueType("Guid");
      case "enum": {
        // An enum alone in XML is written as its contract: named, and in the namespace, its root says.
        const named = model.xmlName
          ? {
              namespace: clrNamespace({ name: model.xmlName, namespace: model.xmlNamespace, members: [] }),
              name: model.xmlName,
            }
          : owner;
        return valueType(this.enumType(model.members ?? {}, named));
      }
      case "string":
      case "any":
        return "string";
    }
  }

  private enumType(members: Readonly<Record<string, string>>, owner: { namespace: string; name: string }): string {
    const key = `${owner.namespace}.${owner.name}`;
    const known = this.enums.get(key);
    if (known !== undefined && JSON.stringify(known.members) !== JSON.stringify(members)) {
      problems.push(`two enums would be named ${key} with different members`);
    }
    this.enums.set(key, { ...owner, members });
    return `global::${key}`;
  }
}

/** Models.cs: the data contracts and enums, by CLR namespace. */
function printModels(model: CSharpModel): string {
  const byNamespace = new Map<string, string[]>();
  const add = (namespace: string, text: string) =>
    byNamespace.set(namespace, [...(byNamespace.get(namespace) ?? []), text]);
  for (const { namespace, contract, types } of model.classes.values()) {
    const properties = contract.members.map(([name, member]) => {
      const type = model.typeOf(member, types, { namespace, name: `${contract.name}${pascal(name)}` });
      return `        public ${type} ${identifier(name, `${contract.name}.${name}`)} { get; set; }`;
    });
    const name = identifier(contract.name, `data contract ${contract.name}`);
    add(namespace, [`    public class ${name}`, "    {", ...properties, "    }"].join("\n"));
  }
  // after the classes: typeOf registers the enums it meets
  for (const { namespace, name, members } of model.enums.values()) {
    const list = Object.entries(members).map(([value, member]) => `${identifier(member, `enum ${name}`)} = ${value}`);
    add(namespace, `    public enum ${name} { ${list.join(", ")} }`);
  }
  const blocks = [...byNamespace].map(([namespace, types]) => `namespace ${namespace}\n{\n${types.join("\n\n")}\n}\n`);
  return [
    "// The data contracts of the spec's bodies and parameters: plain auto-properties, no attributes, so that",
    "// DataContractSerializer orders members ordinally and takes its XML namespace from the CLR namespace.",
    '// integer is int: the help pages\' "integer" names no width (Int16, Int32 and Int64 alike); number is decimal.',
    "using System;",
    "using System.Collections.Generic;",
    "",
    ...blocks,
  ].join("\n");
}

/** One controller per path template: its C# class name (without `Controller`). */
function controllerNames(operations: readonly OperationInfo[]): Map<string, string> {
  const names = new Map<string, string>();
  const taken = new Set<string>();
  for (const { path } of operations) {
    if (names.has(path)) continue;
    const base =
      path
        .split("/")
        .filter(Boolean)
        .map((segment) => (segment.startsWith("{") ? `By${pascal(segment)}` : pascal(segment)))
        .join("") || "Root";
    let name = base;
    for (let n = 2; taken.has(name); n++) name = `${base}${n}`;
    taken.add(name);
    names.set(path, name);
  }
  return names;
}

const csString = (text: string): string => JSON.stringify(text);

/**
 * The success response whose type an action answers with (TypedAnswer.cs), when the spec gives one a schema: the
 * first 2xx response, with its status code (200 for `2XX`).
 */
export function answeredResponse(operation: OperationInfo): (ResponseInfo & { code: number }) | undefined {
  const response = operation.responses?.find((r) => r.status.startsWith("2"));
  return response && { ...response, code: /^\d{3}$/.test(response.status) ? Number(response.status) : 200 };
}

/** Controllers.cs: each action binds the operation's parameters and body and answers the binding report. */
function printControllers(model: CSharpModel, names: Map<string, string>): string {
  const byPath = new Map<string, OperationInfo[]>();
  for (const operation of model.operations)
    byPath.set(operation.path, [...(byPath.get(operation.path) ?? []), operation]);
  const controllers = [...byPath].map(([path, operations]) => {
    const name = names.get(path)!;
    const actions = operations.map((operation) => {
      const label = operationLabel(operation);
      const owner = { namespace: defaultClrNamespace, name: `${name}${pascal(operation.method)}` };
      // Required ones first: C# puts parameters with a default last (Web API binds them by name, not position).
      const ordered = [
        ...operation.parameters.filter((p) => p.required),
        ...operation.parameters.filter((p) => !p.required),
      ];
      const parameters = ordered.map((parameter) => {
        const id = identifier(parameter.name, `${label} parameter ${parameter.name}`);
        const where = { ...owner, name: owner.name + pascal(parameter.name) };
        const type = model.typeOf(
          parameter.required ? parameter.model : { ...parameter.model, nullable: true },
          operation.types,
          where,
        );
        const fromUri = parameter.model.kind === "collection" || parameter.model.kind === "object" ? "[FromUri] " : "";
        // Optional: a default keeps the action selectable without it, and a value type is nullable (null: not sent).
        return `${fromUri}${type} ${id}${parameter.required ? "" : " = null"}`;
      });
      const bodyName = operation.parameters.some((p) => p.name === "body") ? "requestBody" : "body";
      if (operation.requestBody) {
        const type = model.typeOf(operation.requestBody, operation.types, { ...owner, name: `${owner.name}Body` });
        parameters.push(`[FromBody] ${type} ${bodyName}`);
      }
      const reported = operation.parameters.flatMap((p) => [csString(p.name), identifier(p.name, label)]);
      const answered = answeredResponse(operation);
      const typedAnswer = answered && [
        `            if (TypedAnswer.Wanted(this))`,
        `                return TypedAnswer.Answer<${model.typeOf(answered.model, operation.types, { ...owner, name: `${owner.name}Response` })}>(this, ${answered.code});`,
      ];
      return [
        `        [AcceptVerbs(${csString(operation.method.toUpperCase())})]`,
        `        public HttpResponseMessage ${pascal(operation.method)}(${parameters.join(", ")})`,
        "        {",
        ...(typedAnswer ?? []),
        `            return BindingReport.Answer(this, ${csString(label)}, new object[] { ${reported.join(", ")} }, ` +
          `${operation.requestBody ? `true, ${bodyName}` : "false, null"});`,
        "        }",
      ].join("\n");
    });
    return [
      `    // ${path}`,
      `    public class ${name}Controller : ApiController`,
      "    {",
      actions.join("\n\n"),
      "    }",
    ].join("\n");
  });
  return [
    "// One controller per path template of the spec, one action per method: each binds the operation's parameters",
    "// and body as Web API does ([FromUri] simple parameters, a [FromBody] body) and answers what it bound; one with a",
    "// response schema answers a value of its response type instead when the request carries X-Caliber-Answer.",
    "using System;",
    "using System.Collections.Generic;",
    "using System.Net.Http;",
    "using System.Web.Http;",
    "",
    `namespace ${defaultClrNamespace}`,
    "{",
    controllers.join("\n\n"),
    "}",
    "",
  ].join("\n");
}

/** Routes.cs: a route per path template; templates of one shape (`a/{x}`, `a/{y}`) are told apart by method. */
function printRoutes(operations: readonly OperationInfo[], names: Map<string, string>): string {
  const shape = (path: string) => path.replace(/\{[^}]*\}/g, "{}");
  const methods = new Map<string, Set<string>>();
  const shapes = new Map<string, Set<string>>();
  for (const { path, method } of operations) {
    methods.set(path, (methods.get(path) ?? new Set()).add(method.toUpperCase()));
    shapes.set(shape(path), (shapes.get(shape(path)) ?? new Set()).add(path));
  }
  const routes = [...names].map(([path, name]) => {
    const shared = shapes.get(shape(path))!.size > 1;
    const constraint = shared
      ? `, new { httpMethod = new HttpMethodConstraint(${[...methods.get(path)!].map((m) => `new HttpMethod(${csString(m)})`).join(", ")}) }`
      : "";
    return `            config.Routes.MapHttpRoute(${csString(name)}, ${csString(path.replace(/^\//, ""))}, new { controller = ${csString(name)} }${constraint});`;
  });
  return [
    "// One route per path template of the spec.",
    "using System.Net.Http;",
    "using System.Web.Http;",
    "using System.Web.Http.Routing;",
    "",
    `namespace ${defaultClrNamespace}`,
    "{",
    "    public static class GeneratedRoutes",
    "    {",
    "        public static void Register(HttpConfiguration config)",
    "        {",
    ...routes,
    "        }",
    "    }",
    "}",
    "",
  ].join("\n");
}

/** generated/aspnet/*.cs, as `[file, source]` entries of generate.ts's outputs. */
export function aspNetOutputs(spec: OpenApiDocument): [file: string, source: () => string][] {
  let printed: Record<string, string> | undefined;
  const print = (): Record<string, string> => {
    if (printed) return printed;
    problems = [];
    const model = new CSharpModel(findOperations(spec));
    const names = controllerNames(model.operations);
    const controllers = printControllers(model, names); // before Models.cs: it registers the parameters' enums
    const models = printModels(model);
    const errors = [...new Set(problems)].map((problem) => `#error spec: ${problem}\n`).join("");
    printed = {
      "aspnet/Models.cs": errors + models,
      "aspnet/Controllers.cs": controllers,
      "aspnet/Routes.cs": printRoutes(model.operations, names),
    };
    return printed;
  };
  return ["aspnet/Models.cs", "aspnet/Controllers.cs", "aspnet/Routes.cs"].map((file) => [file, () => print()[file]!]);
}
