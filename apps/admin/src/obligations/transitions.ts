import type {
  ObligationStatus,
  TransitionAction,
  TransitionOptionDto,
} from '@luyue/contracts';

/** Names the action for an edge, mirroring the api's transition table (labels only). */
export function actionFor(
  from: ObligationStatus,
  to: ObligationStatus,
): TransitionAction {
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
      return from === 'submitted'
        ? 'return'
        : from === 'done'
          ? 'reopen'
          : 'start';
  }
}

/** The api refuses these without a non-blank note (feedback for submit, a reason otherwise). */
const NOTE_REQUIRED: ReadonlySet<TransitionAction> = new Set<TransitionAction>([
  'submit',
  'return',
  'waive',
  'reopen',
]);

/**
 * The api sends TransitionOptionDto objects; an older build sent bare target statuses.
 * Accept both so the buttons keep working while the api evolves.
 */
export function transitionOptions(
  from: ObligationStatus,
  allowed: readonly (TransitionOptionDto | ObligationStatus)[] | undefined,
): TransitionOptionDto[] {
  return (allowed ?? []).map((option) => {
    if (typeof option !== 'string') return option;
    const action = actionFor(from, option);
    return { to: option, action, noteRequired: NOTE_REQUIRED.has(action) };
  });
}

/** Negative actions get a warning colour. */
export const isNegative = (action: TransitionAction): boolean =>
  ['return', 'waive', 'discard'].includes(action);
