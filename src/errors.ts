// TEMPORARY on branch issue4: replaced by issue 3's errors module at merge.
export interface ValidationIssue {
  path: string;
  message: string;
}
export class CaliberValidationError extends Error {
  override name = "CaliberValidationError";
  constructor(readonly issues: ValidationIssue[]) {
    super(issues.map((i) => `${i.path}: ${i.message}`).join("; "));
  }
}
export const isCaliberValidationError = (e: unknown): e is CaliberValidationError =>
  e instanceof Error && e.name === "CaliberValidationError";
