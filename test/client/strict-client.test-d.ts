// Type-level tests of StrictClient on its own, with paths shaped as openapi-typescript prints them: when `init`
// may be left out, and that the whole of openapi-fetch's options stays checked. Each @ts-expect-error must be a
// real error.
import { describe, expectTypeOf, it } from "vitest";
import type { StrictClient } from "../../src/client/strict-client.ts";

interface NoParameters {
  query?: never;
  header?: never;
  path?: never;
  cookie?: never;
}
interface Ok {
  200: { headers: { [name: string]: unknown }; content: { "application/json": { id: number } } };
}
interface Body {
  content: { "application/json": { Name?: string; Kind?: 0 | 1 } };
}
type PathItem = {
  parameters: NoParameters;
  get?: never;
  put?: never;
  post?: never;
  delete?: never;
  options?: never;
  head?: never;
  patch?: never;
  trace?: never;
};

interface paths {
  "/none": Omit<PathItem, "get"> & { get: { parameters: NoParameters; requestBody?: never; responses: Ok } };
  "/optional-query": Omit<PathItem, "get"> & {
    get: {
      parameters: Omit<NoParameters, "query"> & { query?: { page?: number } };
      requestBody?: never;
      responses: Ok;
    };
  };
  "/required-query": Omit<PathItem, "get"> & {
    get: { parameters: Omit<NoParameters, "query"> & { query: { page: number } }; requestBody?: never; responses: Ok };
  };
  "/item/{id}": Omit<PathItem, "delete"> & {
    delete: { parameters: Omit<NoParameters, "path"> & { path: { id: number } }; requestBody?: never; responses: Ok };
  };
  "/optional-body": Omit<PathItem, "put"> & { put: { parameters: NoParameters; requestBody?: Body; responses: Ok } };
  "/required-body": Omit<PathItem, "post"> & { post: { parameters: NoParameters; requestBody: Body; responses: Ok } };
}

declare const client: StrictClient<paths>;

describe("StrictClient", () => {
  it("lets init be left out only where no parameter and no body is required", () => {
    void client.GET("/none");
    void client.GET("/optional-query");
    void client.PUT("/optional-body");
    // @ts-expect-error a required query parameter
    void client.GET("/required-query");
    // @ts-expect-error a path parameter
    void client.DELETE("/item/{id}");
    // @ts-expect-error a required body
    void client.POST("/required-body");
    void client.GET("/required-query", { params: { query: { page: 2 } } });
    void client.DELETE("/item/{id}", { params: { path: { id: 1 } } });
    void client.POST("/required-body", { body: { Name: "a" } });
  });

  it("checks every option of the call, openapi-fetch's and fetch's, and refuses unknown ones", () => {
    const signal = new AbortController().signal;
    void client.GET("/none", { signal, headers: { "X-Trace": "1" }, parseAs: "text", cache: "no-store" });
    void client.PUT("/optional-body", { body: { Kind: 1 }, credentials: "include" });
    // @ts-expect-error a misspelled body field
    void client.POST("/required-body", { body: { Nmae: "a" } });
    // @ts-expect-error a misspelled option
    void client.GET("/none", { sginal: signal });
    // @ts-expect-error a wrong type for a fetch option
    void client.GET("/none", { cache: "sometimes" });
    // @ts-expect-error a query parameter the operation does not have
    void client.GET("/optional-query", { params: { query: { size: 2 } } });
  });

  it("types the answer by the operation", async () => {
    const { data } = await client.GET("/none");
    expectTypeOf(data).toEqualTypeOf<{ id: number } | undefined>();
  });
});

interface datedPaths {
  "/search/{day}": Omit<PathItem, "get"> & {
    get: {
      parameters: Omit<NoParameters, "query" | "path"> & {
        path: { day: string };
        query?: { since?: string; days?: string[]; name?: string };
      };
      requestBody?: never;
      responses: Ok;
    };
  };
}
/** As generated/body-formats.ts writes `requestParameterDates`. */
interface ParameterDates {
  "GET /search/{day}": { path: { day: true }; query: { since: true; days: readonly [true] } };
}
declare const dated: StrictClient<datedPaths, false, undefined, ParameterDates>;

describe("StrictClient with date-time parameters", () => {
  it("takes a Date where a path or query parameter is a date-time, and only there", () => {
    const day = new Date();
    void dated.GET("/search/{day}", { params: { path: { day } } });
    void dated.GET("/search/{day}", { params: { path: { day: "2025-05-20T10:21:27Z" }, query: { since: day } } });
    void dated.GET("/search/{day}", { params: { path: { day }, query: { days: [day, "2025-05-20T10:21:27Z"] } } });
    // @ts-expect-error a string parameter takes no Date
    void dated.GET("/search/{day}", { params: { path: { day }, query: { name: day } } });
    // @ts-expect-error a misspelled query parameter is still an error
    void dated.GET("/search/{day}", { params: { path: { day }, query: { sinse: day } } });
    // @ts-expect-error the path parameter is still required
    void dated.GET("/search/{day}", { params: { query: { since: day } } });
  });
});
