// Another team's app, the same in every runtime (Node, Bun, Deno, workerd, a browser). Given the loaded
// `caliber-api` (imported or required by the runtime's runner), it sends one PATCH in each request format, has a
// bad body refused, and lets a call time out against a server that never answers it. It returns what it saw;
// runtimes.e2e.test.ts compares that, and what its server received, with what the README promises.
// Plain JavaScript: no runtime here needs a TypeScript step.

/**
 * @param {typeof import("caliber-api")} caliber the package's exports
 * @param {string} baseUrl the test's server with a base path
 * @param {{ formats: string[]; hangingId: number; timeoutMs: number }} plan
 */
export async function runSmoke(caliber, baseUrl, { formats, hangingId, timeoutMs }) {
  const { createCaliberClient, isCaliberTimeoutError, isCaliberValidationError, NameOptions } = caliber;
  const call = (client, id, body, contentType) =>
    client.PATCH("/api/v2/clientcontact/{clientContactId}/phone", {
      params: { path: { clientContactId: id } },
      body,
      headers: { "Content-Type": contentType },
    });
  const client = createCaliberClient({ baseUrl });
  const statuses = {};
  for (const contentType of formats) {
    const body = { Number: "555 & <0100>", NameOption: NameOptions.Contact1 };
    statuses[contentType] = (await call(client, 7, body, contentType)).response.status;
  }
  const refused = await call(client, 7, { PhoneNumber: "x", RefType: "one" }, "application/json").catch((e) => e);
  const quick = createCaliberClient({ baseUrl, timeoutMs });
  const late = await call(quick, hangingId, {}, "application/json").catch((error) => error);
  return {
    statuses,
    refused: {
      guard: isCaliberValidationError(refused),
      name: refused?.name,
      paths: (refused?.issues ?? []).map((issue) => issue.path),
    },
    timedOut: { guard: isCaliberTimeoutError(late), name: late?.name, timeoutMs: late?.timeoutMs },
  };
}
