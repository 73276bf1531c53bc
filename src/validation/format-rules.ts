/**
 * What the string formats (string-formats.ts) accept, in the words of an issue's message (after "must be"). A module
 * of its own, so that the words come without the checks, which load with the validators.
 */

/** What isAspNetDateTime accepts. */
export const aspNetDateTimeRule =
  "a date-time like 2025-05-20T10:21:27.3260116-07:00 (RFC 3339's layout, upper-case T, up to 7 fraction digits) " +
  "with Z or an offset within ±14:00, from 0001-01-02 to 9999-12-30 UTC, or without an offset like " +
  "0001-01-01T00:00:00 (a wall clock, bound as it is), from 0001-01-01T00:00:00 to 9999-12-31T23:59:59.9999999";

/** What isUuid accepts. */
export const uuidRule = "a Guid like 0f8fad5b-d9cb-469f-a165-70867728950e";
