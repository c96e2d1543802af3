import { noticeForEvent } from './event-notices';

describe('noticeForEvent', () => {
  it.each([
    ['submit', 'submitted', 'lead_managers'],
    ['return', 'returned', 'workers'],
    ['verify', 'verified', 'workers'],
    ['waive', 'waived', 'workers'],
    ['reopen', 'reopened', 'workers'],
  ])('status change by %s → %s to %s', (action, kind, audience) => {
    expect(noticeForEvent({ type: 'status_changed', data: { action } })).toEqual({ kind, audience, userIds: [], bodyIds: [] });
  });

  it.each(['acknowledge', 'start', 'confirm', 'discard'])('no notice for %s', (action) => {
    expect(noticeForEvent({ type: 'status_changed', data: { action } })).toBeNull();
  });

  it('reassignment tells the new assignee', () => {
    expect(noticeForEvent({ type: 'reassigned', data: { fromUserId: 'u1', toUserId: 'u2' } })).toEqual({ kind: 'assigned', audience: 'newcomers', userIds: ['u2'], bodyIds: [] });
  });

  it('an assignment change tells the new assignee and the staff of added lead and co bodies only', () => {
    const notice = noticeForEvent({
      type: 'assigned',
      data: { assigneeId: { from: 'u1', to: 'u3' }, leadBodyIds: { from: ['A'], to: ['A', 'B'] }, coBodyIds: { from: [], to: ['C', 'B'] } },
    });
    expect(notice).toEqual({ kind: 'assigned', audience: 'newcomers', userIds: ['u3'], bodyIds: ['B', 'C'] });
  });

  it('removing a body or clearing the assignee tells nobody', () => {
    expect(noticeForEvent({ type: 'assigned', data: { assigneeId: { from: 'u1', to: null }, leadBodyIds: { from: ['A', 'B'], to: ['A'] } } })).toBeNull();
  });

  it('extensions: requested → lead managers, decided → requester', () => {
    expect(noticeForEvent({ type: 'extension_requested' })?.audience).toBe('lead_managers');
    expect(noticeForEvent({ type: 'extension_decided', data: { decision: 'approved' } })).toMatchObject({ kind: 'extension_decided', audience: 'requester' });
  });

  it.each(['evidence_added', 'progress_reported', 'updated', 'due_date_changed', 'reminder_sent'] as const)('%s tells nobody', (type) => {
    expect(noticeForEvent({ type })).toBeNull();
  });
});
