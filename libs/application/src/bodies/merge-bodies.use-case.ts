import { type Actor, ValidationError, assertMergeable, mergeAssignment, mergedAliases } from '@luyue/domain';
import type { AppContext } from '../shared/app-context';
import type { NewEvent } from '../obligations/obligation.repository';
import { assertMayCleanRegistry, lockBodies } from './locked-bodies';

/** POST /bodies/:id/merge (admin): `id` goes into `intoId`, with its obligations, aliases, users and children; one transaction, one audit event. */
export class MergeBodiesUseCase {
  constructor(private readonly ctx: AppContext) {}

  async execute(actor: Actor, id: string, intoId: string): Promise<{ id: string; moved: Record<string, number> }> {
    assertMayCleanRegistry(actor);
    return this.ctx.data.transaction(async ({ bodies, bodyRegistry, obligations, adminEvents }) => {
      const [source, target] = await lockBodies(bodyRegistry, [id, intoId]);
      assertMergeable(source.id, target.id, await bodies.tree());
      if (source.jurisdiction !== target.jurisdiction) throw new ValidationError('Only bodies of one jurisdiction can be merged', { field: 'intoId' });

      const assigned = await bodyRegistry.assignedTo(source.id);
      const events: NewEvent[] = [];
      for (const o of assigned) {
        const next = mergeAssignment(o, source.id, target.id);
        // The reach and obligation_scopes triggers follow lead/co; the version tells open forms the row changed.
        await obligations.setBodies(o.id, next.lead, next.co);
        events.push({ obligationId: o.id, type: 'assigned', actorId: actor.userId, data: { reason: 'body_merged', from: source.id, into: target.id, leadBodyIds: next.lead, coBodyIds: next.co } });
      }
      await obligations.addEvents(events);
      const users = await bodyRegistry.moveUsers(source.id, target.id);
      const children = await bodyRegistry.moveChildren(source.id, target.id);
      const regulations = await bodyRegistry.moveDefaultLead(source.id, target.id);
      await bodies.delete(source.id);
      const aliases = mergedAliases(source, target);
      await bodyRegistry.absorb(target.id, aliases, source.contactEmail);
      const moved = { obligations: assigned.length, users, children, regulations };
      await adminEvents.add({
        type: 'body_merged',
        actorId: actor.userId,
        entity: 'body',
        id: source.id,
        changes: { name: { from: source.name, to: null }, aliases: { from: source.aliases, to: null } },
        extra: { into: target.id, intoName: target.name, intoAliases: { from: target.aliases, to: aliases }, moved },
      });
      return { id: target.id, moved };
    });
  }
}
