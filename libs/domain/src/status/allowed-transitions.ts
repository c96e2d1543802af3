import type { ObligationStatus } from '@luyue/contracts';
import { type Actor, type ObligationParties, capabilitiesOf } from '../access/actor';
import { type TransitionRule, transitionsFrom } from './transition-table';

/**
 * The transitions `actor` may start from the obligation's current status:
 * one UI action button per rule (label from `action`, ask for a note when
 * `noteRequired`). planTransition still re-checks everything on submit.
 */
export function allowedTransitions(
  obligation: ObligationParties & { status: ObligationStatus },
  actor: Actor,
): TransitionRule[] {
  const capabilities = capabilitiesOf(obligation, actor);
  return transitionsFrom(obligation.status).filter((rule) => rule.allowedFor.some((c) => capabilities.has(c)));
}
