// The mock's public types, shared by `caliber-api/mock` and `caliber-api/msw`. A declaration entry of its own
// (tsup.config.ts), so that both entries' declarations import them from `mock-types.d.ts`.
export type { AnswerOptions, MockAnswer, OperationName } from "./answers.ts";
export type { MockRequest } from "./mock-core.ts";
export type { Problem } from "./problem.ts";
export type { RecordingDropped, RequestLogOptions } from "./request-log.ts";
