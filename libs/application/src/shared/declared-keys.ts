// Request keys (filter names, sort fields) are looked up among a table's own declared keys only:
// a plain `table[key]` answers inherited members for `constructor`, `toString`, `__proto__`, …

/** The value declared under `key` in `table`, or undefined for anything not declared there itself. */
export function declared<T>(table: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.hasOwn(table, key) ? table[key] : undefined;
}

/** Property names every object or function inherits; no table may declare them as request keys. */
export const INHERITED_NAMES: readonly string[] = [...new Set([...Object.getOwnPropertyNames(Object.prototype), ...Object.getOwnPropertyNames(Function.prototype)])];

/** Names `name` and `length` stay allowed: they are ordinary field names (bodies have a `name`). */
const ALLOWED_INHERITED = new Set(['name', 'length']);

/** Throws at module load if a declaration table uses an inherited name as a key. */
export function assertNoInheritedKeys(what: string, table: Readonly<Record<string, unknown>>): void {
  const bad = Object.keys(table).filter((k) => INHERITED_NAMES.includes(k) && !ALLOWED_INHERITED.has(k));
  if (bad.length) throw new Error(`${what} declares inherited property names as keys: ${bad.join(', ')}`);
}
