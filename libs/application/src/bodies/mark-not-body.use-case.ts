import { ACTIVE_STATUSES } from '@luyue/contracts';
import { type Actor, DuplicateError, withoutBody } from '@luyue/domain';
import type { AppContext } from '../shared/app-context';
import type { NewEvent } from '../obligations/obligation.repository';
import { assertMayCleanRegistry, lockBodies } from './locked-bodies';

/**
 * POST /bodies/:id/not-a-body (admin): the name (制定机关) is no body. Duties it led fall back to
 * their regulation's default lead body, and those still open go back to review (draft); it leaves
 * every co list; its children move to its parent; then it is deleted. Refused while users belong to it.
 */
export class MarkNotBodyUseCase {
  constructor(private readonly ctx: AppContext) {}

  async execute(actor: Actor, id: string): Promise<{ id: string; returnedToReview: number; reassigned: number }> {
    assertMayCleanRegistry(actor);
    return this.ctx.data.transaction(async ({ bodies, bodyRegistry, obligations, adminEvents }) => {
      const [body] = await lockBodies(bodyRegistry, [id]);
      const users = await bodyRegistry.userCount(id);
      if (users > 0) throw new DuplicateError('Users belong to this body: move them to another body first', { id, users });
      const assigned = await bodyRegistry.assignedTo(id);
      const events: NewEvent[] = [];
      let returned = 0;
      for (const o of assigned) {
        const next = withoutBody(o, id, o.defaultLeadId);
        await obligations.setBodies(o.id, next.lead, next.co);
        events.push({ obligationId: o.id, type: 'assigned', actorId: actor.userId, data: { reason: 'not_a_body', name: body.name, leadBodyIds: next.lead, coBodyIds: next.co } });
        if (next.review && (ACTIVE_STATUSES as readonly string[]).includes(o.status)) {
          await obligations.setStatus([o.id], 'draft');
          events.push({ obligationId: o.id, type: 'status_changed', fromStatus: o.status, toStatus: 'draft', actorId: actor.userId, data: { reason: 'not_a_body', name: body.name } });
          returned++;
        }
      }
      await obligations.addEvents(events);
      await bodyRegistry.moveChildren(id, body.parentId);
      await bodyRegistry.moveDefaultLead(id, null);
      await bodies.delete(id);
      await adminEvents.add({
        type: 'body_not_a_body',
        actorId: actor.userId,
        entity: 'body',
        id,
        changes: { name: { from: body.name, to: null }, aliases: { from: body.aliases, to: null } },
        extra: { returnedToReview: returned, reassigned: assigned.length },
      });
      return { id, returnedToReview: returned, reassigned: assigned.length };
    });
  }
}
