import { describe, expect, it } from 'vitest';
import type { Role } from '@luyue/contracts';
import { canDecideExtension, canRequestExtension } from './permissions';

const LEAD = 'body-lead';
const obligation = {
  status: 'in_progress' as const,
  leadBodyIds: [LEAD],
  dueDate: '2026-05-01',
};
const TODAY = '2026-04-30';
const user = (role: Role, bodyId: string | null) => ({ role, bodyId });

describe('canRequestExtension (mirrors @luyue/domain)', () => {
  it.each([
    ['staff of a lead body', user('staff', LEAD), true],
    ['an admin', user('admin', null), true],
    ['a manager of the lead body', user('manager', LEAD), false],
    ['staff of another body', user('staff', 'body-co'), false],
    ['nobody signed in', null, false],
  ] as const)('%s → %s', (_label, who, expected) => {
    expect(canRequestExtension(obligation, who, TODAY, false)).toBe(expected);
  });

  it('only while open, before the due date and with none pending', () => {
    const staff = user('staff', LEAD);
    expect(canRequestExtension(obligation, staff, '2026-05-01', false)).toBe(
      false,
    );
    expect(canRequestExtension(obligation, staff, TODAY, true)).toBe(false);
    expect(
      canRequestExtension(
        { ...obligation, status: 'submitted' },
        staff,
        TODAY,
        false,
      ),
    ).toBe(false);
    expect(
      canRequestExtension(
        { ...obligation, dueDate: null },
        staff,
        TODAY,
        false,
      ),
    ).toBe(false);
  });
});

describe('canDecideExtension', () => {
  it.each([
    ['manager', true],
    ['admin', true],
    ['staff', false],
  ] as const)('%s → %s', (role, expected) => {
    expect(canDecideExtension(role)).toBe(expected);
  });
});
