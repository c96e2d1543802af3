import type { EventType, ObligationStatus } from '@luyue/contracts';
import type { Capability } from '../access/actor';

// The obligation status machine, following 交办 → 签收 → 办理 → 反馈 → 复核 → 销号.
// One row per allowed (from, to) edge; anything not listed is refused with 422.

export type TransitionAction =
  | 'confirm' // draft → pending: admin publishes an extracted obligation (交办)
  | 'acknowledge' // 签收
  | 'start' // 办理
  | 'submit' // 反馈: report the result for review
  | 'verify' // 复核通过, 销号
  | 'return' // 复核退回: back to work
  | 'waive'
  | 'reopen'
  | 'discard'; // throw a draft away

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

const WORKERS: readonly Capability[] = ['lead_staff', 'manager', 'admin'];
const SUPERVISORS: readonly Capability[] = ['manager', 'admin'];
const ADMINS: readonly Capability[] = ['admin'];

const rule = (
  from: ObligationStatus,
  to: ObligationStatus,
  action: TransitionAction,
  allowedFor: readonly Capability[],
  noteRequired = false,
): TransitionRule => ({
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
  rule('acknowledged', 'submitted', 'submit', WORKERS, true),
  rule('in_progress', 'submitted', 'submit', WORKERS, true),
  rule('submitted', 'done', 'verify', SUPERVISORS),
  rule('submitted', 'in_progress', 'return', SUPERVISORS, true),
  rule('pending', 'waived', 'waive', SUPERVISORS, true),
  rule('acknowledged', 'waived', 'waive', SUPERVISORS, true),
  rule('in_progress', 'waived', 'waive', SUPERVISORS, true),
  rule('submitted', 'waived', 'waive', SUPERVISORS, true),
  rule('done', 'in_progress', 'reopen', SUPERVISORS, true),
];

/** The rule for the edge `from → to`, or undefined when there is none. */
export function findTransition(from: ObligationStatus, to: ObligationStatus): TransitionRule | undefined {
  return TRANSITIONS.find((r) => r.from === from && r.to === to);
}

/** All edges leaving `from`, in table order. */
export function transitionsFrom(from: ObligationStatus): readonly TransitionRule[] {
  return TRANSITIONS.filter((r) => r.from === from);
}
