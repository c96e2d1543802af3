import type { ObligationStatus, TransitionOptionDto } from '@luyue/contracts';
import { type Actor, type ObligationParties, capabilitiesOf } from '../access/actor';
import { transitionsFrom } from './transition-table';

/**
 * The status changes `actor` may make from the obligation's current status,
 * ready for ObligationDto.allowedTransitions (one UI button each; ask for a
 * note when `noteRequired`). planTransition still re-checks everything on submit.
 * Confirm is listed even without a lead body: planTransition then explains why it fails.
 */
export function allowedTransitions(obligation: ObligationParties & { status: ObligationStatus }, actor: Actor): TransitionOptionDto[] {
  const capabilities = capabilitiesOf(obligation, actor);
  return transitionsFrom(obligation.status)
    .filter((rule) => rule.allowedFor.some((c) => capabilities.has(c)))
    .map(({ action, to, noteRequired }) => ({ action, to, noteRequired }));
}
