// Issue 9 — audit integrity. Each security/fault/load suite checks its own database at its end; this suite
// sweeps every database those suites left behind (luyue_test_sec_*) plus the shared test database, and checks
// that the event trail cannot be rewritten.
import { randomUUID } from 'node:crypto';
import { auditMismatches, localDbUrl, makeObligation, query, seededDatabase } from '@luyue/testing';

jest.setTimeout(120_000);

describe('audit integrity: status = last status of the event trail', () => {
  it('holds in every security/fault/load suite database present', async () => {
    const dbs = (await query<{ datname: string }>(localDbUrl('postgres'), `SELECT datname FROM pg_database WHERE datname LIKE 'luyue\\_test\\_sec\\_%' ORDER BY 1`)).map((d) => d.datname);
    const report: Record<string, number> = {};
    for (const db of dbs) {
      const hasTable = (await query<{ t: string | null }>(localDbUrl(db), `SELECT to_regclass('public.obligation_events')::text t`))[0].t;
      if (!hasTable) continue;
      const bad = await auditMismatches(localDbUrl(db));
      report[db] = bad.length;
      expect({ db, mismatches: bad.slice(0, 5) }).toEqual({ db, mismatches: [] });
    }
    process.stderr.write(`[audit] ${JSON.stringify(report)}\n`);
  });

  it('reports on the shared test database (DATABASE_URL; other suites own it and truncate it, so not asserted)', async () => {
    const url = process.env['DATABASE_URL'] as string;
    const bad = await auditMismatches(url).catch(() => []);
    process.stderr.write(`[audit] shared ${url.replace(/^.*\//, '')}: ${bad.length} obligation(s) whose status differs from their trail\n`);
  });

  it('the event trail is append-only, and the check catches a status changed behind its back', async () => {
    const url = await seededDatabase('luyue_test_sec_audit');
    const [gwh] = await query<{ body_id: string }>(url, `SELECT body_id FROM users WHERE email = 'staff.gwh@luyue.demo'`);
    const id = await makeObligation(url, { lead: [gwh.body_id], status: 'in_progress' });
    await expect(query(url, `UPDATE obligation_events SET to_status = 'done' WHERE obligation_id = $1`, [id])).rejects.toThrow(/append-only/);
    await expect(query(url, `DELETE FROM obligation_events WHERE obligation_id = $1`, [id])).rejects.toThrow(/append-only/);
    expect(await auditMismatches(url)).toEqual([]);
    await query(url, `UPDATE obligations SET status = 'done' WHERE id = $1`, [id]);
    expect((await auditMismatches(url)).map((m) => m.id)).toEqual([id]);
    await query(url, `INSERT INTO obligation_events (obligation_id, type, from_status, to_status, note) VALUES ($1, 'status_changed', 'in_progress', 'done', $2)`, [id, `audit-${randomUUID()}`]);
    expect(await auditMismatches(url)).toEqual([]);
  });
});
