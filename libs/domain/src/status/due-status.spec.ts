import type { IsoDate, Light, ObligationStatus } from '@luyue/contracts';
import { isOverdue, trafficLight } from './due-status';

const TODAY = '2026-03-10';

describe('isOverdue', () => {
  it.each([
    ['2026-03-09', 'in_progress', true],
    ['2026-03-10', 'in_progress', false], // due today is not overdue yet
    ['2026-03-11', 'pending', false],
    ['2026-03-09', 'submitted', true], // awaiting review still counts
    ['2026-03-09', 'done', false],
    ['2026-03-09', 'waived', false],
    ['2026-03-09', 'draft', false],
    [null, 'in_progress', false],
  ] as Array<[IsoDate | null, ObligationStatus, boolean]>)('due %s at %s → %s', (due, status, expected) => {
    expect(isOverdue(due, status, TODAY)).toBe(expected);
  });
});

describe('trafficLight (yellowDays = 3)', () => {
  it.each([
    ['2026-03-09', 'red'],
    ['2026-03-10', 'yellow'],
    ['2026-03-13', 'yellow'],
    ['2026-03-14', 'green'],
    [null, 'none'],
  ] as Array<[IsoDate | null, Light]>)('due %s → %s', (due, expected) => {
    expect(trafficLight(due, 'acknowledged', TODAY)).toBe(expected);
  });

  it.each(['draft', 'done', 'waived', 'discarded'] as ObligationStatus[])('%s has no light', (status) => {
    expect(trafficLight('2026-03-01', status, TODAY)).toBe('none');
  });

  it('honours a custom yellow window', () => {
    expect(trafficLight('2026-03-17', 'pending', TODAY, 7)).toBe('yellow');
    expect(trafficLight('2026-03-18', 'pending', TODAY, 7)).toBe('green');
    expect(trafficLight('2026-03-10', 'pending', TODAY, 0)).toBe('yellow');
  });
});
