/**
 * Generated values for the conformance suite, from the body model (src/model/body-model.ts) of any operation:
 * objects with any subset of their members, collections of 0 to 3 items, `null` where the model is nullable.
 * Strings over all of Unicode (control characters, whitespace at the ends, what XML, URL encoding and JSON treat
 * specially, lone surrogates, noncharacters); integers over the whole int32 range (the test server's `int`);
 * decimals a .NET decimal holds exactly; Guids in either letter case; date-times with offsets up to ±14:00 and
 * 0 to 7 fraction digits. Nothing here knows an operation of the spec.
 */
import fc from "fast-check";
import type { BodyModel, DataContracts } from "../../src/model/body-model.ts";
import { validDateTime } from "../helpers/schema-arbitraries.ts";

const char = (code: number) => String.fromCharCode(code);
const codePoint = (min: number, max: number) => fc.integer({ min, max }).map((code) => String.fromCodePoint(code));

/** Every character .NET's Char.IsWhiteSpace or JavaScript's `\s` counts as whitespace, and U+180E (once one). */
export const whitespaceChars = [
  ..."\t\n\v\f\r \u0085\u00a0\u1680\u180e\u2028\u2029\u202f\u205f\u3000\ufeff",
  ...Array.from({ length: 11 }, (_, i) => char(0x2000 + i)),
];

const whitespace = fc.constantFrom(...whitespaceChars);
/** One UTF-16 string's worth of "anything": weighted so that each kind of trouble turns up often. */
const unit = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(..."abcXYZ0189-_.~ ") },
  // XML, URL encoding and JSON syntax, and the sequences their escapes are made of
  {
    weight: 3,
    arbitrary: fc.constantFrom(
      ..."&<>\"'/\\]+%=?#;:[{}*!$(),@",
      "]]>",
      "&amp;",
      "&#x41;",
      "%20",
      "%2B",
      "%u0041",
      "\\u0041",
      "<![CDATA[",
      "\r\n",
    ),
  },
  { weight: 2, arbitrary: fc.oneof(codePoint(0, 0x1f), codePoint(0x7f, 0x9f)) }, // C0 and C1 controls
  { weight: 2, arbitrary: whitespace },
  { weight: 1, arbitrary: fc.constantFrom("\ufffe", "\uffff", "\ufdd0", "\ufeff", "\u{1fffe}") }, // noncharacters, BOM
  { weight: 3, arbitrary: codePoint(0x80, 0xd7ff) },
  { weight: 2, arbitrary: codePoint(0xe000, 0xffff) },
  { weight: 2, arbitrary: codePoint(0x10000, 0x10ffff) }, // astral: surrogate pairs
);
const loneSurrogate = fc
  .oneof(fc.integer({ min: 0xd800, max: 0xdbff }), fc.integer({ min: 0xdc00, max: 0xdfff }))
  .map(char);

const text = fc.string({ unit, minLength: 1, maxLength: 20 });
const whitespaceRun = fc.string({ unit: whitespace, maxLength: 3 });
/** Text with whitespace at either end, often. */
const paddedText = fc.tuple(whitespaceRun, text, whitespaceRun).map((parts) => parts.join(""));

/** Strings over all of UTF-16: mostly well-formed, sometimes empty, whitespace-only or holding a lone surrogate. */
export const anyString: fc.Arbitrary<string> = fc.oneof(
  { weight: 40, arbitrary: paddedText },
  { weight: 1, arbitrary: fc.constant("") },
  { weight: 1, arbitrary: fc.string({ unit: whitespace, minLength: 1, maxLength: 4 }) },
  {
    weight: 2,
    arbitrary: fc
      .tuple(paddedText, loneSurrogate, paddedText)
      // A lone surrogate must stay lone: never next to the other half of a pair.
      .filter(([before, , after]) => !/[\ud800-\udbff]$/.test(before) && !/^[\udc00-\udfff]/.test(after))
      .map((parts) => parts.join("")),
  },
);

const int32 = fc.integer({ min: -(2 ** 31), max: 2 ** 31 - 1 });

/**
 * Numbers a .NET decimal holds exactly in their shortest JavaScript text (at most 28 fraction digits): integers
 * up to 2^53, and fractions down to 1e-12, where JavaScript would write an exponent (1e-7) that XML must not.
 */
const decimal: fc.Arbitrary<number> = fc.oneof(
  fc.integer({ min: -(2 ** 31), max: 2 ** 31 }),
  fc.maxSafeInteger(),
  fc
    .double({ min: -1e15, max: 1e15, noNaN: true, noDefaultInfinity: true })
    .filter((n) => n === 0 || Math.abs(n) >= 1e-12),
  fc
    .tuple(fc.integer({ min: -99, max: 99 }), fc.integer({ min: 1, max: 12 }))
    .map(([digits, exponent]) => Number(`${digits}e-${exponent}`)),
);

const guid = fc.uuid().chain((id) => fc.constantFrom(id, id.toUpperCase()));

const scalars: Record<string, fc.Arbitrary<unknown>> = {
  integer: int32,
  number: decimal,
  boolean: fc.boolean(),
  "date-time": validDateTime,
  uuid: guid,
};

/**
 * Values of a model: an object's members each present or not (no member at all, now and then), each by its own
 * model; collections of up to 3 items; `null` now and then where the model allows it. Strings are `strings`
 * (anyString unless told).
 */
export function bodyValue(
  model: BodyModel,
  types: DataContracts,
  depth = 0,
  strings: fc.Arbitrary<string> = anyString,
): fc.Arbitrary<unknown> {
  const value = ((): fc.Arbitrary<unknown> => {
    switch (model.kind) {
      case "object": {
        const contract = types[model.type]!;
        // a contract that reaches itself ends: past depth 3 its members are left out
        const members = depth > 3 ? [] : contract.members;
        const shape = Object.fromEntries(
          members.map(([name, member]) => [name, bodyValue(member, types, depth + 1, strings)]),
        );
        const record = fc.record(shape, { requiredKeys: [] }) as fc.Arbitrary<Record<string, unknown>>;
        return fc.oneof({ weight: 30, arbitrary: record }, { weight: 1, arbitrary: fc.constant({}) });
      }
      case "collection":
        return fc.array(bodyValue(model.items, types, depth + 1, strings), { maxLength: depth > 3 ? 0 : 3 });
      case "enum":
        return fc.constantFrom(...Object.keys(model.members ?? {}).map(Number));
      case "string":
      case "any":
        return strings;
      default:
        return scalars[model.kind]!;
    }
  })();
  return model.nullable
    ? fc.oneof({ weight: 6, arbitrary: value }, { weight: 1, arbitrary: fc.constant(null) })
    : value;
}

/** Text a URL path segment carries through Web API's routing unchanged: letters, digits and `-._~`. */
const segmentText = fc.string({ unit: fc.constantFrom(..."abcXYZ0189-_.~"), minLength: 1, maxLength: 12 });

/**
 * Values of a path or query parameter: as a body member's, but strings only as a path segment carries them, and
 * collections of 1 to 3 items (an empty one puts nothing in the URL: it is the parameter left out).
 */
export function parameterValue(model: BodyModel, types: DataContracts): fc.Arbitrary<unknown> {
  if (model.kind === "collection") return fc.array(parameterValue(model.items, types), { minLength: 1, maxLength: 3 });
  if (model.kind === "string" || model.kind === "any")
    return model.nullable ? fc.option(segmentText, { nil: null }) : segmentText;
  return bodyValue(model, types);
}
