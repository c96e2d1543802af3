/**
 * A calendar day as 'YYYY-MM-DD' (no time, no zone). Due dates, "today" and
 * reminder days all use this form so they compare correctly as strings.
 */
export type IsoDate = string;

/** An instant as an ISO-8601 timestamp, e.g. '2026-11-25T03:00:00.000Z'. */
export type IsoDateTime = string;
