/** Where a list position was: the sort key (due date, id) of the row at `position`. */
export interface PageAnchor {
  position: number;
  dueDate: string;
  id: string;
}

interface Entry {
  version: string;
  at: number;
  anchors: PageAnchor[];
}

/**
 * Sort keys of rows at known positions of a list, per query and change counter (see ChangeCache):
 * a page at offset 10,000 can then start from the key at a position already read, instead of
 * walking 10,000 index entries again. An anchor is only good while the counter it was read at
 * stands; the reader checks that in the page's own statement. As with the totals, a write racing
 * the read can bump the counter before it commits, so `maxAgeMs` bounds how long such an anchor
 * lives; `maxEntries` and `maxAnchors` bound memory (oldest query first, farthest anchor first).
 */
export class PageAnchors {
  private readonly entries = new Map<string, Entry>();

  constructor(
    private readonly maxAgeMs: number,
    private readonly maxEntries: number,
    private readonly maxAnchors = 64,
    private readonly now: () => number = Date.now,
  ) {}

  /** The anchor at or before `position` nearest to it, with the counter it was read at. */
  nearest(key: string, position: number): (PageAnchor & { version: string }) | undefined {
    const entry = this.entries.get(key);
    if (!entry || this.now() - entry.at >= this.maxAgeMs) return undefined;
    let best: PageAnchor | undefined;
    for (const a of entry.anchors) if (a.position <= position && (!best || a.position > best.position)) best = a;
    return best && { ...best, version: entry.version };
  }

  /** Notes the row at `anchor.position` as read at `version`; anchors of another version are dropped. */
  record(key: string, version: string, anchor: PageAnchor): void {
    let entry = this.entries.get(key);
    if (!entry || entry.version !== version || this.now() - entry.at >= this.maxAgeMs) {
      this.entries.delete(key);
      entry = { version, at: this.now(), anchors: [] };
      this.entries.set(key, entry);
      if (this.entries.size > this.maxEntries) this.entries.delete(this.entries.keys().next().value as string);
    }
    const anchors = entry.anchors.filter((a) => a.position !== anchor.position);
    anchors.push(anchor);
    // Past the cap, the anchor farthest from the one just read goes: paging stays near where it was.
    if (anchors.length > this.maxAnchors) anchors.splice(farthestFrom(anchors, anchor.position), 1);
    entry.anchors = anchors;
  }

  delete(key: string): void {
    this.entries.delete(key);
  }
}

function farthestFrom(anchors: readonly PageAnchor[], position: number): number {
  let index = 0;
  anchors.forEach((a, i) => {
    if (Math.abs(a.position - position) > Math.abs(anchors[index].position - position)) index = i;
  });
  return index;
}
