import { BODY_KINDS, BODY_LEVELS, isOneOf, type BodyKind, type BodyLevel } from '@luyue/contracts';
import { type Actor, DuplicateError, ForbiddenActionError, ValidationError, canMapBodies, fieldChanges, hasChanges } from '@luyue/domain';
import type { AppContext } from '../shared/app-context';
import { getResource } from '../resources/simple-list';
import { addAdminEvent } from '../audit/admin-events';
import { rowsOf } from '../shared/sql';
import { BodyRepository } from './body.repository';

export interface BodyInput {
  name?: string;
  aliases?: string[];
  jurisdiction?: string;
  level?: BodyLevel;
  kind?: BodyKind;
  parentId?: string | null;
  contactEmail?: string | null;
}

const COLUMN: Record<keyof BodyInput, string> = {
  name: 'name',
  aliases: 'aliases',
  jurisdiction: 'jurisdiction',
  level: 'level',
  kind: 'kind',
  parentId: 'parent_id',
  contactEmail: 'contact_email',
};

/** The body's fields as the audit event records them (old → new). */
const BODY_STATE = (Object.entries(COLUMN) as [keyof BodyInput, string][]).map(([field, column]) => `${column} AS "${field}"`).join(', ');

/** A unique (jurisdiction, name) violation as 409; anything else as it is. */
export const uniqueViolation = (error: { code?: string }) => {
  if (error.code === '23505') throw new DuplicateError('A body with this name already exists in the jurisdiction');
  throw error;
};

/** Body registry maintenance (admin only). */
export class BodyAdminUseCases {
  private readonly repo = new BodyRepository();
  constructor(private readonly ctx: AppContext) {}

  private check(actor: Actor, input: BodyInput): void {
    if (!canMapBodies(actor)) throw new ForbiddenActionError('manage bodies');
    if (input.level !== undefined && !isOneOf(BODY_LEVELS, input.level)) throw new ValidationError('level is invalid', { field: 'level' });
    if (input.kind !== undefined && !isOneOf(BODY_KINDS, input.kind)) throw new ValidationError('kind is invalid', { field: 'kind' });
  }

  async create(actor: Actor, input: Required<Pick<BodyInput, 'name' | 'jurisdiction' | 'level' | 'kind'>> & BodyInput) {
    this.check(actor, input);
    if (input.parentId) await this.repo.assertExist(this.ctx.ds.manager, [input.parentId]);
    const id = await this.ctx.ds.transaction(async (m) => {
      const [created] = await m
        .query(`INSERT INTO bodies (name, aliases, jurisdiction, level, kind, parent_id, contact_email) VALUES ($1,$2,$3,$4,$5,$6,$7) RETURNING id, ${BODY_STATE}`, [
          input.name.trim(),
          input.aliases ?? [],
          input.jurisdiction.trim(),
          input.level,
          input.kind,
          input.parentId ?? null,
          input.contactEmail ?? null,
        ])
        .catch(uniqueViolation);
      const { id: newId, ...state } = created as { id: string } & Record<string, unknown>;
      await addAdminEvent(m, { type: 'body_created', actorId: actor.userId, entity: 'body', id: newId, changes: fieldChanges({}, state) });
      return newId;
    });
    return getResource(this.ctx.ds.manager, 'bodies', actor, id);
  }

  async update(actor: Actor, id: string, input: BodyInput) {
    this.check(actor, input);
    await this.repo.get(this.ctx.ds.manager, id);
    if (input.parentId) {
      if (input.parentId === id) throw new ValidationError('a body cannot be its own parent', { field: 'parentId' });
      await this.repo.assertExist(this.ctx.ds.manager, [input.parentId]);
    }
    await this.ctx.ds.transaction(async (m) => {
      const [before] = (await m.query(`SELECT ${BODY_STATE} FROM bodies WHERE id = $1 FOR UPDATE`, [id])) as Record<keyof BodyInput, unknown>[];
      // Only what differs is written and recorded (a move is a parentId change, a rename a name change).
      const next = Object.fromEntries((Object.keys(COLUMN) as (keyof BodyInput)[]).map((k) => [k, input[k]]));
      const changes = fieldChanges<Record<string, unknown>>(before, next);
      if (!hasChanges(changes)) return;
      const params: unknown[] = [id];
      const set = (Object.keys(changes) as (keyof BodyInput)[]).map((k) => {
        params.push(input[k]);
        return `${COLUMN[k]} = $${params.length}`;
      });
      await m.query(`UPDATE bodies SET ${set.join(', ')}, updated_at = now() WHERE id = $1`, params).catch(uniqueViolation);
      await addAdminEvent(m, { type: 'body_updated', actorId: actor.userId, entity: 'body', id, changes });
    });
    return getResource(this.ctx.ds.manager, 'bodies', actor, id);
  }

  /** Only an unused body can be deleted; obligations and users keep their references otherwise (409). */
  async remove(actor: Actor, id: string) {
    this.check(actor, {});
    const body = await getResource(this.ctx.ds.manager, 'bodies', actor, id);
    const [{ used }] = await this.ctx.ds.query(
      `SELECT (EXISTS (SELECT 1 FROM obligations WHERE $1 = ANY(lead_body_ids) OR $1 = ANY(co_body_ids))
            OR EXISTS (SELECT 1 FROM users WHERE body_id = $1) OR EXISTS (SELECT 1 FROM bodies WHERE parent_id = $1)
            OR EXISTS (SELECT 1 FROM regulations WHERE default_lead_body_id = $1)) AS used`,
      [id],
    );
    if (used) throw new DuplicateError('The body is still referenced by obligations, users, regulations or child bodies', { id });
    await this.ctx.ds.transaction(async (m) => {
      const [deleted] = rowsOf<Record<string, unknown>>(await m.query(`DELETE FROM bodies WHERE id = $1 RETURNING ${BODY_STATE}`, [id]));
      const gone = Object.fromEntries(Object.keys(deleted).map((k) => [k, null]));
      await addAdminEvent(m, { type: 'body_deleted', actorId: actor.userId, entity: 'body', id, changes: fieldChanges(deleted, gone) });
    });
    return body;
  }
}
