import { fixedClock } from './clock';
import { todayIn } from './today-in';

describe('todayIn', () => {
  it.each([
    ['2026-11-24T15:59:59Z', 'Asia/Shanghai', '2026-11-24'],
    ['2026-11-24T16:00:00Z', 'Asia/Shanghai', '2026-11-25'], // midnight in Beijing, still the 24th in UTC
    ['2026-11-24T16:00:00Z', 'UTC', '2026-11-24'],
    ['2026-12-31T16:30:00Z', 'Asia/Shanghai', '2027-01-01'],
    ['2026-03-01T03:00:00Z', 'America/Los_Angeles', '2026-02-28'],
  ])('at %s in %s it is %s', (instant, zone, expected) => {
    expect(todayIn(zone, fixedClock(instant))).toBe(expected);
  });

  it('defaults to Asia/Shanghai', () => {
    expect(todayIn(undefined, fixedClock('2026-11-24T20:00:00Z'))).toBe('2026-11-25');
  });

  it('rejects an unknown zone and a bad fixed clock', () => {
    expect(() => todayIn('Mars/Olympus', fixedClock('2026-01-01T00:00:00Z'))).toThrow(RangeError);
    expect(() => fixedClock('not a date')).toThrow(RangeError);
  });
});
