/**
 * Values derived from a table, kept while the table's change counter (a sequence its
 * statement-level trigger bumps; migration 1764400000000) has not moved.
 *
 * The counter is bumped before the writing transaction commits, so a value computed in that
 * window can outlive the change it missed; `maxAgeMs` bounds how long. `maxEntries` bounds
 * memory: the oldest entry goes first.
 */
export class ChangeCache<T> {
  private readonly entries = new Map<string, { version: string; at: number; value: T }>();

  constructor(
    private readonly maxAgeMs: number,
    private readonly maxEntries: number,
    private readonly now: () => number = Date.now,
  ) {}

  /** The cached value for `key` at `version`, or `compute()` (then cached). */
  async get(key: string, version: string, compute: () => Promise<T>): Promise<T> {
    const hit = this.entries.get(key);
    if (hit && hit.version === version && this.now() - hit.at < this.maxAgeMs) return hit.value;
    const value = await compute();
    this.entries.delete(key);
    this.entries.set(key, { version, at: this.now(), value });
    if (this.entries.size > this.maxEntries) this.entries.delete(this.entries.keys().next().value as string);
    return value;
  }

  delete(key: string): void {
    this.entries.delete(key);
  }
}
