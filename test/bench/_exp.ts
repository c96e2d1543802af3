import { Client } from 'pg';
import { dbUrl } from './lib/db';
import { bodyId } from './lib/dataset';
import { capturedListSql, compactParams, listCases, scopeOf } from './lib/queries';

async function time(c: Client, sql: string, params: unknown[], n = 5): Promise<number> {
  const t: number[] = [];
  for (let i = 0; i < n; i++) { const s = process.hrtime.bigint(); await c.query(sql, params); t.push(Number(process.hrtime.bigint() - s) / 1e6); }
  t.sort((a, b) => a - b); return Math.round(t[Math.floor(n / 2)] * 10) / 10;
}
(async () => {
  const c = new Client({ connectionString: dbUrl(process.env.DB ?? 'luyue_bench_dev') }); await c.connect();
  const scope = await scopeOf(c, bodyId(1));
  const today = process.env.TODAY ?? '2026-11-25';
  for (const lc of listCases(process.env.RARE ?? '冷链')) {
    const st = (await capturedListSql(lc, { today, yellowDays: 3, visibleBodyIds: scope })).map((s) => compactParams(s.sql, s.params));
    const [count, page] = st;
    const deferred = page.sql.replace(/^SELECT([\s\S]*?) FROM obligations o WHERE ([\s\S]*) ORDER BY ([\s\S]*) LIMIT (\$\d+) OFFSET (\$\d+)$/, (_m, cols, where, order, l, o) =>
      `SELECT${cols} FROM obligations o JOIN (SELECT o.id, o.due_date FROM obligations o WHERE ${where} ORDER BY ${order} LIMIT ${l} OFFSET ${o}) p ON p.id = o.id ORDER BY ${order}`);
    const capped = { sql: count.sql.replace(/^SELECT count\(\*\)::int AS total FROM obligations o WHERE ([\s\S]*)$/, (_m, w) => `SELECT count(*)::int AS total FROM (SELECT 1 FROM obligations o WHERE ${w} LIMIT 10026) t`), params: count.params };
    const r = { count: await time(c, count.sql, count.params), page: await time(c, page.sql, page.params), deferredPage: await time(c, deferred, page.params), cappedCount: await time(c, capped.sql, capped.params) };
    console.log(lc.name.padEnd(14), JSON.stringify(r));
  }
  await c.end();
})();
