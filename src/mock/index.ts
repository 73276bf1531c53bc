// `caliber-api/mock`: a local server that holds your tests to the spec, and answers what a test scripts.
export { startMockServer } from "./server.ts";
export type { MockServer, MockServerOptions } from "./server.ts";
export type { AnswerOptions, MockAnswer, MockRequest, OperationName, Problem, RecordingDropped } from "./mock-types.ts";
