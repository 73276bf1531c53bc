// `caliber-api/mock`: a local server that holds your tests to the spec.
export { startMockServer } from "./server.ts";
export type { MockServer, MockServerOptions } from "./server.ts";
export type { MockRequest } from "./handler.ts";
export type { Problem } from "./problem.ts";
