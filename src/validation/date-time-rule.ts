/**
 * What isAspNetDateTime (string-formats.ts) accepts, in the words of an issue's message (after "must be"). A module
 * of its own, so that the client's entry gets the words without the check, which loads with the validators.
 */
export const aspNetDateTimeRule =
  "a date-time like 2025-05-20T10:21:27.3260116-07:00 (RFC 3339's layout, upper-case T, up to 7 fraction digits) " +
  "with Z or an offset within ±14:00, from 0001-01-02 to 9999-12-30 UTC, or without an offset like " +
  "0001-01-01T00:00:00 (a wall clock, bound as it is), from 0001-01-01T00:00:00 to 9999-12-31T23:59:59.9999999";
