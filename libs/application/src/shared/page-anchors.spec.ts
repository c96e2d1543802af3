import { PageAnchors } from './page-anchors';

describe('PageAnchors', () => {
  let now = 1_000;
  const clock = () => now;
  const at = (position: number) => ({ position, dueDate: '2026-01-01', id: `id-${position}` });

  beforeEach(() => {
    now = 1_000;
  });

  it('hands out the nearest anchor at or before the position, with its counter', () => {
    const anchors = new PageAnchors(30_000, 10, 64, clock);
    for (const p of [1000, 5000, 2000]) anchors.record('q', '7', at(p));
    expect(anchors.nearest('q', 999)).toBeUndefined();
    expect(anchors.nearest('q', 1000)).toEqual({ ...at(1000), version: '7' });
    expect(anchors.nearest('q', 4999)).toEqual({ ...at(2000), version: '7' });
    expect(anchors.nearest('q', 9000)).toEqual({ ...at(5000), version: '7' });
    expect(anchors.nearest('other query', 9000)).toBeUndefined();
  });

  it('keeps one key per position, the latest', () => {
    const anchors = new PageAnchors(30_000, 10, 64, clock);
    anchors.record('q', '7', at(1000));
    anchors.record('q', '7', { ...at(1000), id: 'moved' });
    expect(anchors.nearest('q', 1000)?.id).toBe('moved');
  });

  it('drops the anchors of an earlier counter when one is read at another', () => {
    const anchors = new PageAnchors(30_000, 10, 64, clock);
    anchors.record('q', '7', at(1000));
    anchors.record('q', '8', at(3000));
    expect(anchors.nearest('q', 2000)).toBeUndefined();
    expect(anchors.nearest('q', 3000)?.version).toBe('8');
  });

  it('forgets a query after maxAgeMs from its first anchor at that counter (a write racing the read)', () => {
    const anchors = new PageAnchors(30_000, 10, 64, clock);
    anchors.record('q', '7', at(1000));
    now += 29_999;
    anchors.record('q', '7', at(2000));
    expect(anchors.nearest('q', 2000)?.position).toBe(2000);
    now += 1;
    expect(anchors.nearest('q', 2000)).toBeUndefined();
    anchors.record('q', '7', at(3000));
    expect(anchors.nearest('q', 2000)).toBeUndefined();
    expect(anchors.nearest('q', 3000)?.position).toBe(3000);
  });

  it('bounds memory: the oldest query, and the anchor farthest from the one just read', () => {
    const anchors = new PageAnchors(30_000, 2, 3, clock);
    for (const p of [1000, 2000, 3000, 9000]) anchors.record('q', '7', at(p));
    expect(anchors.nearest('q', 1999)).toBeUndefined();
    expect([2000, 3000, 9000].map((p) => anchors.nearest('q', p)?.position)).toEqual([2000, 3000, 9000]);
    anchors.record('r', '7', at(1000));
    anchors.record('s', '7', at(1000));
    expect(anchors.nearest('q', 9000)).toBeUndefined();
    expect(anchors.nearest('s', 1000)?.position).toBe(1000);
  });
});
