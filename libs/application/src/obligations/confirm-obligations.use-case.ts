import { type Actor, ForbiddenActionError, NotFoundError, ValidationError, canConfirm, canMapBodies, planTransition } from '@luyue/domain';
import type { AppContext } from '../shared/app-context';
import type { Repositories } from '../shared/repositories';
import { isUuid } from '../shared/ids';
import { toObligationView } from './obligation.mapper';
import type { ObligationRow, ObligationView } from './obligation.types';

export interface SubjectMapping {
  subject: string;
  bodyId: string;
}

export interface ConfirmCommand {
  ids: string[];
  mappings?: SubjectMapping[];
}

export interface ConfirmResult {
  confirmed: ObligationView[];
  /** Obligations whose subjects a mapping resolved (confirmed or not). */
  mappedObligationCount: number;
}

/**
 * POST /obligations/confirm (admin): map unresolved subjects to bodies (the mapping becomes a body
 * alias in that jurisdiction and applies to every obligation naming the subject there), then publish
 * the drafts; one with no lead body gets its regulation's default lead body. All or nothing.
 */
export class ConfirmObligationsUseCase {
  constructor(private readonly ctx: AppContext) {}

  async execute(actor: Actor, command: ConfirmCommand): Promise<ConfirmResult> {
    if (!canConfirm(actor)) throw new ForbiddenActionError('confirm obligations');
    if (command.mappings?.length && !canMapBodies(actor)) throw new ForbiddenActionError('map bodies');
    const ids = [...new Set(command.ids)];
    const result = await this.ctx.data.transaction(async (repos) => {
      let mapped = 0;
      for (const mapping of command.mappings ?? []) mapped += await this.applyMapping(repos, actor, mapping);
      return { rows: await this.confirmAll(repos, actor, ids), mapped };
    });
    const today = this.ctx.today();
    return {
      confirmed: result.rows.map((r) => toObligationView(r, { actor, today, yellowDays: this.ctx.settings.yellowDays })),
      mappedObligationCount: result.mapped,
    };
  }

  /** Set-based so hundreds of drafts confirm in a few statements; every row still goes through planTransition. */
  private async confirmAll({ obligations }: Repositories, actor: Actor, ids: string[]): Promise<ObligationRow[]> {
    if (!ids.length) return [];
    const bad = ids.find((id) => !isUuid(id));
    if (bad) throw new NotFoundError('Obligation', bad);
    // Drafts naming no resolvable body get their regulation's default lead body first.
    const defaulted = await obligations.assignDefaultLeadBodies(ids);
    await obligations.addEvents(defaulted.map((d) => ({ obligationId: d.id, type: 'assigned' as const, actorId: actor.userId, data: { leadBodyIds: [d.bodyId], reason: 'default_lead_body' } })));
    const rows = await obligations.findRows(ids, true);
    const missing = ids.find((id) => !rows.some((r) => r.id === id));
    if (missing) throw new NotFoundError('Obligation', missing);
    const plans = rows.map((row) => planTransition({ obligation: row, to: 'pending', actor, expectedVersion: row.version }));
    await obligations.setStatus(ids, 'pending');
    await obligations.addEvents(
      plans.map((plan, i) => ({ obligationId: rows[i].id, type: plan.eventType, fromStatus: plan.from, toStatus: plan.to, actorId: actor.userId, data: { action: plan.action } })),
    );
    return obligations.findRows(ids);
  }

  /** Returns how many obligations the mapping resolved. */
  private async applyMapping({ obligations, bodies }: Repositories, actor: Actor, mapping: SubjectMapping): Promise<number> {
    const subject = mapping.subject?.trim();
    if (!subject) throw new ValidationError('mappings[].subject must not be blank', { field: 'mappings.subject' });
    const body = await bodies.get(mapping.bodyId);
    if (body.name !== subject && !body.aliases.includes(subject)) await bodies.addAlias(body.id, subject);
    const affected = await obligations.resolveSubject(subject, body.id, body.jurisdiction);
    await obligations.addEvents(affected.map((id) => ({ obligationId: id, type: 'assigned' as const, actorId: actor.userId, data: { subject, bodyId: body.id, reason: 'subject_mapping' } })));
    return affected.length;
  }
}
