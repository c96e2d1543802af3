import { type Actor, planExtensionRequest } from '@luyue/domain';
import type { AppContext } from '../shared/app-context';
import { writeEventNotices } from '../notifications/event-notifications';
import { findVisible } from '../obligations/find-visible';
import type { ExtensionRequestView } from './extension-request.types';

/** POST /obligations/:id/extension-requests (lead staff, before the due date). */
export class RequestExtensionUseCase {
  constructor(private readonly ctx: AppContext) {}

  async execute(actor: Actor, obligationId: string, reason: string, proposedDueDate: string): Promise<ExtensionRequestView> {
    return this.ctx.data.transaction(async ({ obligations, extensions, eventNotices }) => {
      // The row lock serialises two requests for the same obligation (one pending at a time).
      const obligation = await findVisible(obligations, obligationId, actor, true);
      const hasPendingRequest = await extensions.hasPending(obligationId);
      const plan = planExtensionRequest({ obligation, actor, proposedDueDate, reason, today: this.ctx.today(), hasPendingRequest });
      const request = await extensions.add({
        obligationId,
        requestedBy: plan.requestedByUserId,
        reason: plan.reason,
        currentDueDate: plan.currentDueDate,
        proposedDueDate: plan.proposedDueDate,
      });
      const event = await obligations.addEvent({
        obligationId,
        type: plan.eventType,
        actorId: actor.userId,
        note: plan.reason,
        data: { requestId: request.id, currentDueDate: plan.currentDueDate, proposedDueDate: plan.proposedDueDate },
      });
      await writeEventNotices(eventNotices, this.ctx, [event]);
      return request;
    });
  }
}
