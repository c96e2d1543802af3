import type { EntityManager } from 'typeorm';
import {
  type Actor,
  DuplicateError,
  ForbiddenActionError,
  NotFoundError,
  ValidationError,
  assertMergeable,
  bareBodyName,
  canCleanBodyRegistry,
  mergeAssignment,
  mergedAliases,
  renamedAliases,
  withoutBody,
} from '@luyue/domain';
import { ACTIVE_STATUSES, type BodyRegistryDto, type ObligationStatus, type RegistryBodyDto } from '@luyue/contracts';
import type { AppContext } from '../shared/app-context';
import { isUuid, rowsOf } from '../shared/sql';
import type { NewEvent } from '../obligations/obligation.repository';

interface LockedBody {
  id: string;
  name: string;
  aliases: string[];
  jurisdiction: string;
  parentId: string | null;
  contactEmail: string | null;
}

interface Assigned {
  id: string;
  status: ObligationStatus;
  lead: string[];
  co: string[];
  defaultLeadId: string | null;
}

/** Merge, rename and strike bodies (admin): every step of one in one transaction, each recorded. */
export class BodyRegistryUseCases {
  constructor(private readonly ctx: AppContext) {}

  private allow(actor: Actor): void {
    if (!canCleanBodyRegistry(actor)) throw new ForbiddenActionError('clean the body registry');
  }

  /** GET /body-registry */
  async registry(actor: Actor): Promise<BodyRegistryDto> {
    this.allow(actor);
    const bodies: Omit<RegistryBodyDto, 'bareName'>[] = await this.ctx.ds.query(
      // One pass per table, joined by hash: the name → regulation pairs once, not per body.
      `WITH led AS (SELECT unnest(lead_body_ids) AS id, count(*)::int AS n FROM obligations WHERE status <> 'discarded' GROUP BY 1),
            co AS (SELECT unnest(co_body_ids) AS id, count(*)::int AS n FROM obligations WHERE status <> 'discarded' GROUP BY 1),
            members AS (SELECT body_id AS id, count(*)::int AS n FROM users WHERE body_id IS NOT NULL GROUP BY 1),
            named AS (SELECT DISTINCT regulation_id, unnest(subjects || co_subjects) AS name FROM obligations),
            body_names AS (SELECT b.id, b.jurisdiction, unnest(ARRAY[b.name] || b.aliases) AS name FROM bodies b),
            found AS (SELECT DISTINCT bn.id AS body_id, r.id, r.title FROM body_names bn JOIN named n ON n.name = bn.name
                        JOIN regulations r ON r.id = n.regulation_id AND r.jurisdiction = bn.jurisdiction),
            sources AS (SELECT body_id, jsonb_agg(jsonb_build_object('id', id, 'title', title) ORDER BY title) AS list FROM found GROUP BY body_id),
            manual AS (SELECT DISTINCT (data->>'id')::uuid AS id FROM obligation_events WHERE obligation_id IS NULL AND type = 'body_created')
       SELECT b.id, b.name, b.aliases, b.jurisdiction, b.level, b.kind, b.parent_id AS "parentId",
              coalesce(led.n, 0) AS "ledCount", coalesce(co.n, 0) AS "coCount", coalesce(members.n, 0) AS "userCount",
              coalesce(sources.list, '[]'::jsonb) AS sources, manual.id IS NOT NULL AS manual
         FROM bodies b LEFT JOIN led ON led.id = b.id LEFT JOIN co ON co.id = b.id LEFT JOIN members ON members.id = b.id
              LEFT JOIN sources ON sources.body_id = b.id LEFT JOIN manual ON manual.id = b.id
        ORDER BY b.jurisdiction, b.name`,
    );
    const rows = bodies.map((b) => ({ ...b, bareName: bareBodyName(b.name) }));
    const groups = new Map<string, { jurisdiction: string; bareName: string; ids: string[] }>();
    for (const b of rows) {
      const key = JSON.stringify([b.jurisdiction, b.bareName]);
      const group = groups.get(key);
      if (group) group.ids.push(b.id);
      else groups.set(key, { jurisdiction: b.jurisdiction, bareName: b.bareName, ids: [b.id] });
    }
    return { bodies: rows, duplicates: [...groups.values()].filter((g) => g.ids.length > 1) };
  }

