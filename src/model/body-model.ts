/**
 * The body model: a body's shape as ASP.NET Web API's formatters and model binder read and write it, derived from
 * its schema at generate time (scripts/generate/body-model.ts) into generated/operations.ts. Every body format
 * (src/formats/) and the mock walk it; nothing per endpoint is written by hand.
 */

/** The value kinds of the help pages' vocabulary that a body can hold, as the spec's schemas say them. */
export type ScalarKind =
  /** `type: integer`: Int16, Int32 or Int64 (the page's "integer" names no width). */
  | "integer"
  /** `type: number`: the page's "decimal number" (Single, Double or Decimal). */
  | "number"
  | "boolean"
  | "string"
  /** `type: string, format: date-time`: a .NET DateTime. */
  | "date-time"
  /** `type: string, format: uuid`: the page's "globally unique identifier". */
  | "uuid"
  /** An enum: its number in JSON and forms, its member name in XML. */
  | "enum"
  /** A schema that says nothing of its type (`{}`): written as JSON would, read as text. */
  | "any";

export interface ScalarModel {
  kind: ScalarKind;
  /** True where the schema allows `null` (a .NET string, object or collection, `int?`). */
  nullable?: true;
  /** `enum` only: the member's number (as text) → the member name that XML carries. */
  members?: Readonly<Record<string, string>>;
  /** `enum` only: true when its values are strings (else numbers, as .NET enums are). */
  stringValues?: true;
  /**
   * A body or answer that is this value alone: the root element DataContract writes for it, where its .NET type
   * decides it and the page does not (`int`, `long`, `short`, … for an integer; an enum's contract name), from the
   * schema's `xml.name` (an enum's component name without one).
   */
  xmlName?: string;
  /** `enum` only, beside xmlName: its contract's XML namespace. */
  xmlNamespace?: string;
}

export interface CollectionModel {
  kind: "collection";
  items: BodyModel;
  nullable?: true;
  /**
   * The XML element of each item when it is a primitive, in the `…/2003/10/Serialization/Arrays` namespace:
   * `string`, `int`, `long`, `decimal`, `guid`, `dateTime`, `boolean`. Items that are objects are named by
   * their data contract.
   */
  xmlItemName?: string;
}

/** A member of a data contract, by reference to its type in `types`. */
export interface ObjectRef {
  kind: "object";
  /** Key of the data contract in the operation's `types`. */
  type: string;
  nullable?: true;
}

export type BodyModel = ScalarModel | CollectionModel | ObjectRef;

/** A complex type as DataContractSerializer sees it. */
export interface DataContract {
  /** Its data contract name: the XML element of a root body and of each item of a collection of it. */
  name: string;
  /** Its XML namespace (`http://schemas.datacontract.org/2004/07/CaliberAPI`); none when the spec gives none. */
  namespace?: string;
  /** Its members in DataContract order (ordinal, as DataContractSerializer sorts members without an `Order`). */
  members: readonly (readonly [name: string, model: BodyModel])[];
}

/** The data contracts a body reaches, by key (the component's name, or a path for an inline object schema). */
export type DataContracts = Readonly<Record<string, DataContract>>;

/** Where primitive collection items live in DataContract XML (`<d2p1:string>`). */
export const serializationArraysNamespace = "http://schemas.microsoft.com/2003/10/Serialization/Arrays";

/** Where DataContract writes a primitive that is a whole document (`<int xmlns="…">5</int>`). */
export const serializationNamespace = "http://schemas.microsoft.com/2003/10/Serialization/";

/** Every DataContract document declares the XML Schema instance namespace (`i:nil` lives there). */
export const xmlSchemaInstanceNamespace = "http://www.w3.org/2001/XMLSchema-instance";
