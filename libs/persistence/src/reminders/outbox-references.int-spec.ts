import type { DataSource } from 'typeorm';
import { emptyAppDatabase } from '../test-support/empty-app-database';

// The outbox's references to obligations and users are guarded on delete (migration
// OutboxReferenceGuards): a referenced row cannot go, an unreferenced one can, as with the
// foreign keys they replace.

describe('notifications keep the obligations and users they name', () => {
  let ds: DataSource;
  let obligation: (title: string) => Promise<string>;
  let user: (email: string) => Promise<string>;

  beforeAll(async () => {
    const fresh = await emptyAppDatabase();
    ds = fresh.ds;
    const bodyId = await fresh.body('本级', null);
    const [{ id: reg }] = await ds.query(
      `INSERT INTO regulations (title, jurisdiction, kind, source_file_name, source_format, source_sha256, raw_text, text) VALUES ('R', 'T', 'plan', 'r', 'txt', 'outbox', '', '') RETURNING id`,
    );
    obligation = async (title) =>
      (
        await ds.query(
          `INSERT INTO obligations (regulation_id, text, title, modality, status, due_date, lead_body_ids) VALUES ($1, 't', $2, 'must', 'pending', '2026-12-01', ARRAY[$3::uuid]) RETURNING id`,
          [reg, title, bodyId],
        )
      )[0].id as string;
    user = async (email) => (await ds.query(`INSERT INTO users (email, name, password_hash, role, body_id) VALUES ($1, $1, 'x', 'staff', $2) RETURNING id`, [email, bodyId]))[0].id as string;
  });

  afterAll(() => ds.destroy());

  const notify = (obligationId: string, userId: string, key: string) =>
    ds.query(`INSERT INTO notifications (key, kind, day, obligation_id, recipient_user_id, recipient_email, message_id) VALUES ($1, 'overdue', '2026-12-02', $2, $3, 'x@t', $1)`, [
      key,
      obligationId,
      userId,
    ]);

  it('refuses to delete a referenced obligation or user, with the foreign-key error code', async () => {
    const o = await obligation('被提醒');
    const u = await user('reminded@t');
    await notify(o, u, 'k-referenced');
    await expect(ds.query('DELETE FROM obligations WHERE id = $1', [o])).rejects.toMatchObject({ code: '23503' });
    await expect(ds.query('DELETE FROM users WHERE id = $1', [u])).rejects.toMatchObject({ code: '23503' });
    expect(await ds.query('SELECT count(*)::int AS n FROM obligations WHERE id = $1', [o])).toEqual([{ n: 1 }]);
  });

  it('deletes rows nothing refers to', async () => {
    const o = await obligation('无提醒');
    const u = await user('quiet@t');
    expect((await ds.query('DELETE FROM obligations WHERE id = $1 RETURNING id', [o]))[0]).toHaveLength(1);
    expect((await ds.query('DELETE FROM users WHERE id = $1 RETURNING id', [u]))[0]).toHaveLength(1);
  });
});
