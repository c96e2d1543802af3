import { addDays, addMonths, daysInMonth, diffDays, isIsoDate, isMonday } from './calendar-day';

describe('calendar days', () => {
  it.each([
    ['2026-01-31', 1, '2026-02-28'],
    ['2024-01-31', 1, '2024-02-29'], // leap year
    ['2026-03-31', 1, '2026-04-30'],
    ['2026-11-30', 3, '2027-02-28'],
    ['2024-02-29', 12, '2025-02-28'],
    ['2026-03-31', -1, '2026-02-28'],
    ['2026-01-15', -13, '2024-12-15'],
  ])('addMonths(%s, %i) = %s', (date, months, expected) => {
    expect(addMonths(date, months)).toBe(expected);
  });

  it('addMonths with a preferred day returns to the 31st after a short month', () => {
    expect(addMonths('2026-02-28', 1, 31)).toBe('2026-03-31');
    expect(addMonths('2026-03-31', 1, 31)).toBe('2026-04-30');
  });

  it('addDays and diffDays cross month, year and leap boundaries', () => {
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2024-03-01', -1)).toBe('2024-02-29');
    expect(diffDays('2026-01-01', '2026-01-03')).toBe(2);
    expect(diffDays('2026-01-03', '2026-01-01')).toBe(-2);
    expect(diffDays('2024-01-01', '2025-01-01')).toBe(366);
  });

  it('isIsoDate accepts only real YYYY-MM-DD days', () => {
    expect(isIsoDate('2024-02-29')).toBe(true);
    for (const bad of ['2026-02-29', '2026-13-01', '2026-1-01', '2026-01-01T00:00:00Z', '', 20260101, null]) {
      expect(isIsoDate(bad)).toBe(false);
    }
    expect(() => addDays('2026-02-30', 1)).toThrow(RangeError);
  });

  it('daysInMonth and isMonday', () => {
    expect(daysInMonth(2024, 2)).toBe(29);
    expect(daysInMonth(2026, 2)).toBe(28);
    expect(isMonday('2026-11-23')).toBe(true);
    expect(isMonday('2026-11-25')).toBe(false);
  });
});
