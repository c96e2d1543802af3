import { OBLIGATION_STATUSES, type ObligationStatus } from '@luyue/contracts';
import { DomainError, ForbiddenActionError, LeadBodyRequiredError, ReasonRequiredError, StaleVersionError, TransitionNotAllowedError } from '../errors/domain-error';
import { ACTOR_KINDS, type ActorKind, actors, parties } from '../test-support/actors';
import { planTransition } from './plan-transition';

// Written out independently of TRANSITIONS so the table itself is under test.
type Who = 'workers' | 'supervisors' | 'admin';
const EDGES: Record<string, Who> = {
  'draft>pending': 'admin',
  'draft>discarded': 'admin',
  'pending>acknowledged': 'workers',
  'pending>in_progress': 'workers',
  'acknowledged>in_progress': 'workers',
  'acknowledged>submitted': 'workers',
  'in_progress>submitted': 'workers',
  'submitted>done': 'supervisors',
  'submitted>in_progress': 'supervisors',
  'pending>waived': 'supervisors',
  'acknowledged>waived': 'supervisors',
  'in_progress>waived': 'supervisors',
  'submitted>waived': 'supervisors',
  'done>in_progress': 'supervisors',
};

const MAY_ACT: Record<ActorKind, readonly Who[]> = {
  admin: ['workers', 'supervisors', 'admin'],
  leadStaff: ['workers'],
  // Managers supervise; acknowledge/start/submit are for staff of a lead body and admins (BUG-8).
  leadManager: ['supervisors'],
  ancestorManager: ['supervisors'],
  coStaff: [],
  coManager: [],
  outsideManager: [],
  outsideStaff: [],
};

type Outcome = 'allowed' | 422 | 403;

function expectedOutcome(from: ObligationStatus, to: ObligationStatus, kind: ActorKind): Outcome {
  const who = EDGES[`${from}>${to}`];
  if (!who) return 422;
  return MAY_ACT[kind].includes(who) ? 'allowed' : 403;
}

function attempt(from: ObligationStatus, to: ObligationStatus, kind: ActorKind): Outcome {
  try {
    planTransition({
      obligation: { status: from, version: 5, ...parties },
      to,
      actor: actors[kind],
      note: 'a note',
      expectedVersion: 5,
    });
    return 'allowed';
  } catch (error) {
    if (!(error instanceof DomainError)) throw error;
    return error.httpStatus as Outcome;
  }
}

const matrix = OBLIGATION_STATUSES.flatMap((from) => OBLIGATION_STATUSES.flatMap((to) => ACTOR_KINDS.map((kind) => [from, to, kind, expectedOutcome(from, to, kind)] as const)));

describe('planTransition: every (from, to) × actor', () => {
  it.each(matrix)('%s → %s by %s: %s', (from, to, kind, expected) => {
    expect(attempt(from, to, kind)).toBe(expected);
  });
});

describe('planTransition: notes and reasons', () => {
  const NOTE_REQUIRED: Array<[ObligationStatus, ObligationStatus]> = [
    ['acknowledged', 'submitted'],
    ['in_progress', 'submitted'],
    ['submitted', 'in_progress'],
    ['pending', 'waived'],
    ['acknowledged', 'waived'],
    ['in_progress', 'waived'],
    ['submitted', 'waived'],
    ['done', 'in_progress'],
  ];
  const plan = (from: ObligationStatus, to: ObligationStatus, note?: string | null) =>
    planTransition({
      obligation: { status: from, version: 1, ...parties },
      to,
      actor: actors.admin,
      note,
      expectedVersion: 1,
    });

  it.each(NOTE_REQUIRED)('%s → %s needs a non-blank note', (from, to) => {
    for (const note of [undefined, null, '', '   ']) {
      expect(() => plan(from, to, note)).toThrow(ReasonRequiredError);
    }
    expect(plan(from, to, '  done properly ').note).toBe('done properly');
  });

  it.each([
    ['draft', 'pending'],
    ['draft', 'discarded'],
    ['pending', 'acknowledged'],
    ['pending', 'in_progress'],
    ['acknowledged', 'in_progress'],
    ['submitted', 'done'],
  ] as Array<[ObligationStatus, ObligationStatus]>)('%s → %s needs no note', (from, to) => {
    expect(plan(from, to).note).toBeNull();
  });

  it('reason_required maps to 400', () => {
    expect(() => plan('done', 'in_progress')).toThrow(expect.objectContaining({ code: 'reason_required', httpStatus: 400 }));
  });
});

describe('planTransition: version, lead body, event', () => {
  const base = {
    obligation: { status: 'pending' as const, version: 3, ...parties },
    to: 'acknowledged' as const,
    actor: actors.leadStaff,
  };

  it('rejects a stale version with 409 before anything else', () => {
    const error = (() => {
      try {
        planTransition({
          ...base,
          to: 'done',
          actor: actors.outsideStaff,
          expectedVersion: 2,
        });
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(StaleVersionError);
    expect(error).toMatchObject({
      httpStatus: 409,
      details: { expectedVersion: 2, actualVersion: 3 },
    });
  });

  it('checks 422 before 403, and 403 before a missing reason', () => {
    expect(() =>
      planTransition({
        ...base,
        to: 'done',
        actor: actors.outsideStaff,
        expectedVersion: 3,
      }),
    ).toThrow(TransitionNotAllowedError);
    expect(() =>
      planTransition({
        ...base,
        to: 'waived',
        actor: actors.leadStaff,
        expectedVersion: 3,
      }),
    ).toThrow(ForbiddenActionError);
  });

  it('a manager of the lead body may not acknowledge (403, naming who may)', () => {
    let error: unknown;
    try {
      planTransition({
        ...base,
        actor: actors.leadManager,
        expectedVersion: 3,
      });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ForbiddenActionError);
    expect(error).toMatchObject({
      httpStatus: 403,
      details: { requires: ['lead_staff', 'admin'] },
    });
  });

  it('confirming a draft needs a lead body (422)', () => {
    const draft = {
      status: 'draft' as const,
      version: 1,
      leadBodyIds: [],
      coBodyIds: [],
    };
    expect(() =>
      planTransition({
        obligation: draft,
        to: 'pending',
        actor: actors.admin,
        expectedVersion: 1,
      }),
    ).toThrow(LeadBodyRequiredError);
    expect(
      planTransition({
        obligation: draft,
        to: 'discarded',
        actor: actors.admin,
        expectedVersion: 1,
      }).to,
    ).toBe('discarded');
  });

  it('returns the event to write', () => {
    expect(planTransition({ ...base, expectedVersion: 3 })).toEqual({
      eventType: 'status_changed',
      action: 'acknowledge',
      from: 'pending',
      to: 'acknowledged',
      note: null,
      actorUserId: 'u-lead-staff',
      nextVersion: 4,
    });
    const confirm = planTransition({
      obligation: { status: 'draft', version: 1, ...parties },
      to: 'pending',
      actor: actors.admin,
      expectedVersion: 1,
    });
    expect(confirm).toMatchObject({
      eventType: 'confirmed',
      action: 'confirm',
    });
  });
});
