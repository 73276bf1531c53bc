// Another team's vitest setup: the node:http mock (`caliber-api/mock`) scripted between tests.
import { startMockServer, type MockAnswer, type MockServer } from "caliber-api/mock";

export async function scripted(): Promise<MockServer> {
  const mock = await startMockServer({ basePath: "/CAPI2_Vision", controlApi: true });
  const html: MockAnswer = { status: 500, headers: { "Content-Type": "text/html" }, body: "<h1>Server Error</h1>" };
  mock.answerNext(html, { operation: "patchClientContactPhone" });
  mock.answerNext({ status: 429, headers: { "Retry-After": 1 } }, { times: 3 });
  mock.answerNext({ status: 400, body: { Message: "no" }, validate: false });
  // @ts-expect-error -- drop is a boolean; tsc says: Type 'string' is not assignable to type 'boolean | undefined'
  mock.answerNext({ drop: "yes" });
  mock.reset();
  return mock;
}
