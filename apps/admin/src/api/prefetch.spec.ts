import { afterEach, describe, expect, it, vi } from 'vitest';
import { prefetch, prefetched } from './prefetch';

type JsonResponse = Awaited<ReturnType<Parameters<typeof prefetched>[1]>>;
const response = (body: string) =>
  ({ status: 200, headers: new Headers(), body, json: body }) as JsonResponse;

describe('start-up prefetch', () => {
  afterEach(() => vi.useRealTimers());

  it('hands a prefetched GET to its first identical caller only', async () => {
    const send = vi.fn(async () => response('first'));
    prefetch(() => prefetched('/api/a', send));
    expect(send).toHaveBeenCalledTimes(1);

    const again = vi.fn(async () => response('second'));
    expect((await prefetched('/api/a', again)).body).toBe('first');
    expect(again).not.toHaveBeenCalled();
    // Taken once: the next caller asks the api itself.
    expect((await prefetched('/api/a', again)).body).toBe('second');
    expect(again).toHaveBeenCalledTimes(1);
  });

  it('keeps nothing outside a prefetch, nor for another request', async () => {
    await prefetched('/api/b', async () => response('plain'));
    prefetch(() => prefetched('/api/c', async () => response('kept')));
    const send = vi.fn(async () => response('fresh'));
    expect((await prefetched('/api/b', send)).body).toBe('fresh');
    expect((await prefetched('/api/c?x=1', send)).body).toBe('fresh');
    expect(send).toHaveBeenCalledTimes(2);
  });

  it('drops a prefetch older than ten seconds', async () => {
    vi.useFakeTimers();
    prefetch(() => prefetched('/api/d', async () => response('stale')));
    vi.advanceTimersByTime(10_001);
    expect(
      (await prefetched('/api/d', async () => response('fresh'))).body,
    ).toBe('fresh');
  });

  it('gives the caller the prefetch failure, and reports none itself', async () => {
    const failing = Promise.reject(new Error('offline'));
    prefetch(() => prefetched('/api/e', () => failing));
    await expect(
      prefetched('/api/e', async () => response('fresh')),
    ).rejects.toThrow('offline');
  });
});
