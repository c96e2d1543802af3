import { ACTIVE_STATUSES, ErrorCode, type ObligationStatus } from '@luyue/contracts';
import { type Actor, DomainError, ForbiddenActionError, canImport } from '@luyue/domain';
import type { AppContext } from '../../shared/app-context';
import { searchTokens } from '../../search/search-tokens';
import { toObligationView } from '../../obligations/obligation.mapper';
import { findVisible, reread } from '../../obligations/find-visible';
import type { ObligationView } from '../../obligations/obligation.types';
import { obligationTitle } from '../plan-obligations';

export type AmendmentDecision = 'keep' | 'retire';

export interface DecideAmendmentCommand {
  decision: AmendmentDecision;
  /** The ObligationDto.version the admin saw (409 stale_version otherwise). */
  version: number;
}

export const RETIRE_REASON = { changed: '条款已修改', removed: '条款已删除' } as const;

/**
 * POST /obligations/:id/amendment (修订待审): an admin keeps a flagged duty (a changed one takes
 * the new wording) or retires it (an active one is waived, a draft discarded, with the reason
 * 条款已修改 / 条款已删除). Either way the flags clear and one event records the decision.
 */
export class DecideAmendmentUseCase {
  constructor(private readonly ctx: AppContext) {}

  async execute(actor: Actor, id: string, command: DecideAmendmentCommand): Promise<ObligationView> {
    if (!canImport(actor)) throw new ForbiddenActionError('decide on amended obligations');
    const row = await this.ctx.data.transaction(async ({ obligations }) => {
      const current = await findVisible(obligations, id, actor, true);
      if (!current.sourceChanged && !current.sourceRemoved) throw new DomainError(ErrorCode.Conflict, 'This obligation has no pending amendment', { id });
      const reason = current.sourceChanged ? RETIRE_REASON.changed : RETIRE_REASON.removed;
      const cleared = { sourceChanged: false, sourceRemoved: false, amendedText: null };
      if (command.decision === 'keep') {
        const text = current.sourceChanged && current.amendedText ? current.amendedText : current.text;
        const title = text === current.text ? current.title : obligationTitle({ article: current.article, paragraph: current.paragraph ?? 1, item: current.item, text });
        await obligations.updateVersioned(id, command.version, { ...cleared, text, title, searchTokens: searchTokens(text) });
        await obligations.addEvent({
          obligationId: id,
          type: 'amendment_decided',
          actorId: actor.userId,
          note: null,
          data: { decision: 'keep', ...(text !== current.text ? { changes: { text: { from: current.text, to: text } } } : {}) },
        });
      } else {
        const to = retiredStatus(current.status);
        await obligations.updateVersioned(id, command.version, { ...cleared, status: to });
        await obligations.addEvent({ obligationId: id, type: 'amendment_decided', fromStatus: current.status, toStatus: to, actorId: actor.userId, note: reason, data: { decision: 'retire' } });
      }
      return reread(obligations, id);
    });
    return toObligationView(row, { actor, today: this.ctx.today(), yellowDays: this.ctx.settings.yellowDays });
  }
}

/** A draft is discarded, an active duty waived; a closed one stays as it is. */
function retiredStatus(status: ObligationStatus): ObligationStatus {
  if (status === 'draft') return 'discarded';
  return (ACTIVE_STATUSES as readonly string[]).includes(status) ? 'waived' : status;
}
