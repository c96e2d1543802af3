import type { EntityManager } from 'typeorm';
import type { RegistryBodyDto } from '@luyue/contracts';
import { type AssignedObligation, type BodyRegistryRepository, type LockedBody } from '@luyue/application';
import { rowsOf } from '../shared/sql';

export class SqlBodyRegistryRepository implements BodyRegistryRepository {
  constructor(private readonly m: EntityManager) {}

  overview(): Promise<Omit<RegistryBodyDto, 'bareName'>[]> {
    return this.m.query(
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
  }

  lock(ids: readonly string[]): Promise<LockedBody[]> {
    return this.m.query(`SELECT id, name, aliases, jurisdiction, parent_id AS "parentId", contact_email AS "contactEmail" FROM bodies WHERE id = ANY($1::uuid[]) ORDER BY id FOR UPDATE`, [ids]);
  }

  assignedTo(bodyId: string): Promise<AssignedObligation[]> {
    return this.m.query(
      `SELECT o.id, o.status, o.lead_body_ids AS lead, o.co_body_ids AS co, r.default_lead_body_id AS "defaultLeadId"
         FROM obligations o JOIN regulations r ON r.id = o.regulation_id
        WHERE o.lead_body_ids @> ARRAY[$1::uuid] OR o.co_body_ids @> ARRAY[$1::uuid]
        ORDER BY o.id FOR UPDATE OF o`,
      [bodyId],
    );
  }

  async userCount(bodyId: string): Promise<number> {
    const [{ users }] = await this.m.query('SELECT count(*)::int AS users FROM users WHERE body_id = $1', [bodyId]);
    return users;
  }

  moveUsers(fromBodyId: string, toBodyId: string): Promise<number> {
    return this.count('UPDATE users SET body_id = $2 WHERE body_id = $1 RETURNING id', [fromBodyId, toBodyId]);
  }

  moveChildren(fromBodyId: string, toBodyId: string | null): Promise<number> {
    return this.count('UPDATE bodies SET parent_id = $2, updated_at = now() WHERE parent_id = $1 RETURNING id', [fromBodyId, toBodyId]);
  }

  moveDefaultLead(fromBodyId: string, toBodyId: string | null): Promise<number> {
    return this.count('UPDATE regulations SET default_lead_body_id = $2 WHERE default_lead_body_id = $1 RETURNING id', [fromBodyId, toBodyId]);
  }

  async absorb(bodyId: string, aliases: string[], contactEmail: string | null): Promise<void> {
    await this.m.query('UPDATE bodies SET aliases = $2, contact_email = coalesce(contact_email, $3), updated_at = now() WHERE id = $1', [bodyId, aliases, contactEmail]);
  }

  private async count(sql: string, params: unknown[]): Promise<number> {
    return rowsOf(await this.m.query(sql, params)).length;
  }
}
