/**
 * A consumer file's `// @ts-expect-error -- <why>; tsc says: <text>` lines. tsc alone only proves that the next
 * line has *some* error; naming the message lets test-consumer.ts prove it is the intended one.
 */
export interface ExpectedError {
  file: string;
  /** 0-based line that must fail: the line after the directive. */
  line: number;
  why: string;
  message: string;
}

const directive = /\/\/ @ts-expect-error\b(.*)$/;
const annotated = /^ -- (.+?); tsc says: (.+)$/;

export function expectedErrors(file: string, text: string): ExpectedError[] {
  const found: ExpectedError[] = [];
  text.split("\n").forEach((line, index) => {
    const rest = directive.exec(line)?.[1];
    if (rest === undefined) return;
    const parts = annotated.exec(rest);
    if (!parts) {
      throw new Error(`${file}:${index + 1}: write "// @ts-expect-error -- <why>; tsc says: <message text>"`);
    }
    found.push({ file, line: index + 1, why: parts[1]!, message: parts[2]! });
  });
  return found;
}

/** The same text with every `@ts-expect-error` disarmed, line numbers unchanged. */
export function withoutDirectives(text: string): string {
  return text.replace(/\/\/ @ts-expect-error\b/g, "// (expected error)");
}
