import { DuplicateError, ExtensionNotAllowedError, ForbiddenActionError, ReasonRequiredError, ValidationError } from '../errors/domain-error';
import { actors, parties } from '../test-support/actors';
import { planExtensionDecision } from './plan-extension-decision';
import { planExtensionRequest } from './plan-extension-request';

describe('planExtensionRequest', () => {
  const valid = {
    obligation: {
      status: 'in_progress' as const,
      dueDate: '2026-05-01',
      ...parties,
    },
    actor: actors.leadStaff,
    proposedDueDate: '2026-06-01',
    reason: ' 需配套资金 ',
    today: '2026-04-30',
    hasPendingRequest: false,
  };

  it('plans the request', () => {
    expect(planExtensionRequest(valid)).toEqual({
      eventType: 'extension_requested',
      currentDueDate: '2026-05-01',
      proposedDueDate: '2026-06-01',
      reason: '需配套资金',
      requestedByUserId: 'u-lead-staff',
    });
  });

  it('an admin may request too', () => {
    expect(planExtensionRequest({ ...valid, actor: actors.admin }).requestedByUserId).toBe('u-admin');
  });

  it.each([
    ['co staff', { actor: actors.coStaff }, ForbiddenActionError],
    ['a supervising manager', { actor: actors.ancestorManager }, ForbiddenActionError],
    ['a manager of the lead body', { actor: actors.leadManager }, ForbiddenActionError],
    ['outside staff', { actor: actors.outsideStaff }, ForbiddenActionError],
    ['on the due day', { today: '2026-05-01' }, ExtensionNotAllowedError],
    ['after the due day', { today: '2026-05-02' }, ExtensionNotAllowedError],
    ['at submitted', { obligation: { ...valid.obligation, status: 'submitted' as const } }, ExtensionNotAllowedError],
    ['without a due date', { obligation: { ...valid.obligation, dueDate: null } }, ExtensionNotAllowedError],
    ['with one pending', { hasPendingRequest: true }, DuplicateError],
    ['without a reason', { reason: '  ' }, ReasonRequiredError],
    ['for the same date', { proposedDueDate: '2026-05-01' }, ValidationError],
    ['for an earlier date', { proposedDueDate: '2026-04-01' }, ValidationError],
    ['for a malformed date', { proposedDueDate: '2026-6-1' }, ValidationError],
  ])('refuses %s', (_label, change, errorType) => {
    expect(() => planExtensionRequest({ ...valid, ...change })).toThrow(errorType);
  });
});

describe('planExtensionDecision', () => {
  const valid = {
    obligation: { dueDate: '2026-05-01', status: 'in_progress' as const, ...parties },
    request: { status: 'pending' as const, proposedDueDate: '2026-06-01' },
    actor: actors.ancestorManager,
    approve: true,
  };

  it('approval moves the due date and keeps the old one in the event', () => {
    expect(planExtensionDecision(valid)).toEqual({
      eventType: 'extension_decided',
      decision: 'approved',
      previousDueDate: '2026-05-01',
      newDueDate: '2026-06-01',
      note: null,
      decidedByUserId: 'u-city-manager',
    });
  });

  it('refusal keeps the due date and needs a reason', () => {
    expect(() => planExtensionDecision({ ...valid, approve: false })).toThrow(ReasonRequiredError);
    expect(planExtensionDecision({ ...valid, approve: false, note: '理由不充分' })).toMatchObject({
      decision: 'refused',
      newDueDate: '2026-05-01',
      note: '理由不充分',
    });
  });

  it('only supervisors decide, and only pending requests', () => {
    expect(() => planExtensionDecision({ ...valid, actor: actors.leadStaff })).toThrow(ForbiddenActionError);
    expect(() => planExtensionDecision({ ...valid, actor: actors.outsideManager })).toThrow(ForbiddenActionError);
    expect(planExtensionDecision({ ...valid, actor: actors.admin }).decision).toBe('approved');
    expect(() =>
      planExtensionDecision({
        ...valid,
        request: { ...valid.request, status: 'approved' },
      }),
    ).toThrow(ExtensionNotAllowedError);
  });

  it.each(['done', 'waived', 'discarded', 'draft'] as const)('no decision once the obligation is %s (422), approving or refusing', (status) => {
    const closed = { ...valid, obligation: { ...valid.obligation, status } };
    expect(() => planExtensionDecision(closed)).toThrow(ExtensionNotAllowedError);
    expect(() => planExtensionDecision({ ...closed, approve: false, note: '已办结' })).toThrow(ExtensionNotAllowedError);
  });

  it.each(['pending', 'acknowledged', 'in_progress', 'submitted'] as const)('decides while the obligation is %s', (status) => {
    expect(planExtensionDecision({ ...valid, obligation: { ...valid.obligation, status } }).decision).toBe('approved');
  });
});
