import { type Actor, planExtensionRequest } from '@luyue/domain';
import type { AppContext } from '../shared/app-context';
import { writeEventNotices } from '../notifications/event-notifications';
import { ObligationRepository } from '../obligations/obligation.repository';
import { EXTENSION_COLUMNS, type ExtensionRequestView } from './extension-request.types';

/** POST /obligations/:id/extension-requests (lead staff, before the due date). */
export class RequestExtensionUseCase {
  private readonly repo = new ObligationRepository();
  constructor(private readonly ctx: AppContext) {}

  async execute(actor: Actor, obligationId: string, reason: string, proposedDueDate: string): Promise<ExtensionRequestView> {
    return this.ctx.ds.transaction(async (m) => {
      // The row lock serialises two requests for the same obligation (one pending at a time).
      const obligation = await this.repo.findVisible(m, obligationId, actor, true);
      const [pending] = await m.query(`SELECT 1 FROM extension_requests WHERE obligation_id = $1 AND status = 'pending'`, [obligationId]);
      const plan = planExtensionRequest({ obligation, actor, proposedDueDate, reason, today: this.ctx.today(), hasPendingRequest: Boolean(pending) });
      const [request]: ExtensionRequestView[] = await m.query(
        `INSERT INTO extension_requests AS e (obligation_id, requested_by, reason, current_due_date, proposed_due_date)
         VALUES ($1, $2, $3, $4, $5) RETURNING ${EXTENSION_COLUMNS}`,
        [obligationId, plan.requestedByUserId, plan.reason, plan.currentDueDate, plan.proposedDueDate],
      );
      const event = await this.repo.addEvent(m, {
        obligationId,
        type: plan.eventType,
        actorId: actor.userId,
        note: plan.reason,
        data: { requestId: request.id, currentDueDate: plan.currentDueDate, proposedDueDate: plan.proposedDueDate },
      });
      await writeEventNotices(m, this.ctx, [event]);
      return request;
    });
  }
}

/** GET /obligations/:id/extension-requests */
export class ListExtensionRequestsUseCase {
  private readonly repo = new ObligationRepository();
  constructor(private readonly ctx: AppContext) {}

  async execute(actor: Actor, obligationId: string): Promise<ExtensionRequestView[]> {
    await this.repo.findVisible(this.ctx.ds.manager, obligationId, actor);
    return this.ctx.ds.query(`SELECT ${EXTENSION_COLUMNS} FROM extension_requests e WHERE e.obligation_id = $1 ORDER BY e.created_at DESC`, [obligationId]);
  }
}
