import type { DataAccess } from './data-access';
import { AppContext } from './app-context';

describe('AppContext.today', () => {
  const settings = { timeZone: 'Asia/Shanghai', yellowDays: 3, evidenceDir: 'tmp', evidenceMaxBytes: 1 };

  it('follows the clock across midnight in the zone, even within one second of it', () => {
    let now = new Date('2026-12-02T15:59:59.900Z'); // 23:59:59.9 in Shanghai
    const ctx = new AppContext({} as DataAccess, settings, { now: () => now });
    expect(ctx.today()).toBe('2026-12-02');
    now = new Date('2026-12-02T16:00:00.050Z');
    expect(ctx.today()).toBe('2026-12-03');
    now = new Date('2026-12-01T03:00:00.000Z'); // a clock set back: recomputed too
    expect(ctx.today()).toBe('2026-12-01');
  });
});
