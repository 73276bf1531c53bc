import type { ChangeClass, SpecChange } from "./changes.ts";

export type Bump = "major" | "minor" | "patch" | "none";

const bumpOfClass: Record<ChangeClass, Bump> = { breaking: "major", feature: "minor", fix: "patch" };
const order: Bump[] = ["none", "patch", "minor", "major"];

/** The smallest semver bump that covers every change. */
export function requiredBump(changes: SpecChange[]): Bump {
  return changes.reduce<Bump>((worst, change) => {
    const bump = bumpOfClass[change.class];
    return order.indexOf(bump) > order.indexOf(worst) ? bump : worst;
  }, "none");
}

/** `1.4.2` bumped: major → 2.0.0, minor → 1.5.0, patch → 1.4.3. */
export function bumpVersion(version: string, bump: Bump): string {
  const match = /^(\d+)\.(\d+)\.(\d+)/.exec(version);
  if (!match) throw new Error(`not a semver version: ${version}`);
  const [major, minor, patch] = match.slice(1).map(Number) as [number, number, number];
  if (bump === "major") return `${major + 1}.0.0`;
  if (bump === "minor") return `${major}.${minor + 1}.0`;
  if (bump === "patch") return `${major}.${minor}.${patch + 1}`;
  return version;
}

export function majorOf(version: string): number {
  const major = Number(/^(\d+)\./.exec(version)?.[1]);
  if (Number.isNaN(major)) throw new Error(`not a semver version: ${version}`);
  return major;
}
