import type { EventType, ObligationStatus, TransitionAction } from '@luyue/contracts';
import type { Capability } from '../access/actor';

// The obligation status machine, following 交办 → 签收 → 办理 → 反馈 → 复核 → 销号.
// One row per allowed (from, to) edge; anything not listed is refused with 422.

export interface TransitionRule {
  from: ObligationStatus;
  to: ObligationStatus;
  action: TransitionAction;
  /** Capabilities that may perform it (any one suffices). */
  allowedFor: readonly Capability[];
  /** Needs a non-blank note (the feedback for submit, the reason otherwise). */
  noteRequired: boolean;
  /** Event type written to the obligation's log. */
  eventType: Extract<EventType, 'confirmed' | 'status_changed'>;
}

// Workers do the job (签收, 办理, 反馈): staff of a lead body, and admins. Managers supervise:
// they verify, return, waive and reopen, but do not acknowledge, start or submit themselves.
const WORKERS: readonly Capability[] = ['lead_staff', 'admin'];
const SUPERVISORS: readonly Capability[] = ['manager', 'admin'];
const ADMINS: readonly Capability[] = ['admin'];
const NEEDS_NOTE = true;

const rule = (from: ObligationStatus, to: ObligationStatus, action: TransitionAction, allowedFor: readonly Capability[], noteRequired = false): TransitionRule => ({
  from,
  to,
  action,
  allowedFor,
  noteRequired,
  eventType: action === 'confirm' ? 'confirmed' : 'status_changed',
});

export const TRANSITIONS: readonly TransitionRule[] = [
  rule('draft', 'pending', 'confirm', ADMINS),
  rule('draft', 'discarded', 'discard', ADMINS),
  rule('pending', 'acknowledged', 'acknowledge', WORKERS),
  rule('pending', 'in_progress', 'start', WORKERS),
  rule('acknowledged', 'in_progress', 'start', WORKERS),
  rule('acknowledged', 'submitted', 'submit', WORKERS, NEEDS_NOTE),
  rule('in_progress', 'submitted', 'submit', WORKERS, NEEDS_NOTE),
  rule('submitted', 'done', 'verify', SUPERVISORS),
  rule('submitted', 'in_progress', 'return', SUPERVISORS, NEEDS_NOTE),
  rule('pending', 'waived', 'waive', SUPERVISORS, NEEDS_NOTE),
  rule('acknowledged', 'waived', 'waive', SUPERVISORS, NEEDS_NOTE),
  rule('in_progress', 'waived', 'waive', SUPERVISORS, NEEDS_NOTE),
  rule('submitted', 'waived', 'waive', SUPERVISORS, NEEDS_NOTE),
  rule('done', 'in_progress', 'reopen', SUPERVISORS, NEEDS_NOTE),
];

/** The rule for the edge `from → to`, or undefined when there is none. */
export function findTransition(from: ObligationStatus, to: ObligationStatus): TransitionRule | undefined {
  return TRANSITIONS.find((r) => r.from === from && r.to === to);
}

/** All edges leaving `from`, in table order. */
export function transitionsFrom(from: ObligationStatus): readonly TransitionRule[] {
  return TRANSITIONS.filter((r) => r.from === from);
}
