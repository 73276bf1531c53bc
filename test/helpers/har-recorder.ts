/** Records what a `fetch` sends and receives as HAR 1.2 entries, for tools that read traffic (redocly drift). */
export interface HarRecorder {
  fetch: typeof globalThis.fetch;
  /** The recorded traffic as a HAR document. */
  har(): object;
}

function nameValues(headers: Headers | URLSearchParams): { name: string; value: string }[] {
  const list: { name: string; value: string }[] = [];
  headers.forEach((value, name) => list.push({ name, value }));
  return list;
}

export function createHarRecorder(inner: typeof globalThis.fetch = globalThis.fetch): HarRecorder {
  const entries: object[] = [];
  const recordingFetch: typeof globalThis.fetch = async (input, init) => {
    const request = new Request(input, init);
    const requestText = request.body ? await request.clone().text() : undefined;
    const started = new Date();
    const response = await inner(request);
    const responseText = await response.clone().text();
    const url = new URL(request.url);
    entries.push({
      startedDateTime: started.toISOString(),
      time: Date.now() - started.getTime(),
      request: {
        method: request.method,
        url: request.url,
        httpVersion: "HTTP/1.1",
        headers: nameValues(request.headers),
        queryString: nameValues(url.searchParams),
        cookies: [],
        headersSize: -1,
        bodySize: requestText === undefined ? 0 : Buffer.byteLength(requestText),
        ...(requestText === undefined
          ? {}
          : { postData: { mimeType: request.headers.get("content-type") ?? "", text: requestText } }),
      },
      response: {
        status: response.status,
        statusText: response.statusText,
        httpVersion: "HTTP/1.1",
        headers: nameValues(response.headers),
        cookies: [],
        content: {
          size: Buffer.byteLength(responseText),
          mimeType: response.headers.get("content-type") ?? "",
          text: responseText,
        },
        redirectURL: "",
        headersSize: -1,
        bodySize: Buffer.byteLength(responseText),
      },
      cache: {},
      timings: { send: 0, wait: 0, receive: 0 },
    });
    return response;
  };
  return {
    fetch: recordingFetch,
    har: () => ({ log: { version: "1.2", creator: { name: "caliber-api tests", version: "1" }, entries } }),
  };
}