  /** POST /bodies/:id/merge: `id` goes into `intoId`, with its obligations, aliases, users and children. */
  async merge(actor: Actor, id: string, intoId: string): Promise<{ id: string; moved: Record<string, number> }> {
    this.allow(actor);
    return this.ctx.ds.transaction(async (m) => {
      const [source, target] = await this.lock(m, [id, intoId]);
      const tree: { id: string; parentId: string | null }[] = await m.query('SELECT id, parent_id AS "parentId" FROM bodies');
      assertMergeable(source.id, target.id, tree);
      if (source.jurisdiction !== target.jurisdiction) throw new ValidationError('Only bodies of one jurisdiction can be merged', { field: 'intoId' });

      const assigned = await this.assignedTo(m, source.id);
      const events: NewEvent[] = [];
      for (const o of assigned) {
        const next = mergeAssignment(o, source.id, target.id);
        await this.reassign(m, o.id, next.lead, next.co);
        events.push({ obligationId: o.id, type: 'assigned', actorId: actor.userId, data: { reason: 'body_merged', from: source.id, into: target.id, leadBodyIds: next.lead, coBodyIds: next.co } });
      }
      await this.ctx.data.bind(m).obligations.addEvents(events);
      const users = await this.count(m, 'UPDATE users SET body_id = $2 WHERE body_id = $1 RETURNING id', [source.id, target.id]);
      const children = await this.count(m, 'UPDATE bodies SET parent_id = $2, updated_at = now() WHERE parent_id = $1 RETURNING id', [source.id, target.id]);
      const regulations = await this.count(m, 'UPDATE regulations SET default_lead_body_id = $2 WHERE default_lead_body_id = $1 RETURNING id', [source.id, target.id]);
      await m.query('DELETE FROM bodies WHERE id = $1', [source.id]);
      const aliases = mergedAliases(source, target);
      await m.query('UPDATE bodies SET aliases = $2, contact_email = coalesce(contact_email, $3), updated_at = now() WHERE id = $1', [target.id, aliases, source.contactEmail]);
      const moved = { obligations: assigned.length, users, children, regulations };
      await this.ctx.data.bind(m).adminEvents.add({
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

  /** POST /bodies/:id/rename: the real unit's name; the extracted name stays as an alias. */
  async rename(actor: Actor, id: string, rawName: string): Promise<{ id: string; name: string; aliases: string[] }> {
    this.allow(actor);
    const name = rawName.trim();
    if (!name) throw new ValidationError('name is required', { field: 'name' });
    return this.ctx.ds.transaction(async (m) => {
      const [body] = await this.lock(m, [id]);
      if (body.name === name) return { id, name, aliases: body.aliases };
      const aliases = renamedAliases(body, name);
      await this.ctx.data.bind(m).bodies.update(id, { name, aliases });
      await this.ctx.data.bind(m).adminEvents.add({ type: 'body_updated', actorId: actor.userId, entity: 'body', id, changes: { name: { from: body.name, to: name }, aliases: { from: body.aliases, to: aliases } } });
      return { id, name, aliases };
    });
  }

  /**
   * POST /bodies/:id/not-a-body: the name (制定机关) is no body. Duties it led fall back to their
   * regulation's default lead body, and those still open go back to review (draft); it leaves every
   * co list; its children move to its parent; then it is deleted. Refused while users belong to it.
   */
  async markNotBody(actor: Actor, id: string): Promise<{ id: string; returnedToReview: number; reassigned: number }> {
    this.allow(actor);
    return this.ctx.ds.transaction(async (m) => {
      const [body] = await this.lock(m, [id]);
      const [{ users }] = await m.query('SELECT count(*)::int AS users FROM users WHERE body_id = $1', [id]);
      if (users > 0) throw new DuplicateError('Users belong to this body: move them to another body first', { id, users });
      const assigned = await this.assignedTo(m, id);
      const events: NewEvent[] = [];
      let returned = 0;
      for (const o of assigned) {
        const next = withoutBody(o, id, o.defaultLeadId);
        await this.reassign(m, o.id, next.lead, next.co);
        events.push({ obligationId: o.id, type: 'assigned', actorId: actor.userId, data: { reason: 'not_a_body', name: body.name, leadBodyIds: next.lead, coBodyIds: next.co } });
        if (next.review && (ACTIVE_STATUSES as readonly string[]).includes(o.status)) {
          await m.query(`UPDATE obligations SET status = 'draft' WHERE id = $1`, [o.id]);
          events.push({ obligationId: o.id, type: 'status_changed', fromStatus: o.status, toStatus: 'draft', actorId: actor.userId, data: { reason: 'not_a_body', name: body.name } });
          returned++;
        }
      }
      await this.ctx.data.bind(m).obligations.addEvents(events);
      await m.query('UPDATE bodies SET parent_id = $2, updated_at = now() WHERE parent_id = $1', [id, body.parentId]);
      await m.query('UPDATE regulations SET default_lead_body_id = NULL WHERE default_lead_body_id = $1', [id]);
      await m.query('DELETE FROM bodies WHERE id = $1', [id]);
      await this.ctx.data.bind(m).adminEvents.add({
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

  /** The bodies, locked for the transaction, in the order asked; 404 naming the first that is none. */
  private async lock(m: EntityManager, ids: string[]): Promise<LockedBody[]> {
    const malformed = ids.find((x) => !isUuid(x));
    if (malformed !== undefined) throw new NotFoundError('Body', malformed);
    const rows: LockedBody[] = await m.query(
      `SELECT id, name, aliases, jurisdiction, parent_id AS "parentId", contact_email AS "contactEmail" FROM bodies WHERE id = ANY($1::uuid[]) ORDER BY id FOR UPDATE`,
      [ids],
    );
    return ids.map((x) => {
      const row = rows.find((r) => r.id === x);
      if (!row) throw new NotFoundError('Body', x);
      return row;
    });
  }

  private assignedTo(m: EntityManager, id: string): Promise<Assigned[]> {
    return m.query(
      `SELECT o.id, o.status, o.lead_body_ids AS lead, o.co_body_ids AS co, r.default_lead_body_id AS "defaultLeadId"
         FROM obligations o JOIN regulations r ON r.id = o.regulation_id
        WHERE o.lead_body_ids @> ARRAY[$1::uuid] OR o.co_body_ids @> ARRAY[$1::uuid]
        ORDER BY o.id FOR UPDATE OF o`,
      [id],
    );
  }

  // The reach and obligation_scopes triggers follow lead/co; the version tells open forms the row changed.
  private async reassign(m: EntityManager, id: string, lead: string[], co: string[]): Promise<void> {
    await this.ctx.data.bind(m).obligations.setBodies(id, lead, co);
  }

  private async count(m: EntityManager, sql: string, params: unknown[]): Promise<number> {
    return rowsOf(await m.query(sql, params)).length;
  }
}
