import type { ObligationStatus } from '@luyue/contracts';

export type TransitionAction = 'confirm' | 'acknowledge' | 'start' | 'submit' | 'verify' | 'return' | 'waive' | 'reopen' | 'discard';

/** Names the action for an edge, mirroring the api's transition table (labels only). */
export function actionFor(from: ObligationStatus, to: ObligationStatus): TransitionAction {
  switch (to) {
    case 'pending':
      return 'confirm';
    case 'discarded':
      return 'discard';
    case 'acknowledged':
      return 'acknowledge';
    case 'submitted':
      return 'submit';
    case 'done':
      return 'verify';
    case 'waived':
      return 'waive';
    default:
      // → in_progress: back from review, reopened after done, or simply starting.
      return from === 'submitted' ? 'return' : from === 'done' ? 'reopen' : 'start';
  }
}

/** The api refuses these without a non-blank note (feedback for submit, a reason otherwise). */
export const NOTE_REQUIRED: ReadonlySet<TransitionAction> = new Set(['submit', 'return', 'waive', 'reopen']);

/** Negative actions get a warning colour. */
export const isNegative = (action: TransitionAction): boolean => ['return', 'waive', 'discard'].includes(action);
