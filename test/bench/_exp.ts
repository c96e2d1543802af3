import { Client } from 'pg';
import { dbUrl } from './lib/db';
import { bodyId } from './lib/dataset';
import { capturedListSql, compactParams, listCases, planOf, scans, scopeOf } from './lib/queries';
import { proposed } from './lib/proposals';
(async () => {
  const c = new Client({ connectionString: dbUrl(process.env.DB ?? 'luyue_perf_plans') }); await c.connect();
  const scope = await scopeOf(c, bodyId(1));
  for (const lc of listCases('冷链')) {
    const cur = (await capturedListSql(lc, { today: '2026-11-25', yellowDays: 3, visibleBodyIds: scope })).map((s) => compactParams(s.sql, s.params));
    const p = proposed(cur);
    const out: string[] = [];
    for (const st of p.all) { const r = await c.query(st.sql, st.params); out.push(`${r.rowCount} rows: ` + scans(await planOf(c, st.sql, st.params)).map((s) => `${s.node} ${s.index ?? ''}`).join(', ')); }
    console.log(lc.name, '\n  ' + out.join('\n  '));
  }
  await c.end();
})();
