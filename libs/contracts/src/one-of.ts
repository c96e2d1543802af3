/** Type guard for the string-literal unions below: `isOneOf(OBLIGATION_STATUSES, x)`. */
export function isOneOf<T extends string>(values: readonly T[], value: unknown): value is T {
  return typeof value === 'string' && (values as readonly string[]).includes(value);
}
