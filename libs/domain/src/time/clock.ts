/** Source of the current instant. Inject it; domain logic never calls `new Date()`. */
export interface Clock {
  now(): Date;
}

/** The real clock, for production wiring. */
export const systemClock: Clock = { now: () => new Date() };

/** A clock stopped at `at` (a Date or ISO string), for tests. */
export function fixedClock(at: Date | string): Clock {
  const instant = new Date(at);
  if (Number.isNaN(instant.getTime())) throw new RangeError(`fixedClock: invalid date '${String(at)}'`);
  return { now: () => new Date(instant.getTime()) };
}
