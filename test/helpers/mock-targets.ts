/**
 * The two ways a test gets the mock, behind one shape, so that the same tests run against both: the node:http
 * server (`caliber-api/mock`) and the MSW handlers (`caliber-api/msw`) under msw/node's setupServer.
 */
import { setupServer } from "msw/node";
import { startMockServer } from "../../src/mock/index.ts";
import { createMswHandlers, type MswMock } from "../../src/msw/index.ts";

export interface MockTarget extends Omit<MswMock, "handlers"> {
  /** The base URL a client is given. */
  url: string;
  close(): Promise<void>;
}

export const mockTargets: [name: string, start: () => Promise<MockTarget>][] = [
  ["node:http mock", () => startMockServer()],
  [
    "MSW handlers (msw/node)",
    async () => {
      // A host that does not exist: only MSW can answer it.
      const url = "http://caliber.test/CAPI2_Vision";
      const mock = createMswHandlers({ baseUrl: url });
      const server = setupServer(...mock.handlers);
      server.listen({ onUnhandledRequest: "bypass" });
      return { ...mock, url, close: async () => server.close() };
    },
  ],
];
