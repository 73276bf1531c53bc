import { execFileSync } from "node:child_process";

function git(cwd: string, args: string[]): string {
  return execFileSync("git", args, { cwd, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
}

/** The top of the git work tree that holds `cwd`. */
export function repoRoot(cwd = process.cwd()): string {
  try {
    return git(cwd, ["rev-parse", "--show-toplevel"]).trim();
  } catch {
    throw new Error(`${cwd} is not inside a git work tree`);
  }
}

/** The commit a ref names, or undefined when it names none here (unknown ref, first commit's parent, shallow clone). */
export function resolveCommit(root: string, ref: string): string | undefined {
  try {
    return git(root, ["rev-parse", "--verify", "--quiet", `${ref}^{commit}`]).trim() || undefined;
  } catch {
    return undefined;
  }
}

/** Where HEAD's branch left `ref`'s (the base a pull request is compared with), or undefined. */
export function mergeBase(root: string, ref: string): string | undefined {
  try {
    return git(root, ["merge-base", "HEAD", ref]).trim() || undefined;
  } catch {
    return undefined;
  }
}

/** A file's text at a commit, or undefined when the file does not exist there. */
export function readAtCommit(root: string, commit: string, file: string): string | undefined {
  try {
    return git(root, ["show", `${commit}:${file}`]);
  } catch {
    return undefined;
  }
}
