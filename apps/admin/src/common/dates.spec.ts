import { describe, expect, it } from 'vitest';
import { addDays, formatDateTime, formatDay } from './dates';

describe('dates in Asia/Shanghai', () => {
  it('keeps calendar days and converts instants to the Shanghai day', () => {
    expect(formatDay('2026-11-25')).toBe('2026-11-25');
    expect(formatDay('2026-11-25T17:00:00.000Z')).toBe('2026-11-26'); // 01:00 next day in Shanghai
    expect(formatDay(null)).toBe('');
  });

  it('formats timestamps as YYYY-MM-DD HH:mm', () => {
    expect(formatDateTime('2026-11-25T02:03:00.000Z')).toBe('2026-11-25 10:03');
  });

  it('adds days across month ends', () => {
    expect(addDays('2026-11-28', 6)).toBe('2026-12-04');
  });
});
