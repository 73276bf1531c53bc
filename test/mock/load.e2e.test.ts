// A burst of 2,000 concurrent requests against the mock server over real HTTP: every one is answered and recorded
// (the last 1,000 kept, the others counted as dropped).
import { afterAll, describe, expect, it } from "vitest";
import { startMockServer } from "../../src/mock/index.ts";

const mock = await startMockServer();
afterAll(() => mock.close());

async function patch(body: string, id: number): Promise<number> {
  const response = await fetch(`${mock.url}/api/v2/clientcontact/${id}/phone`, {
    method: "PATCH",
    body,
    headers: { "content-type": "application/json" },
  });
  await response.text();
  return response.status;
}

describe("mock server: load", () => {
  it("answers a burst of 2,000 concurrent requests", async () => {
    const statuses = await Promise.all(
      Array.from({ length: 2000 }, (_, i) => patch(JSON.stringify({ PhoneID: i }), i)),
    );
    expect(statuses.filter((status) => status === 200)).toHaveLength(2000);
    expect([mock.requests.length, mock.dropped.requests]).toEqual([1000, 1000]);
  }, 120_000);
});
