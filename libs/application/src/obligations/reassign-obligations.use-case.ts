import { type Actor, ForbiddenActionError, ValidationError, canReassign } from '@luyue/domain';
import type { AppContext } from '../shared/app-context';
import { visibleBodyIds } from '../access/actor.loader';
import { writeEventNotices } from '../notifications/event-notifications';
import { ObligationRepository } from './obligation.repository';
import { assertActiveUser, assertMayAssign } from './update-obligation.use-case';
import { OBLIGATION_COLUMNS, type ObligationRow } from './obligation.types';

/**
 * POST /obligations/reassign: hand one user's open items to another (e.g. staff leaving).
 * Admins move all of them; a manager only those whose lead body they supervise.
 */
export class ReassignObligationsUseCase {
  private readonly repo = new ObligationRepository();
  constructor(private readonly ctx: AppContext) {}

  async execute(actor: Actor, fromUserId: string, toUserId: string): Promise<{ reassigned: number; ids: string[] }> {
    if (actor.role === 'staff') throw new ForbiddenActionError('reassign obligations');
    if (fromUserId === toUserId) throw new ValidationError('fromUserId and toUserId must differ', { field: 'toUserId' });
    return this.ctx.ds.transaction(async (m) => {
      assertMayAssign(actor, { assigneeBodyId: await assertActiveUser(m, toUserId) });
      const scope = visibleBodyIds(actor);
      const rows: ObligationRow[] = await m.query(
        `SELECT ${OBLIGATION_COLUMNS} FROM obligations o
         WHERE o.assignee_id = $1 AND o.status NOT IN ('done','waived','discarded')
           AND ($2::uuid[] IS NULL OR o.lead_body_ids && $2::uuid[]) FOR UPDATE`,
        [fromUserId, scope],
      );
      const movable = rows.filter((r) => canReassign(r, actor));
      for (const row of movable) {
        await this.repo.updateVersioned(m, row.id, row.version, { assignee_id: toUserId });
      }
      const events = await this.repo.addEvents(
        m,
        movable.map((r) => ({ obligationId: r.id, type: 'reassigned' as const, actorId: actor.userId, data: { fromUserId, toUserId } })),
      );
      await writeEventNotices(m, this.ctx, events);
      return { reassigned: movable.length, ids: movable.map((r) => r.id) };
    });
  }
}
