import type { EntityManager } from 'typeorm';
import type { BodySeed, DemoSeedRepository } from '@luyue/application';
import { BUMP_VERSION } from '../obligations/obligation-columns';

export class SqlDemoSeedRepository implements DemoSeedRepository {
  constructor(private readonly m: EntityManager) {}

  async anyData(): Promise<boolean> {
    const [{ present }] = await this.m.query('SELECT (EXISTS (SELECT 1 FROM users) OR EXISTS (SELECT 1 FROM bodies) OR EXISTS (SELECT 1 FROM regulations)) AS present');
    return present;
  }

  async insertRegistry(registry: readonly BodySeed[]): Promise<void> {
    const topIds = new Map<string, string>();
    for (const top of registry.filter((b) => b.parentName === null)) {
      const [{ id }] = await this.m.query('INSERT INTO bodies (name, aliases, jurisdiction, level, kind) VALUES ($1,$2,$3,$4,$5) RETURNING id', [
        top.name,
        top.aliases,
        top.jurisdiction,
        top.level,
        top.kind,
      ]);
      topIds.set(`${top.jurisdiction}/${top.name}`, id);
    }
    const rest = registry.filter((b) => b.parentName !== null);
    if (!rest.length) return;
    await this.m.query(
      `INSERT INTO bodies (name, aliases, jurisdiction, level, kind, parent_id)
       SELECT name, ARRAY(SELECT jsonb_array_elements_text(aliases)), jurisdiction, level, kind, parent_id::uuid
       FROM jsonb_to_recordset($1::jsonb) AS b(name text, aliases jsonb, jurisdiction text, level text, kind text, parent_id text)`,
      [JSON.stringify(rest.map((b) => ({ ...b, parent_id: topIds.get(`${b.jurisdiction}/${b.parentName}`) ?? null })))],
    );
  }

  async bodyByAlias(alias: string): Promise<{ id: string; name: string } | undefined> {
    const [body] = await this.m.query('SELECT id, name FROM bodies WHERE $1 = ANY(aliases) ORDER BY jurisdiction LIMIT 1', [alias]);
    return body;
  }

  async insertUser(u: { email: string; name: string; passwordHash: string; role: string; bodyId: string | null }): Promise<string> {
    const [{ id }] = await this.m.query('INSERT INTO users (email, name, password_hash, role, body_id) VALUES ($1,$2,$3,$4,$5) RETURNING id', [u.email, u.name, u.passwordHash, u.role, u.bodyId]);
    return id;
  }

  async draftIds(): Promise<string[]> {
    const drafts: { id: string }[] = await this.m.query(`SELECT id FROM obligations WHERE status = 'draft' ORDER BY regulation_id, article NULLS LAST, paragraph, item`);
    return drafts.map((d) => d.id);
  }

  async spreadUndatedDueDates(today: string): Promise<{ id: string; due: string }[]> {
    const [planned] = await this.m.query(
      `UPDATE obligations o SET due_date = $1::date + (14 + (n.rn * 7) % 170)::int, ${BUMP_VERSION}
       FROM (SELECT id, row_number() OVER (ORDER BY created_at, id) AS rn FROM obligations WHERE due_date IS NULL) n
       WHERE o.id = n.id RETURNING o.id, to_char(o.due_date, 'YYYY-MM-DD') AS due`,
      [today],
    );
    return planned;
  }

  pendingLedBy(bodyId: string, limit: number): Promise<{ id: string; version: number }[]> {
    return this.m.query(`SELECT id, version FROM obligations WHERE $1 = ANY(lead_body_ids) AND status = 'pending' ORDER BY article NULLS LAST, paragraph, id LIMIT $2`, [bodyId, limit]);
  }

  defaultLedNear(bodyId: string, limit: number): Promise<{ id: string; version: number }[]> {
    return this.m.query(
      `SELECT o.id, o.version FROM obligations o JOIN regulations r ON r.id = o.regulation_id
       WHERE o.status = 'pending' AND o.lead_body_ids = ARRAY[r.default_lead_body_id]
         AND r.id IN (SELECT regulation_id FROM obligations WHERE $1 = ANY(lead_body_ids) UNION SELECT id FROM regulations r2 WHERE r2.jurisdiction = (SELECT jurisdiction FROM bodies WHERE id = $1))
       ORDER BY (r.id IN (SELECT regulation_id FROM obligations WHERE $1 = ANY(lead_body_ids))) DESC, o.article NULLS LAST, o.paragraph, o.id LIMIT $2`,
      [bodyId, limit],
    );
  }

  async dropEventNotices(): Promise<void> {
    await this.m.query('DELETE FROM notifications WHERE event_id IS NOT NULL');
  }
}
