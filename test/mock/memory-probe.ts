// Run by bounded-memory.e2e.test.ts in a child process of its own (`node --expose-gc --import tsx`), so that
// what it measures is the mock's alone: sends `count` bodies of `bytes` bytes to a path that is no operation,
// then prints the heap in use after a full garbage collection, as JSON.
import { startMockServer } from "../../src/mock/index.ts";

const [count, bytes] = process.argv.slice(2).map(Number) as [number, number];
const mock = await startMockServer();
const body = "x".repeat(bytes);
for (let sent = 0; sent < count; sent += 1) {
  const answer = await fetch(`${mock.url}/no/such/operation`, { method: "POST", body });
  await answer.arrayBuffer();
}
(globalThis as { gc?: () => void }).gc!();
const { heapUsed, rss } = process.memoryUsage();
console.log(JSON.stringify({ recorded: mock.requests.length, heapUsed, rss }));
await mock.close();
