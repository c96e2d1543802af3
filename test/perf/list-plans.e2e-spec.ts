// Issue 8: every query plan the obligations list API uses is an index scan. Builds 100,000
// obligations with generate_series in a database of its own (luyue_perf_plans), captures the
// statements the API's repository issues for a manager's common list queries (ObligationRepository.list
// with a recording EntityManager) for a manager, a staff member and an admin, and checks EXPLAIN:
// no sequential scan of obligations or obligation_scopes, and each reached through an index.
import { Client } from 'pg';
import { runMigrations } from '@luyue/persistence';
import { dbUrl, recreateDatabase } from '../bench/lib/db';
import { bodyId, generateSynthetic, seedOrganisation, type Scale } from '../bench/lib/dataset';
import { type ListCase, capturedListSql, compactParams, listCases, planOf, scans } from '../bench/lib/queries';

const DB = 'luyue_perf_plans';
const ROWS = 100_000;
const SCALE: Scale = { bodies: 200, prefectures: 6, usersPerBody: 10, regulations: 100, obligations: ROWS };
const TODAY = '2026-11-25';

jest.setTimeout(120_000);

describe('obligation list query plans at 100,000 rows', () => {
  let c: Client;
  const actors: { who: string; scopeBodyId: string | null }[] = [];

  beforeAll(async () => {
    await recreateDatabase(DB);
    await runMigrations(dbUrl(DB));
    c = new Client({ connectionString: dbUrl(DB) });
    await c.connect();
    await seedOrganisation(c, SCALE, 'not-a-real-hash');
    await generateSynthetic(c, SCALE, ROWS, TODAY);
    await c.query('VACUUM ANALYZE');
    actors.push({ who: 'manager of a prefecture', scopeBodyId: bodyId(1) }, { who: 'staff of a county body', scopeBodyId: bodyId(SCALE.prefectures + 5) }, { who: 'admin', scopeBodyId: null });
  });

  afterAll(async () => {
    await c?.end();
  });

  it('has the data set', async () => {
    const { rows } = await c.query(`SELECT count(*)::int AS n, count(*) FILTER (WHERE search @@ to_tsquery('simple', '机制'))::int AS common FROM obligations`);
    expect(rows[0].n).toBe(ROWS);
    expect(rows[0].common).toBeGreaterThan(1000);
  });

  const cases: ListCase[] = listCases('冷链');
  it.each(cases.map((lc) => [lc.name, lc] as const))('%s: every statement reads obligations through an index', async (_name, lc) => {
    const report: string[] = [];
    for (const actor of actors) {
      const statements = await capturedListSql(lc, { today: TODAY, yellowDays: 3, scopeBodyId: actor.scopeBodyId });
      expect(statements.length).toBeGreaterThan(0);
      for (const st of statements) {
        const { sql, params } = compactParams(st.sql, st.params);
        // The obligations, or for a scoped due-date list their per-body rows (obligation_scopes).
        const found = scans(await planOf(c, sql, params)).filter((s) => /^obligation(s|_scopes)$/.test(s.relation ?? '') || s.index?.startsWith('obligation'));
        report.push(`${actor.who}: ${sql.replace(/\s+/g, ' ').slice(0, 50)}… → ${found.map((s) => `${s.node} ${s.index ?? ''}`.trim()).join(', ')}`);
        expect({ actor: actor.who, sql, scans: found.filter((s) => s.node === 'Seq Scan') }).toEqual({ actor: actor.who, sql, scans: [] });
        expect(found.some((s) => /Index/.test(s.node))).toBe(true);
      }
    }
    process.stderr.write(`${lc.name}\n  ${report.join('\n  ')}\n`);
  });
});
