/**
 * What the mock decided to answer, in plain data: the node:http server and the MSW handlers each send it their
 * own way. A drop closes the connection without an answer.
 */
export type MockReply =
  | { status: number; headers: Record<string, string>; body: string; delayMs: number; drop?: undefined }
  | { drop: true; delayMs: number };

/** A request in plain data, as both the node:http server and the MSW handlers can give it. */
export interface PlainRequest {
  method: string;
  /** The request target: path and query, base path included (`/CAPI2_Vision/api/…?x=1`). */
  url: string;
  /** Header names in lower case. */
  headers: Record<string, string | undefined>;
  body: string;
}
