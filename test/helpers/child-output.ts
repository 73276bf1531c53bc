import type { ChildProcess } from "node:child_process";
import { once } from "node:events";

/** Everything a child process prints (stdout and stderr), with a way to wait for a line to appear. */
export function collectOutput(child: ChildProcess): {
  text: () => string;
  waitFor: (pattern: RegExp) => Promise<RegExpExecArray>;
} {
  let output = "";
  child.stdout?.setEncoding("utf8").on("data", (chunk: string) => (output += chunk));
  child.stderr?.setEncoding("utf8").on("data", (chunk: string) => (output += chunk));
  return {
    text: () => output,
    async waitFor(pattern) {
      for (;;) {
        const match = pattern.exec(output);
        if (match) return match;
        if (child.exitCode !== null || child.signalCode !== null) {
          throw new Error(
            `the process exited (${child.exitCode ?? child.signalCode}) before printing ${pattern}:\n${output}`,
          );
        }
        await Promise.race([once(child.stdout!, "data"), once(child.stderr!, "data"), once(child, "exit")]);
      }
    },
  };
}
