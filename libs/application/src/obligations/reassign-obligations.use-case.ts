import { type Actor, ForbiddenActionError, ValidationError, canHandOverWork, canReassign } from '@luyue/domain';
import type { AppContext } from '../shared/app-context';
import { visibleBodyIds } from '../access/actor.loader';
import { writeEventNotices } from '../notifications/event-notifications';
import { assertActiveUser, assertMayAssign } from './update-obligation.use-case';

/**
 * POST /obligations/reassign: hand one user's open items to another (e.g. staff leaving).
 * Admins move all of them; a manager only those whose lead body they supervise.
 */
export class ReassignObligationsUseCase {
  constructor(private readonly ctx: AppContext) {}

  async execute(actor: Actor, fromUserId: string, toUserId: string): Promise<{ reassigned: number; ids: string[] }> {
    if (!canHandOverWork(actor)) throw new ForbiddenActionError('reassign obligations');
    if (fromUserId === toUserId) throw new ValidationError('fromUserId and toUserId must differ', { field: 'toUserId' });
    return this.ctx.data.transaction(async (repos) => {
      const { obligations } = repos;
      assertMayAssign(actor, { assigneeBodyId: await assertActiveUser(repos, toUserId) });
      const rows = await obligations.openAssignedTo(fromUserId, visibleBodyIds(actor));
      const movable = rows.filter((r) => canReassign(r, actor));
      for (const row of movable) {
        await obligations.updateVersioned(row.id, row.version, { assigneeId: toUserId });
      }
      const events = await obligations.addEvents(movable.map((r) => ({ obligationId: r.id, type: 'reassigned' as const, actorId: actor.userId, data: { fromUserId, toUserId } })));
      await writeEventNotices(repos.eventNotices, this.ctx, events);
      return { reassigned: movable.length, ids: movable.map((r) => r.id) };
    });
  }
}
