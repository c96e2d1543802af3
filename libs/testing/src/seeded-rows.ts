// Rows added to a seeded copy (see seeded-database.ts) with a consistent audit trail, and the check
// that every obligation's status matches its trail.
import { randomUUID } from 'node:crypto';
import { query, withClient } from './pg-client';

/**
 * Inserts an obligation (copied from an existing one of the same database for its regulation) led by
 * `lead`, in `status`, with a matching event trail (created → confirmed → status_changed), so the
 * audit check holds for it. Returns its id.
 */
export async function makeObligation(
  url: string,
  o: { lead: string[]; co?: string[]; status: string; dueDate?: string | null; title?: string; text?: string; assigneeId?: string | null },
): Promise<string> {
  return withClient(url, async (c) => {
    const [{ regulation_id }] = (await c.query('SELECT regulation_id FROM obligations LIMIT 1')).rows;
    const id = randomUUID();
    const due = o.dueDate === undefined ? new Date(Date.now() + 20 * 86400_000).toISOString().slice(0, 10) : o.dueDate;
    await c.query(
      `INSERT INTO obligations (id, regulation_id, text, title, modality, status, lead_body_ids, co_body_ids, due_date, assignee_id, origin)
       VALUES ($1, $2, $3, $4, 'must', $5, $6::uuid[], $7::uuid[], $8, $9, 'manual')`,
      [id, regulation_id, o.text ?? `安全测试义务 ${id}`, o.title ?? `安全测试 ${id.slice(0, 8)}`, o.status, o.lead, o.co ?? [], due, o.assigneeId ?? null],
    );
    await c.query(`INSERT INTO obligation_events (obligation_id, type, to_status) VALUES ($1, 'created', 'draft')`, [id]);
    if (o.status !== 'draft') {
      await c.query(`INSERT INTO obligation_events (obligation_id, type, from_status, to_status) VALUES ($1, 'confirmed', 'draft', 'pending')`, [id]);
      if (o.status !== 'pending') await c.query(`INSERT INTO obligation_events (obligation_id, type, from_status, to_status) VALUES ($1, 'status_changed', 'pending', $2)`, [id, o.status]);
    }
    return id;
  });
}

/**
 * Audit integrity: obligations whose status differs from the last status of their event trail
 * (or that have no status event at all). Empty = consistent.
 */
export async function auditMismatches(url: string): Promise<{ id: string; status: string; last: string | null }[]> {
  return query(
    url,
    `SELECT o.id, o.status,
            (SELECT e.to_status FROM obligation_events e WHERE e.obligation_id = o.id AND e.to_status IS NOT NULL ORDER BY e.id DESC LIMIT 1) AS last
       FROM obligations o
      WHERE o.status IS DISTINCT FROM (SELECT e.to_status FROM obligation_events e WHERE e.obligation_id = o.id AND e.to_status IS NOT NULL ORDER BY e.id DESC LIMIT 1)`,
  );
}

/** `count` obligations like makeObligation (led by `lead`, status pending, trail created → confirmed), in one round trip. */
export async function makePendingObligations(url: string, lead: string[], count: number): Promise<string[]> {
  return withClient(url, async (c) => {
    const { rows } = await c.query(
      `WITH reg AS (SELECT regulation_id FROM obligations LIMIT 1),
            ins AS (
              INSERT INTO obligations (regulation_id, text, title, modality, status, lead_body_ids, due_date, origin)
              SELECT reg.regulation_id, '负载测试义务 ' || g, '负载测试 ' || g, 'must', 'pending', $1::uuid[], current_date + 30, 'manual'
                FROM reg, generate_series(1, $2) g
              RETURNING id),
            e1 AS (INSERT INTO obligation_events (obligation_id, type, to_status) SELECT id, 'created', 'draft' FROM ins)
       SELECT id FROM ins`,
      [lead, count],
    );
    const ids = rows.map((r) => r.id as string);
    // a second statement so the 'confirmed' events get higher ids than the 'created' ones
    await c.query(`INSERT INTO obligation_events (obligation_id, type, from_status, to_status) SELECT unnest($1::uuid[]), 'confirmed', 'draft', 'pending'`, [ids]);
    return ids;
  });
}
