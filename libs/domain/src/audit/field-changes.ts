/** `{ field: { from, to } }` for the fields whose value differs (arrays and objects compared by value). */
export type FieldChanges = Record<string, { from: unknown; to: unknown }>;

const sameValue = (a: unknown, b: unknown): boolean => a === b || JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/**
 * The changes `after` makes to `before`, for the keys `after` sets (undefined = not set).
 * An empty result means nothing changed: callers write no event then.
 */
export function fieldChanges<T extends Record<string, unknown>>(before: T, after: Partial<T>): FieldChanges {
  const changes: FieldChanges = {};
  for (const key of Object.keys(after)) {
    const to = after[key];
    if (to === undefined) continue;
    const from = before[key] ?? null;
    if (!sameValue(from, to)) changes[key] = { from, to };
  }
  return changes;
}

export const hasChanges = (changes: object): boolean => Object.keys(changes).length > 0;
