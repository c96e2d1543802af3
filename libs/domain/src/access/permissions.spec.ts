import type { ObligationStatus } from '@luyue/contracts';
import { ACTOR_KINDS, type ActorKind, actors, parties } from '../test-support/actors';
import { roleNeedsBody } from './actor';
import {
  canChooseDigestDay,
  canConfirm,
  canDecideExtension,
  canHandOverWork,
  canRetryNotifications,
  canDiscard,
  canImport,
  canMapBodies,
  canReassign,
  canReportProgress,
  canRequestExtension,
  canView,
} from './permissions';

const yes = (...kinds: ActorKind[]) => Object.fromEntries(ACTOR_KINDS.map((k) => [k, kinds.includes(k)]));
const row = (kind: ActorKind, check: (k: ActorKind) => boolean) => [kind, check(kind)] as const;

// Everyone involved in a published obligation: its lead and co bodies' staff, managers over
// either, admins. They may view it and (while active) report progress.
const involved = yes('admin', 'leadStaff', 'leadManager', 'ancestorManager', 'coStaff', 'coManager');

describe('canView', () => {
  const viewers = involved;
  it.each(ACTOR_KINDS.map((k) => row(k, (kind) => viewers[kind])))('published obligation, %s → %s', (kind, expected) => {
    expect(canView({ status: 'in_progress', ...parties }, actors[kind])).toBe(expected);
  });

  it('staff of an ancestor body may view but neither report progress nor act', () => {
    const ancestorStaff = { ...actors.ancestorManager, userId: 'u-city-staff', role: 'staff' as const };
    expect(canView({ status: 'in_progress', ...parties }, ancestorStaff)).toBe(true);
    expect(canReportProgress({ status: 'in_progress', ...parties }, ancestorStaff)).toBe(false);
    expect(canReassign(parties, ancestorStaff)).toBe(false);
  });

  it.each(['draft', 'discarded'] as ObligationStatus[])('%s is admin-only', (status) => {
    for (const kind of ACTOR_KINDS) expect(canView({ status, ...parties }, actors[kind])).toBe(kind === 'admin');
  });
});

describe('canReportProgress', () => {
  // Unchanged by BUG-8: staff of a lead or co body, managers over one, admins.
  const reporters = involved;
  it.each(ACTOR_KINDS.map((k) => row(k, (kind) => reporters[kind])))('in_progress, %s → %s', (kind, expected) => {
    expect(canReportProgress({ status: 'in_progress', ...parties }, actors[kind])).toBe(expected);
  });

  it.each(['pending', 'acknowledged', 'in_progress', 'submitted'] as ObligationStatus[])('allowed at %s', (status) => {
    expect(canReportProgress({ status, ...parties }, actors.coStaff)).toBe(true);
    expect(canReportProgress({ status, ...parties }, actors.outsideStaff)).toBe(false);
  });
  it.each(['draft', 'done', 'waived', 'discarded'] as ObligationStatus[])('refused at %s, even for admin', (status) => {
    expect(canReportProgress({ status, ...parties }, actors.admin)).toBe(false);
  });
});

describe('canRequestExtension', () => {
  const obligation = {
    status: 'in_progress' as const,
    dueDate: '2026-05-01',
    ...parties,
  };
  // Staff of a lead body and admins request; managers (of the lead body or above) decide instead.
  const requesters = yes('admin', 'leadStaff');
  it.each(ACTOR_KINDS.map((k) => row(k, (kind) => requesters[kind])))('open, before the due date, %s → %s', (kind, expected) => {
    expect(canRequestExtension(obligation, actors[kind], '2026-04-30')).toBe(expected);
  });

  it('only lead staff, strictly before the due date', () => {
    expect(canRequestExtension(obligation, actors.leadStaff, '2026-04-30')).toBe(true);
    expect(canRequestExtension(obligation, actors.leadStaff, '2026-05-01')).toBe(false);
    expect(canRequestExtension(obligation, actors.coStaff, '2026-04-30')).toBe(false);
    expect(canRequestExtension(obligation, actors.ancestorManager, '2026-04-30')).toBe(false);
    expect(canRequestExtension(obligation, actors.leadManager, '2026-04-30')).toBe(false);
    expect(canRequestExtension({ ...obligation, status: 'submitted' }, actors.leadStaff, '2026-04-30')).toBe(false);
    expect(canRequestExtension({ ...obligation, dueDate: null }, actors.leadStaff, '2026-04-30')).toBe(false);
  });
});

describe('supervisor and admin-only actions', () => {
  const supervisors = yes('admin', 'leadManager', 'ancestorManager');
  it.each(ACTOR_KINDS.map((k) => row(k, (kind) => supervisors[kind])))('decide extension / reassign: %s → %s', (kind, expected) => {
    expect(canDecideExtension(parties, actors[kind])).toBe(expected);
    expect(canReassign(parties, actors[kind])).toBe(expected);
  });

  it.each(ACTOR_KINDS)('import / confirm / discard / map bodies: %s', (kind) => {
    const expected = kind === 'admin';
    for (const check of [canImport, canConfirm, canDiscard, canMapBodies]) expect(check(actors[kind])).toBe(expected);
  });

  it.each(ACTOR_KINDS)('retry notifications: %s (admins only)', (kind) => {
    expect(canRetryNotifications(actors[kind])).toBe(kind === 'admin');
  });
});

describe('who needs a body', () => {
  it.each([
    ['admin', false],
    ['manager', true],
    ['staff', true],
  ] as const)('%s → %s', (role, expected) => {
    expect(roleNeedsBody(role)).toBe(expected);
  });
});

describe('work and digest rules by role', () => {
  const managersAndAdmins = yes('admin', 'leadManager', 'ancestorManager', 'coManager', 'outsideManager');
  it.each(ACTOR_KINDS.map((k) => row(k, (kind) => managersAndAdmins[kind])))('hand over a user’s work / choose the digest day: %s → %s', (kind, expected) => {
    expect(canHandOverWork(actors[kind])).toBe(expected);
    expect(canChooseDigestDay(actors[kind])).toBe(expected);
  });
});
