// Another team's browser tests: the mock as MSW handlers (`caliber-api/msw`), with msw installed beside it.
// Compiled strict under nodenext and bundler; each `@ts-expect-error` names the error tsc must report.
import { createMswHandlers, type MockAnswer, type MockRequest, type MswMock } from "caliber-api/msw";
import type { RequestHandler } from "msw";
import { setupWorker } from "msw/browser";

const mock: MswMock = createMswHandlers({ baseUrl: "https://caliber.test/CAPI2_Vision" });
const handlers: RequestHandler[] = mock.handlers;
export const worker = setupWorker(...handlers);

const busy: MockAnswer = { status: 503, headers: { "Retry-After": 0 }, body: { Message: "busy" } };
mock.answerNext(busy, { times: 2, operation: "patchClientContactPhone" });
mock.answerNext({ drop: true }, { operation: "PATCH /api/v2/clientcontact/{clientContactId}/phone" });
mock.answerNext({ delayMs: 5_000 });
mock.reset();
export const seen: MockRequest[] = mock.requests;

export function mistakes(): void {
  // @ts-expect-error -- an operation the spec lacks; tsc says: is not assignable to type 'OperationName | undefined'
  mock.answerNext({ status: 503 }, { operation: "deletePhone" });
  // @ts-expect-error -- a misspelled answer field; tsc says: 'statusCode' does not exist in type 'MockAnswer'
  mock.answerNext({ statusCode: 503 });
  // @ts-expect-error -- baseUrl is required; tsc says: Property 'baseUrl' is missing
  createMswHandlers({});
}
