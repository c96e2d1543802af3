import type { Recurrence } from '@luyue/contracts';
import { nextDueDate } from './recurrence';
import { scheduleFromHint } from './timing-hint';

describe('nextDueDate', () => {
  it.each([
    ['monthly', '2026-01-15', '2026-02-15'],
    ['monthly', '2026-01-31', '2026-02-28'],
    ['monthly', '2024-01-31', '2024-02-29'],
    ['quarterly', '2026-11-30', '2027-02-28'],
    ['quarterly', '2026-03-31', '2026-06-30'],
    ['yearly', '2024-02-29', '2025-02-28'],
    ['yearly', '2026-06-30', '2027-06-30'],
  ] as Array<[Recurrence, string, string]>)('%s after %s → %s', (recurrence, previous, expected) => {
    expect(nextDueDate(recurrence, previous)).toBe(expected);
  });

  it('returns null when not recurring', () => {
    expect(nextDueDate('none', '2026-01-31')).toBeNull();
  });

  it('keeps a month-end series on month end with the anchor', () => {
    const anchor = '2026-01-31';
    const feb = nextDueDate('monthly', anchor, anchor);
    const mar = nextDueDate('monthly', feb as string, anchor);
    expect([feb, mar]).toEqual(['2026-02-28', '2026-03-31']);
    expect(nextDueDate('yearly', '2025-02-28', '2024-02-29')).toBe('2026-02-28');
    expect(nextDueDate('yearly', '2027-02-28', '2024-02-29')).toBe('2028-02-29');
  });
});

describe('scheduleFromHint', () => {
  it.each([
    ['month', 'monthly'],
    ['quarter', 'quarterly'],
    ['year', 'yearly'],
  ] as const)('recurring every %s → %s', (every, recurrence) => {
    expect(scheduleFromHint({ kind: 'recurring', every }, '2026-01-01')).toEqual({ recurrence, dueDate: null });
  });

  it('deadline N months from the effective date', () => {
    const hint = { kind: 'deadline', months: 6, from: 'effective' } as const;
    expect(scheduleFromHint(hint, '2025-07-01')).toEqual({
      recurrence: 'none',
      dueDate: '2026-01-01',
    });
    expect(scheduleFromHint({ ...hint, months: 1 }, '2026-01-31')).toEqual({
      recurrence: 'none',
      dueDate: '2026-02-28',
    });
    expect(scheduleFromHint(hint, null)).toEqual({
      recurrence: 'none',
      dueDate: null,
    });
  });

  it('no hint → no schedule', () => {
    expect(scheduleFromHint(null, '2026-01-01')).toEqual({
      recurrence: 'none',
      dueDate: null,
    });
  });
});
