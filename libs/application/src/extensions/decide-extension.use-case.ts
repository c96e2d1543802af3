import { type Actor, NotFoundError, planExtensionDecision } from '@luyue/domain';
import type { AppContext } from '../shared/app-context';
import { writeEventNotices } from '../notifications/event-notifications';
import { findVisible } from '../obligations/find-visible';
import type { ExtensionRequestView } from './extension-request.types';

/** POST /obligations/extension-requests/:rid/decision: approve (the due date moves; the event keeps the old one) or refuse. */
export class DecideExtensionUseCase {
  constructor(private readonly ctx: AppContext) {}

  async execute(actor: Actor, requestId: string, approve: boolean, note?: string | null): Promise<ExtensionRequestView> {
    return this.ctx.data.transaction(async ({ obligations, extensions, eventNotices }) => {
      const request = await extensions.find(requestId, true);
      if (!request) throw new NotFoundError('Extension request', requestId);
      // Outside the actor's scope the request does not exist for them.
      const obligation = await findVisible(obligations, request.obligationId, actor, true).catch(() => {
        throw new NotFoundError('Extension request', requestId);
      });
      const plan = planExtensionDecision({ obligation, request, actor, approve, note });
      const decided = await extensions.decide(requestId, { status: plan.decision, decidedBy: plan.decidedByUserId, note: plan.note });
      if (plan.decision === 'approved') {
        await obligations.updateVersioned(obligation.id, obligation.version, { dueDate: plan.newDueDate });
      }
      const event = await obligations.addEvent({
        obligationId: obligation.id,
        type: plan.eventType,
        actorId: actor.userId,
        note: plan.note,
        data: { requestId, decision: plan.decision, previousDueDate: plan.previousDueDate, newDueDate: plan.newDueDate },
      });
      await writeEventNotices(eventNotices, this.ctx, [event]);
      return decided;
    });
  }
}
