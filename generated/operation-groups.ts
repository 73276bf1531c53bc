// generated from spec/openapi.yaml — do not edit. Run `npm run generate`.
import type { OperationGroupModule } from "../src/validation/operation-facts.ts";

/** Loads each group's module (`operation-groups/group-<i>.ts`); an operation's group is `operationGroup(label, length)`. */
export const operationGroups: readonly (() => Promise<OperationGroupModule>)[] = [
  () => import("./operation-groups/group-0.ts"),
  () => import("./operation-groups/group-1.ts"),
  () => import("./operation-groups/group-2.ts"),
  () => import("./operation-groups/group-3.ts"),
];
