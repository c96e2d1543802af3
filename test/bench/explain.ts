// Prints EXPLAIN (ANALYZE, BUFFERS) of every list query the benchmark runs (count and page), for
// profiling: `DB=luyue_bench node … test/bench/explain.ts [case-name …]`.
import { Client } from 'pg';
import { dbUrl } from './lib/db';
import { bodyId } from './lib/dataset';
import { capturedListSql, compactParams, findRareWord, listCases } from './lib/queries';

(async () => {
  const c = new Client({ connectionString: dbUrl(process.env['DB'] ?? 'luyue_bench') });
  await c.connect();
  const today = process.env['TODAY'] ?? new Date().toISOString().slice(0, 10);
  const scopeBodyId = process.env['SCOPE'] === 'admin' ? null : bodyId(1);
  const rare = process.env['RARE'] ?? (await findRareWord(c));
  const only = process.argv.slice(2);
  console.log(`today ${today}; scope ${scopeBodyId ? 'manager of prefecture 1' : 'admin'}; rare word ${rare}`);
  for (const lc of listCases(rare)) {
    if (only.length && !only.includes(lc.name)) continue;
    const statements = await capturedListSql(lc, { today, yellowDays: 3, scopeBodyId });
    for (const [i, st] of statements.entries()) {
      const cq = compactParams(st.sql, st.params);
      const { rows } = await c.query(`EXPLAIN (ANALYZE, BUFFERS) ${cq.sql}`, cq.params);
      console.log(`\n===== ${lc.name} statement ${i + 1}: ${cq.sql.replace(/\s+/g, ' ').slice(0, 60)}`);
      console.log(rows.map((r) => r['QUERY PLAN']).join('\n'));
    }
  }
  await c.end();
})().catch((e) => {
  console.error(e);
  process.exit(1);
});
