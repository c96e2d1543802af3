import type { ObligationStatus } from '@luyue/contracts';
import { addDays } from '../time/calendar-day';
import { isDigestDay, remindersFor } from './reminder-rules';

const DUE = '2026-03-10';
const on = (offsetFromDue: number, status: ObligationStatus = 'in_progress') => remindersFor({ status, dueDate: DUE }, addDays(DUE, offsetFromDue));

describe('remindersFor (defaults: offsets 7/3/1, escalate after 7, every 7 days)', () => {
  it.each([
    [-8, []],
    [-7, [{ kind: 'due_soon', daysLeft: 7 }]],
    [-4, []],
    [-3, [{ kind: 'due_soon', daysLeft: 3 }]],
    [-1, [{ kind: 'due_soon', daysLeft: 1 }]],
    [0, []], // the due day itself
    [
      1,
      [
        { kind: 'overdue', daysOverdue: 1 },
        { kind: 'escalation', daysOverdue: 1, escalateToParent: false },
      ],
    ],
    [2, []],
    [7, []],
    [
      8,
      [
        { kind: 'overdue', daysOverdue: 8 },
        { kind: 'escalation', daysOverdue: 8, escalateToParent: true },
      ],
    ],
    [9, []],
    [
      15,
      [
        { kind: 'overdue', daysOverdue: 15 },
        { kind: 'escalation', daysOverdue: 15, escalateToParent: true },
      ],
    ],
  ])('due %+i days → %j', (offset, expected) => {
    expect(on(offset as number)).toEqual(expected);
  });

  it.each(['pending', 'acknowledged', 'in_progress'] as ObligationStatus[])('%s gets reminders', (status) => {
    expect(on(-1, status)).toHaveLength(1);
    expect(on(1, status)).toHaveLength(2);
  });

  it.each(['draft', 'submitted', 'done', 'waived', 'discarded'] as ObligationStatus[])('%s gets none', (status) => {
    expect(on(-1, status)).toEqual([]);
    expect(on(1, status)).toEqual([]);
  });

  it('no due date → none', () => {
    expect(remindersFor({ status: 'pending', dueDate: null }, DUE)).toEqual([]);
  });

  it('honours custom settings', () => {
    const settings = {
      dueSoonOffsets: [2],
      escalateAfterDays: 1,
      repeatEveryDays: 3,
    };
    const at = (offset: number) => remindersFor({ status: 'pending', dueDate: DUE }, addDays(DUE, offset), settings);
    expect(at(-2)).toEqual([{ kind: 'due_soon', daysLeft: 2 }]);
    expect(at(-1)).toEqual([]);
    expect(at(1)[1]).toEqual({
      kind: 'escalation',
      daysOverdue: 1,
      escalateToParent: true,
    });
    expect(at(3)).toEqual([]);
    expect(at(4)).toHaveLength(2);
  });
});

describe('isDigestDay', () => {
  it('is Monday only', () => {
    expect(isDigestDay('2026-11-23')).toBe(true);
    expect(isDigestDay('2026-11-22')).toBe(false);
    expect(isDigestDay('2026-11-24')).toBe(false);
  });
});
