import type {
  Client,
  FetchOptions,
  FetchResponse,
  ParamsOption,
  RequestBodyOption,
  RequestOptions,
} from "openapi-fetch";
import type {
  FilterKeys,
  HttpMethod,
  IsOperationRequestBodyOptional,
  MediaType,
  OperationRequestBodyContent,
  PathsWithMethod,
  RequiredKeysOf,
} from "openapi-typescript-helpers";
import type { WithDates } from "../validation/date-values.ts";

/**
 * The options of one call: path parameters, body and the rest of openapi-fetch's `init`. `Dates` marks where the
 * body holds date-time strings, `ParamDates` where the path and query parameters are date-times
 * (generated/body-formats.ts): there they take a `Date` too. Without any, it is openapi-fetch's own FetchOptions;
 * with some, the same parts put together here with the body's own type (an `Omit<FetchOptions, "body">` cost a
 * consumer's type-check ~280 more instantiations per call; these cost none).
 */
export type CallInit<PathItem, Method extends HttpMethod, Dates = undefined, ParamDates = undefined> = [
  Dates,
  ParamDates,
] extends [undefined, undefined]
  ? FetchOptions<FilterKeys<PathItem, Method>>
  : ParamsWithDates<FilterKeys<PathItem, Method>, ParamDates> &
      BodyWithDates<FilterKeys<PathItem, Method>, Dates> &
      Pick<RequestOptions<FilterKeys<PathItem, Method>>, CallOption> &
      Omit<RequestInit, "body" | "headers">;

/** openapi-fetch's call options besides `params` and `body` (Pick fails to compile if one is renamed). */
type CallOption =
  "baseUrl" | "querySerializer" | "bodySerializer" | "pathSerializer" | "parseAs" | "fetch" | "headers" | "middleware";

// openapi-fetch's RequestBodyOption with the dates added. Not through its Writable<>: that maps every object type
// structurally (a Date would show as its methods' names), and this generator writes no readOnly markers for it.
type BodyWithDates<Operation, Dates> =
  OperationRequestBodyContent<Operation> extends never
    ? { body?: never }
    : IsOperationRequestBodyOptional<Operation> extends true
      ? { body?: WithDates<OperationRequestBodyContent<Operation>, Dates> }
      : { body: WithDates<OperationRequestBodyContent<Operation>, Dates> };

/** openapi-fetch's ParamsOption, with a `Date` taken where `ParamDates` (`{ query: { since: true } }`) marks one. */
type ParamsWithDates<Operation, ParamDates> = [ParamDates] extends [undefined]
  ? ParamsOption<Operation>
  : WithDates<ParamsOption<Operation>, { params: ParamDates }>;

/** The date locations of one operation in a `"PATCH /path"` → locations table; undefined when it has none. */
type DatesOf<Dates, Method extends HttpMethod, Path> = Path extends string
  ? `${Uppercase<Method>} ${Path}` extends keyof Dates
    ? Dates[`${Uppercase<Method>} ${Path}`]
    : undefined
  : undefined;

/** The operation object of one method of a path item; openapi-fetch's FetchResponse requires a record. */
type OperationOf<PathItem, Method extends HttpMethod> = Extract<
  FilterKeys<PathItem, Method>,
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- the constraint is openapi-fetch's own
  Record<string | number, any>
>;

/**
 * `init` is optional only where the operation has no required parameter or body. Only `params` and `body` can be
 * required, so only they are looked at: the whole of FetchOptions, `RequestInit` included, is costly to check.
 */
type InitArgument<Operation, Init> =
  RequiredKeysOf<ParamsOption<Operation> & RequestBodyOption<Operation>> extends never ? [init?: Init] : [init: Init];

/**
 * openapi-fetch infers `init` as a type parameter and widens it with `[key: string]: unknown`, so a
 * misspelled body field is no type error there (openapi-typescript#1769, #2329). Here `init` is not
 * inferred: it is checked against the operation's own type, so excess properties are errors.
 */
export type StrictMethod<
  Paths extends object,
  Method extends HttpMethod,
  Throws extends boolean = false,
  Dates = undefined,
  ParamDates = undefined,
> = <Path extends PathsWithMethod<Paths, Method>>(
  url: Path,
  ...init: InitArgument<
    FilterKeys<Paths[Path], Method>,
    CallInit<Paths[Path], Method, DatesOf<Dates, Method, Path>, DatesOf<ParamDates, Method, Path>>
  >
) => Promise<
  Returned<FetchResponse<OperationOf<Paths[Path], Method>, CallInit<Paths[Path], Method>, MediaType>, Throws>
>;

/**
 * What a call that returns gives back. With `throwOnError` every non-2xx answer is thrown, so only the success
 * member of openapi-fetch's result is left: `error` is `undefined` and needs no check.
 */
// The success member is told apart by its required `data` (the error member's is optional): a check on `error`
// would compare with a type still generic in the path, which TypeScript lets through.
type Returned<Result, Throws extends boolean> = Throws extends true ? Extract<Result, { data: unknown }> : Result;

/**
 * An openapi-fetch client whose method calls are checked strictly against the spec; `Throws` is true for a
 * client made with `throwOnError: true`; `Dates` and `ParamDates` are the generated tables of where request bodies
 * and parameters take a `Date`.
 */
export type StrictClient<
  Paths extends object,
  Throws extends boolean = false,
  Dates = undefined,
  ParamDates = undefined,
> = Omit<Client<Paths>, Uppercase<HttpMethod>> & {
  [Method in HttpMethod as Uppercase<Method>]: StrictMethod<Paths, Method, Throws, Dates, ParamDates>;
};
