import type { EntityManager } from 'typeorm';
import { type Actor, ForbiddenActionError, NotFoundError, ValidationError, canConfirm, canMapBodies, planTransition } from '@luyue/domain';
import type { AppContext } from '../shared/app-context';
import { BodyRepository } from '../bodies/body.repository';
import { isUuid, rowsOf } from '../shared/sql';
import { toObligationView } from './obligation.mapper';
import { ObligationRepository } from './obligation.repository';
import { OBLIGATION_COLUMNS, type ObligationRow, type ObligationView } from './obligation.types';

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
  private readonly repo = new ObligationRepository();
  private readonly bodies = new BodyRepository();
  constructor(private readonly ctx: AppContext) {}

  async execute(actor: Actor, command: ConfirmCommand): Promise<ConfirmResult> {
    if (!canConfirm(actor)) throw new ForbiddenActionError('confirm obligations');
    if (command.mappings?.length && !canMapBodies(actor)) throw new ForbiddenActionError('map bodies');
    const ids = [...new Set(command.ids)];
    const result = await this.ctx.ds.transaction(async (m) => {
      let mapped = 0;
      for (const mapping of command.mappings ?? []) mapped += await this.applyMapping(m, actor, mapping);
      return { rows: await this.confirmAll(m, actor, ids), mapped };
    });
    const today = this.ctx.today();
    return {
      confirmed: result.rows.map((r) => toObligationView(r, { actor, today, yellowDays: this.ctx.settings.yellowDays })),
      mappedObligationCount: result.mapped,
    };
  }

  /** Set-based so hundreds of drafts confirm in a few statements; every row still goes through planTransition. */
  private async confirmAll(m: EntityManager, actor: Actor, ids: string[]): Promise<ObligationRow[]> {
    if (!ids.length) return [];
    const bad = ids.find((id) => !isUuid(id));
    if (bad) throw new NotFoundError('Obligation', bad);
    // Drafts naming no resolvable body get their regulation's default lead body first.
    const defaulted = rowsOf<{ id: string; bodyId: string }>(
      await m.query(
        `UPDATE obligations o SET lead_body_ids = ARRAY[r.default_lead_body_id], version = o.version + 1, updated_at = now()
         FROM regulations r
         WHERE o.id = ANY($1::uuid[]) AND r.id = o.regulation_id AND o.status = 'draft' AND o.lead_body_ids = '{}' AND r.default_lead_body_id IS NOT NULL
         RETURNING o.id, r.default_lead_body_id AS "bodyId"`,
        [ids],
      ),
    );
    await this.repo.addEvents(
      m,
      defaulted.map((d) => ({ obligationId: d.id, type: 'assigned' as const, actorId: actor.userId, data: { leadBodyIds: [d.bodyId], reason: 'default_lead_body' } })),
    );
    const rows: ObligationRow[] = await m.query(`SELECT ${OBLIGATION_COLUMNS} FROM obligations o WHERE o.id = ANY($1::uuid[]) FOR UPDATE`, [ids]);
    const missing = ids.find((id) => !rows.some((r) => r.id === id));
    if (missing) throw new NotFoundError('Obligation', missing);
    const plans = rows.map((row) => planTransition({ obligation: row, to: 'pending', actor, expectedVersion: row.version }));
    await m.query(`UPDATE obligations SET status = 'pending', version = version + 1, updated_at = now() WHERE id = ANY($1::uuid[])`, [ids]);
    await this.repo.addEvents(
      m,
      plans.map((plan, i) => ({ obligationId: rows[i].id, type: plan.eventType, fromStatus: plan.from, toStatus: plan.to, actorId: actor.userId, data: { action: plan.action } })),
    );
    return m.query(`SELECT ${OBLIGATION_COLUMNS} FROM obligations o WHERE o.id = ANY($1::uuid[])`, [ids]);
  }

  /** Returns how many obligations the mapping resolved. */
  private async applyMapping(m: EntityManager, actor: Actor, mapping: SubjectMapping): Promise<number> {
    const subject = mapping.subject?.trim();
    if (!subject) throw new ValidationError('mappings[].subject must not be blank', { field: 'mappings.subject' });
    const body = await this.bodies.get(m, mapping.bodyId);
    if (body.name !== subject && !body.aliases.includes(subject)) {
      await m.query('UPDATE bodies SET aliases = array_append(aliases, $2), updated_at = now() WHERE id = $1', [body.id, subject]);
    }
    const affected = rowsOf<{ id: string }>(
      await m.query(
        `UPDATE obligations o SET
           unresolved_subjects = array_remove(o.unresolved_subjects, $2),
           lead_body_ids = CASE WHEN $2 = ANY(o.subjects) AND NOT $1 = ANY(o.lead_body_ids) THEN array_append(o.lead_body_ids, $1::uuid) ELSE o.lead_body_ids END,
           co_body_ids = CASE WHEN $2 = ANY(o.co_subjects) AND NOT $2 = ANY(o.subjects) AND NOT $1 = ANY(o.co_body_ids) THEN array_append(o.co_body_ids, $1::uuid) ELSE o.co_body_ids END,
           version = o.version + 1, updated_at = now()
         FROM regulations r
         WHERE r.id = o.regulation_id AND r.jurisdiction = $3 AND $2 = ANY(o.unresolved_subjects)
         RETURNING o.id`,
        [body.id, subject, body.jurisdiction],
      ),
    );
    await this.repo.addEvents(
      m,
      affected.map((a) => ({ obligationId: a.id, type: 'assigned' as const, actorId: actor.userId, data: { subject, bodyId: body.id, reason: 'subject_mapping' } })),
    );
    return affected.length;
  }
}
