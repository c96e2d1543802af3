import { ChangeCache } from './change-cache';

describe('ChangeCache', () => {
  let now = 0;
  const clock = () => now;
  const counter = () => {
    let calls = 0;
    return { compute: async () => ++calls, calls: () => calls };
  };

  beforeEach(() => {
    now = 1_000;
  });

  it('computes once per key while the version stands', async () => {
    const cache = new ChangeCache<number>(30_000, 10, clock);
    const c = counter();
    expect(await cache.get('k', '7', c.compute)).toBe(1);
    expect(await cache.get('k', '7', c.compute)).toBe(1);
    expect(c.calls()).toBe(1);
  });

  it('recomputes when the change counter moved', async () => {
    const cache = new ChangeCache<number>(30_000, 10, clock);
    const c = counter();
    await cache.get('k', '7', c.compute);
    expect(await cache.get('k', '8', c.compute)).toBe(2);
    expect(await cache.get('k', '8', c.compute)).toBe(2);
  });

  it('recomputes after maxAgeMs even at the same version (a change racing the first count)', async () => {
    const cache = new ChangeCache<number>(30_000, 10, clock);
    const c = counter();
    await cache.get('k', '7', c.compute);
    now += 29_999;
    expect(await cache.get('k', '7', c.compute)).toBe(1);
    now += 1;
    expect(await cache.get('k', '7', c.compute)).toBe(2);
  });

  it('keeps keys apart and drops the oldest entry beyond maxEntries', async () => {
    const cache = new ChangeCache<string>(30_000, 2, clock);
    const computed: string[] = [];
    const value = (key: string) => async () => {
      computed.push(key);
      return key.toUpperCase();
    };
    expect(await cache.get('a', '1', value('a'))).toBe('A');
    expect(await cache.get('b', '1', value('b'))).toBe('B');
    await cache.get('c', '1', value('c'));
    await cache.get('b', '1', value('b'));
    await cache.get('a', '1', value('a'));
    expect(computed).toEqual(['a', 'b', 'c', 'a']);
  });

  it('caches nothing when compute fails', async () => {
    const cache = new ChangeCache<number>(30_000, 10, clock);
    await expect(cache.get('k', '1', async () => Promise.reject(new Error('db down')))).rejects.toThrow('db down');
    expect(await cache.get('k', '1', async () => 5)).toBe(5);
  });
});
