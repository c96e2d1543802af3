import { type Actor, NotFoundError, planExtensionDecision } from '@luyue/domain';
import type { AppContext } from '../shared/app-context';
import { writeEventNotices } from '../notifications/event-notifications';
import { ObligationRepository } from '../obligations/obligation.repository';
import { isUuid, rowsOf } from '../shared/sql';
import { EXTENSION_COLUMNS, type ExtensionRequestView } from './extension-request.types';

/** POST /obligations/extension-requests/:rid/decision: approve (the due date moves; the event keeps the old one) or refuse. */
export class DecideExtensionUseCase {
  private readonly repo = new ObligationRepository();
  constructor(private readonly ctx: AppContext) {}

  async execute(actor: Actor, requestId: string, approve: boolean, note?: string | null): Promise<ExtensionRequestView> {
    return this.ctx.ds.transaction(async (m) => {
      const [request]: ExtensionRequestView[] = isUuid(requestId)
        ? await m.query(`SELECT ${EXTENSION_COLUMNS} FROM extension_requests e WHERE e.id = $1 FOR UPDATE`, [requestId])
        : [];
      if (!request) throw new NotFoundError('Extension request', requestId);
      // Outside the actor's scope the request does not exist for them.
      const obligation = await this.repo.findVisible(m, request.obligationId, actor, true).catch(() => {
        throw new NotFoundError('Extension request', requestId);
      });
      const plan = planExtensionDecision({ obligation, request, actor, approve, note });
      const [decided] = rowsOf<ExtensionRequestView>(await m.query(
        `UPDATE extension_requests e SET status = $2, decided_by = $3, decision_note = $4, decided_at = now() WHERE e.id = $1 RETURNING ${EXTENSION_COLUMNS}`,
        [requestId, plan.decision, plan.decidedByUserId, plan.note],
      ));
      if (plan.decision === 'approved') {
        await this.repo.updateVersioned(m, obligation.id, obligation.version, { due_date: plan.newDueDate });
      }
      const event = await this.repo.addEvent(m, {
        obligationId: obligation.id,
        type: plan.eventType,
        actorId: actor.userId,
        note: plan.note,
        data: { requestId, decision: plan.decision, previousDueDate: plan.previousDueDate, newDueDate: plan.newDueDate },
      });
      await writeEventNotices(m, this.ctx, [event]);
      return decided;
    });
  }
}
